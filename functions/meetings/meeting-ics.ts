/**
 * The calendar file in the mails: one VEVENT per meeting, never a name or address of an
 * attendee. The UID is stable per meeting, so a calendar app replaces the event when a
 * later file (a change, a cancellation) arrives with a higher SEQUENCE.
 *
 * METHOD is PUBLISH, also for the cancellation (then with STATUS:CANCELLED): REQUEST and
 * CANCEL are iTIP scheduling messages that must name the attendee, which would put the
 * person's address in the file. The ORGANIZER is the steunpunt's own mailbox, when it has one.
 */
import { createEvent } from 'ics';

export interface IcsMeeting {
  id: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  locationKind: string;
  location?: string;
  onlineUrl?: string;
  steunpuntName: string;
  /** Left out of the file when the steunpunt has no address: ORGANIZER needs one. */
  steunpuntEmail?: string | undefined;
  version: number;
  cancelled: boolean;
}

export const icsUid = (meetingId: string) => `${meetingId}@oudercafe.steunpunt-portaal`;

export function meetingIcs(meeting: IcsMeeting): string {
  const where = meeting.locationKind === 'online' ? 'Online' : (meeting.location ?? '');
  const { error, value } = createEvent({
    productId: 'steunpunt-portaal/oudercafe',
    method: 'PUBLISH',
    uid: icsUid(meeting.id),
    // A cancellation is one step past the last change.
    sequence: meeting.version + (meeting.cancelled ? 1 : 0),
    status: meeting.cancelled ? 'CANCELLED' : 'CONFIRMED',
    start: Date.parse(meeting.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(meeting.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: meeting.cancelled ? `Gaat niet door: ${meeting.title}` : meeting.title,
    description: meeting.description,
    location: where,
    ...(meeting.onlineUrl ? { url: meeting.onlineUrl } : {}),
    ...(meeting.steunpuntEmail
      ? { organizer: { name: meeting.steunpuntName, email: meeting.steunpuntEmail } }
      : {}),
  });
  if (error || !value) throw error ?? new Error('ics: no calendar made');
  return value;
}
