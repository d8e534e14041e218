/**
 * The calendar file in the mails: one VEVENT per meeting, never a name or address of an
 * attendee. The UID is stable per meeting, so a calendar app replaces the event when a
 * later file (a change, a cancellation) arrives with a higher SEQUENCE.
 *
 * A place is announced with METHOD:PUBLISH (REQUEST would have to name the attendee) and
 * taken back with METHOD:CANCEL, STATUS:CANCELLED and a SEQUENCE past any the person got,
 * as RFC 5546 lets an organizer cancel what it published. The CANCEL names no ATTENDEE
 * either: calendar apps match on the UID, and the file stays free of the person's address.
 * The ORGANIZER is the steunpunt's own mailbox, when it has one.
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

/** PUBLISH: the meeting for the calendar; CANCEL: take it out (the meeting, or this place). */
export type IcsMethod = 'PUBLISH' | 'CANCEL';

export const icsUid = (meetingId: string) => `${meetingId}@oudercafe.steunpunt-portaal`;

/** A file about a cancelled meeting is always a cancellation. */
const methodFor = (meeting: IcsMeeting, asked: IcsMethod): IcsMethod =>
  meeting.cancelled ? 'CANCEL' : asked;

export function meetingIcs(meeting: IcsMeeting, asked: IcsMethod = 'PUBLISH'): string {
  const cancel = methodFor(meeting, asked) === 'CANCEL';
  const where = meeting.locationKind === 'online' ? 'Online' : (meeting.location ?? '');
  const { error, value } = createEvent({
    productId: 'steunpunt-portaal/oudercafe',
    method: cancel ? 'CANCEL' : 'PUBLISH',
    uid: icsUid(meeting.id),
    // A cancellation is one step past the last change anyone was sent.
    sequence: meeting.version + (cancel ? 1 : 0),
    status: cancel ? 'CANCELLED' : 'CONFIRMED',
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

/** The file as a mail attachment; the MIME part names the same METHOD as the file. */
export function meetingIcsAttachment(meeting: IcsMeeting, asked: IcsMethod = 'PUBLISH') {
  return {
    filename: 'bijeenkomst.ics',
    contentType: `text/calendar; charset=utf-8; method=${methodFor(meeting, asked)}`,
    content: meetingIcs(meeting, asked),
  };
}
