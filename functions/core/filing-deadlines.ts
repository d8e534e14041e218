/**
 * The last day to file a bezwaar, a GPO request or an LKC complaint, from the day the
 * decision was made known (or the event happened). Pure: the route chooser computes it in
 * the browser, the intake and the inbox on the server, from this one module.
 *
 * - Bezwaar (Awb 6:7, 6:8): six weeks, starting the day after the decision was made known,
 *   so the term ends on the same weekday six weeks later. When that day is a Saturday,
 *   Sunday, holiday or decree day, the Algemene termijnenwet (art. 1) moves it to the next
 *   day that is none of these. By e-mail the bezwaar must arrive before the end of that
 *   day; by post it may arrive up to a week later if it was posted in time (Awb 6:9).
 * - GPO: six weeks from the day after the (intended) decision was made known. Whether the
 *   Atw extends it is not settled, so the date without extension is the safe date.
 * - LKC: one year after the event, never extended (a term of a year falls outside the Atw,
 *   art. 4, and the LKC's term is set by its reglement, not by a law).
 */
import { shift, type CalendarDay } from '../lib/dutch-holidays.ts';
import { atwRestDay, decreeDaysKnownFor } from '../lib/termijnenwet-days.ts';

export const filingRoutes = ['bezwaar', 'gpo', 'lkc'] as const;
export type FilingRoute = (typeof filingRoutes)[number];

export interface SkippedDay {
  day: CalendarDay;
  /** Why the term may not end on it: "zaterdag", "Hemelvaartsdag", … */
  reason: string;
}

export interface FilingDeadline {
  route: FilingRoute;
  /** The day the decision was made known, or the event happened. */
  from: CalendarDay;
  /** The last day to file: the date to show. */
  lastDay: CalendarDay;
  /** The end of the term before any extension (the same as lastDay when nothing moved it). */
  termEnds: CalendarDay;
  /** The days the Algemene termijnenwet skipped, in order. */
  skipped: SkippedDay[];
  /**
   * False when the term ends after the last year of known decree days: a decree not yet
   * in our table could move it a day further, never earlier.
   */
  calendarKnown: boolean;
}

const sixWeeks = 42;

function oneYearAfter(from: CalendarDay): CalendarDay {
  const next = { year: from.year + 1, month: from.month, day: from.day };
  // 29 February has no twin next year: the year is over at the end of 28 February.
  return from.month === 2 && from.day === 29 ? { ...next, day: 28 } : next;
}

function extendPastRestDays(termEnds: CalendarDay) {
  const skipped: SkippedDay[] = [];
  let lastDay = termEnds;
  for (let reason = atwRestDay(lastDay); reason; reason = atwRestDay(lastDay)) {
    skipped.push({ day: lastDay, reason });
    lastDay = shift(lastDay, 1);
  }
  return { lastDay, skipped };
}

export function filingDeadline(route: FilingRoute, from: CalendarDay): FilingDeadline {
  if (route === 'lkc') {
    const termEnds = oneYearAfter(from);
    return { route, from, lastDay: termEnds, termEnds, skipped: [], calendarKnown: true };
  }
  const termEnds = shift(from, sixWeeks);
  if (route === 'gpo') {
    return { route, from, lastDay: termEnds, termEnds, skipped: [], calendarKnown: true };
  }
  const { lastDay, skipped } = extendPastRestDays(termEnds);
  return { route, from, lastDay, termEnds, skipped, calendarKnown: decreeDaysKnownFor(lastDay) };
}

/** "2025-06-02" ⇄ a calendar day: the form and the URL carry dates this way. */
export const isoDay = ({ year, month, day }: CalendarDay) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function parseIsoDay(text: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isoDay(shift(day, 0)) === text ? day : undefined;
}

/** Calendar days from `today` until the end of `lastDay` (0 on the last day, negative after). */
export function daysLeft(today: CalendarDay, lastDay: CalendarDay): number {
  const utc = ({ year, month, day }: CalendarDay) => Date.UTC(year, month - 1, day);
  return Math.round((utc(lastDay) - utc(today)) / 86_400_000);
}
