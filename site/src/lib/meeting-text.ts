/**
 * How a meeting's day, time and place read in Dutch (always Amsterdam time), for parents
 * and staff alike, in the portal's one way of writing dates (functions/lib/dutch-dates.ts).
 * Plain functions without zod, so the agenda's small script stays small.
 */
import { clock, longDate, longTimeRange } from '../../../functions/lib/dutch-dates.ts';

/** "dinsdag 8 december 2026" */
export function meetingDay(startsAt: string): string {
  return longDate(new Date(startsAt));
}

/** "dinsdag 8 december 2026, 19.30–21.00 uur" */
export function meetingWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime())) return '';
  if (Number.isNaN(end.getTime())) return `${longDate(start)}, ${clock(start)} uur`;
  return longTimeRange(start, end);
}

/** Where the meeting is: the place, or "Online". */
export function meetingWhere(meeting: { locationKind: string; location?: string | undefined }) {
  return meeting.locationKind === 'online' ? 'Online' : (meeting.location ?? '');
}
