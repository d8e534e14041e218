/**
 * The inbox's flag on a case with a filing deadline (a complaint for a bezwaar, GPO or LKC
 * route): `binnenkort` when at most 10 working days are left, `verlopen` once the last day
 * has passed, nothing when it is further away or the case is closed. Computed when read,
 * never stored: a flag stored on the case would go stale overnight.
 *
 * Which calendar counts the 10 days: the steunpunt's working days (working-days.ts,
 * Goede Vrijdag is a working day), because the flag says how much time the steunpunt has
 * left to act. The filing deadline itself was computed with the Algemene termijnenwet's
 * calendar (core/filing-deadlines.ts) when the case came in.
 */
import { parseIsoDay, isoDay } from '../core/filing-deadlines.ts';
import { shift, type CalendarDay } from '../lib/dutch-holidays.ts';
import { isWorkingCalendarDay } from '../lib/working-days.ts';
import type { CaseStatus } from './case.ts';
import { amsterdamToday } from './intakes/complaint-schema.ts';

/** At most this many working days left (today not counted) flags a case `binnenkort`. */
export const soonWorkingDays = 10;

/** A flagged case; `workingDaysLeft` counts the working days after today up to and including the last day (0 on the last day). */
export type DeadlineState = { flag: 'binnenkort'; workingDaysLeft: number } | { flag: 'verlopen' };

/** The `soonWorkingDays + 1`-th working day after today: deadlines before it are `binnenkort`. */
export function firstDayNotSoon(today: string): string {
  let day: CalendarDay = parseIsoDay(today)!;
  for (let left = soonWorkingDays + 1; left > 0;) {
    day = shift(day, 1);
    if (isWorkingCalendarDay(day)) left--;
  }
  return isoDay(day);
}

function workingDaysBetween(today: CalendarDay, lastDay: string): number {
  let count = 0;
  // Only asked for a last day before the first day that is not soon: a short walk.
  for (let day = shift(today, 1); isoDay(day) <= lastDay; day = shift(day, 1)) {
    if (isWorkingCalendarDay(day)) count++;
  }
  return count;
}

/** The flag of a case on the Amsterdam day of `now`: none without a deadline, when closed, or far off. */
export function deadlineState(
  item: { filingDeadline?: string; status: CaseStatus },
  now: Date,
): DeadlineState | undefined {
  const lastDay = item.filingDeadline;
  if (!lastDay || !parseIsoDay(lastDay) || item.status === 'afgerond') return undefined;
  const today = amsterdamToday(now);
  if (lastDay < today) return { flag: 'verlopen' };
  if (lastDay >= firstDayNotSoon(today)) return undefined;
  return { flag: 'binnenkort', workingDaysLeft: workingDaysBetween(parseIsoDay(today)!, lastDay) };
}
