/**
 * How a meeting's day, time and place read in Dutch (always Amsterdam time), for parents
 * and staff alike. Plain functions without zod, so the agenda's small script stays small.
 */
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
export const clock = (moment: Date) => timeFormat.format(moment).replace(':', '.');

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

/** Where the meeting is: the place, or "Online". */
export function meetingWhere(meeting: { locationKind: string; location?: string | undefined }) {
  return meeting.locationKind === 'online' ? 'Online' : (meeting.location ?? '');
}
