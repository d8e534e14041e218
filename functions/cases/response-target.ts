/**
 * When the steunpunt's first answer is due. Normally `responseDays` working days after the
 * case came in (working-days.ts: Goede Vrijdag is a working day). A case with a filing
 * deadline (a bezwaar, a GPO request, an LKC complaint) is capped so that the answer comes
 * in time to still file:
 *
 * - at the latest at 17.00 (Amsterdam) two working days before the last day to file;
 * - but never before the moment the case came in: when the deadline is that close or has
 *   passed, the target is the moment of receipt, so the case is due at once and shows at
 *   the top of the inbox.
 */
import { TZDate } from '@date-fns/tz';
import { parseIsoDay } from '../core/filing-deadlines.ts';
import { timeZone } from '../lib/amsterdam-time.ts';
import { addWorkingDays } from '../lib/working-days.ts';

/** Working days the answer comes before the last day to file, at the latest. */
export const daysBeforeFilingDeadline = 2;

/** The end of the working day the cap falls on, in Amsterdam. */
const capHour = 17;

export function responseTarget(now: Date, responseDays: number, filingDeadline?: string): Date {
  const normal = addWorkingDays(now, responseDays);
  const lastDay = filingDeadline ? parseIsoDay(filingDeadline) : undefined;
  if (!lastDay) return normal;
  const onLastDay = new TZDate(
    lastDay.year,
    lastDay.month - 1,
    lastDay.day,
    capHour,
    0,
    0,
    0,
    timeZone,
  );
  const cap = addWorkingDays(new Date(onLastDay.getTime()), -daysBeforeFilingDeadline);
  const target = cap < normal ? cap : normal;
  return target < now ? now : target;
}
