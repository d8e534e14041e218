/** The attendee list as a CSV file for Excel, fetched with the bearer token. */
import { portal } from '../../../lib/portal-client.ts';
import { enc, messageFor, signOut } from '../shell/api.ts';
import { currentToken } from '../shell/session-store.ts';
import type { AlertType } from '../ui/Alert.tsx';
import { fileNameOf, saveFile } from '../ui/save-file.ts';

/** What to tell the user afterwards; nothing when the session ended (the sign-in page says why). */
export async function downloadAttendees(
  meetingId: string,
): Promise<{ type: AlertType; text: string } | undefined> {
  const token = currentToken();
  if (!token) {
    signOut('Je sessie is verlopen. Log opnieuw in.');
    return undefined;
  }
  try {
    const response = await portal.backoffice.bijeenkomsten[':meetingId']['deelnemers.csv'].$get(
      { param: { meetingId: enc(meetingId) } },
      { headers: { authorization: `Bearer ${token}` }, init: { cache: 'no-store' } },
    );
    // The gate's refusals (401, 403) are not among the route's declared answers.
    const status: number = response.status;
    if (status === 401) {
      signOut('Je bent niet meer ingelogd. Log opnieuw in.');
      return undefined;
    }
    if (!response.ok) return { type: 'error', text: messageFor(status) };
    const name = fileNameOf(response, 'deelnemers.csv');
    saveFile(await response.blob(), name);
    return { type: 'ok', text: `De deelnemerslijst is gedownload als ${name}.` };
  } catch {
    return { type: 'error', text: messageFor(0) };
  }
}
