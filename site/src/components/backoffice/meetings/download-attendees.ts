/** The attendee list as a CSV file for Excel, fetched with the bearer token. */
import { portal } from '../../../lib/portal-client.ts';
import { enc } from '../shell/api.ts';
import { downloadWithSession, type DownloadOutcome } from '../shell/download.ts';

/** What to tell the user afterwards; nothing when the session ended (the sign-in page says why). */
export const downloadAttendees = (meetingId: string): Promise<DownloadOutcome> =>
  downloadWithSession(
    (options) =>
      portal.backoffice.bijeenkomsten[':meetingId']['deelnemers.csv'].$get(
        { param: { meetingId: enc(meetingId) } },
        options,
      ),
    'deelnemers.csv',
    (name) => `De deelnemerslijst is gedownload als ${name}.`,
  );
