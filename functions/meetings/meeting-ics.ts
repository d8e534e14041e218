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
import {
  icsDocument,
  icsInteger,
  icsParam,
  icsText,
  icsUtc,
  icsVerbatim,
} from '../lib/icalendar.ts';

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

/**
 * The lines are those the `ics` package wrote before our writer replaced it (the files in
 * `ics-golden/`), in its order. DTSTAMP is when the file is made, as RFC 5546 wants it
 * with a METHOD, and as `ics` set it.
 */
export function meetingIcs(meeting: IcsMeeting, asked: IcsMethod = 'PUBLISH'): string {
  const cancel = methodFor(meeting, asked) === 'CANCEL';
  const where = meeting.locationKind === 'online' ? 'Online' : (meeting.location ?? '');
  const title = meeting.cancelled ? `Gaat niet door: ${meeting.title}` : meeting.title;
  const organizer = meeting.steunpuntEmail
    ? `ORGANIZER${meeting.steunpuntName ? `;CN=${icsParam(meeting.steunpuntName)}` : ''}` +
      `:MAILTO:${icsVerbatim(meeting.steunpuntEmail)}`
    : undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:steunpunt-portaal/oudercafe',
    `METHOD:${cancel ? 'CANCEL' : 'PUBLISH'}`,
    'X-PUBLISHED-TTL:PT1H',
    'BEGIN:VEVENT',
    `UID:${icsVerbatim(icsUid(meeting.id))}`,
    `SUMMARY:${icsText(title)}`,
    `DTSTAMP:${icsUtc(Date.now())}`,
    `DTSTART:${icsUtc(Date.parse(meeting.startsAt))}`,
    `DTEND:${icsUtc(Date.parse(meeting.endsAt))}`,
    // A cancellation is one step past the last change anyone was sent.
    `SEQUENCE:${icsInteger(meeting.version + (cancel ? 1 : 0))}`,
    meeting.description && `DESCRIPTION:${icsText(meeting.description)}`,
    meeting.onlineUrl && `URL:${icsVerbatim(meeting.onlineUrl)}`,
    where && `LOCATION:${icsText(where)}`,
    `STATUS:${cancel ? 'CANCELLED' : 'CONFIRMED'}`,
    organizer,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return icsDocument(lines.filter((line): line is string => !!line));
}

/** The file as a mail attachment; the MIME part names the same METHOD as the file. */
export function meetingIcsAttachment(meeting: IcsMeeting, asked: IcsMethod = 'PUBLISH') {
  return {
    filename: 'bijeenkomst.ics',
    contentType: `text/calendar; charset=utf-8; method=${methodFor(meeting, asked)}`,
    content: meetingIcs(meeting, asked),
  };
}
