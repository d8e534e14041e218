/**
 * How a meeting reads for a parent: its date and time in Dutch (always Amsterdam time),
 * its place and its availability. Plain functions without zod, so the agenda's small
 * script stays small; the sign-up form and the back office use the same wording.
 */
import type { MeetingState } from '../../../../functions/meetings/meeting-schema.ts';

const timeZone = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Dutch way of writing a time: "19.30". */
const clock = (moment: Date) => timeFormat.format(moment).replace(':', '.');

/** "dinsdag 8 december 2026" */
export function meetingDay(startsAt: string): string {
  return dayFormat.format(new Date(startsAt));
}

/** "dinsdag 8 december 2026, 19.30–21.00 uur" */
export function meetingWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime())) return '';
  if (Number.isNaN(end.getTime())) return `${dayFormat.format(start)}, ${clock(start)} uur`;
  return `${dayFormat.format(start)}, ${clock(start)}–${clock(end)} uur`;
}

/** What a parent needs to know about the places, in one short line. */
export function availabilityText(state: MeetingState, placesLeft: number): string {
  switch (state) {
    case 'open':
      return placesLeft === 1 ? 'Nog 1 plek vrij' : `Nog ${placesLeft} plekken vrij`;
    case 'vol':
      return 'Vol – je kunt op de wachtlijst';
    case 'gesloten':
      return 'Aanmelden gesloten';
    case 'geannuleerd':
      return 'Geannuleerd';
  }
}

/** Where the meeting is: the place, or "Online". */
export function meetingWhere(meeting: { locationKind: string; location?: string | undefined }) {
  return meeting.locationKind === 'online' ? 'Online' : (meeting.location ?? '');
}

export const oudercafePaths = {
  agenda: (slug: string) => `/${slug}/oudercafe/`,
  signUp: (slug: string, meetingId?: string) =>
    meetingId
      ? `/${slug}/oudercafe/aanmelden/?${new URLSearchParams({ id: meetingId }).toString()}`
      : `/${slug}/oudercafe/aanmelden/`,
  cancel: (slug: string) => `/${slug}/oudercafe/afmelden/`,
};
