/**
 * Meeting times: staff type Amsterdam wall-clock dates and times; the table stores UTC
 * instants. A series repeats on the same weekday of the month ("the 2nd Tuesday").
 */
import { TZDate } from '@date-fns/tz';
import { subDays } from 'date-fns';
import { clockTime, inAmsterdam, isoDay, timeZone } from '../lib/amsterdam-time.ts';

/** The UTC instant of an Amsterdam date ('2026-03-17') and time ('19:30'). */
export function amsterdamInstant(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(
    new TZDate(year, month - 1, day, hour, minute, 0, timeZone).getTime(),
  ).toISOString();
}

/** The Amsterdam date and time of an instant, as the edit form shows them. */
export function amsterdamParts(iso: string): { date: string; time: string } {
  const local = inAmsterdam(iso);
  return { date: isoDay(local), time: clockTime(local) };
}

export const todayInAmsterdam = (now: Date) => isoDay(inAmsterdam(now));

/** Sign-up closes at 23:59 Amsterdam on the deadline day, or when the meeting starts. */
export function closesAt(startsAt: string, signUpDeadline: string | undefined): string {
  if (!signUpDeadline) return startsAt;
  const end = amsterdamInstant(signUpDeadline, '23:59');
  return end < startsAt ? end : startsAt;
}

/** The reminder goes at 10:00 Amsterdam, `days` days before the meeting's day. */
export function reminderAt(startsAt: string, days: number): string | undefined {
  if (days <= 0) return undefined;
  const day = isoDay(subDays(inAmsterdam(startsAt), days));
  return amsterdamInstant(day, '10:00');
}

/**
 * The same weekday of the month, `months` later: the 2nd Tuesday stays the 2nd Tuesday.
 * A 5th weekday that a month lacks becomes that month's last one.
 */
export function sameWeekdayOfMonth(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year, month - 1, day));
  const weekday = start.getUTCDay();
  const nth = Math.floor((day - 1) / 7);
  // UTC day arithmetic: calendar dates have no time zone, so no DST can shift them.
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  const dayMs = 86_400_000;
  let candidate = new Date(first.getTime() + (offset + nth * 7) * dayMs);
  if (candidate.getUTCMonth() !== first.getUTCMonth()) {
    candidate = new Date(candidate.getTime() - 7 * dayMs);
  }
  return candidate.toISOString().slice(0, 10);
}
