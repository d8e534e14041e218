/**
 * The calendar of the Algemene termijnenwet (Atw): the days on which a statutory term may
 * not end. It differs on purpose from the response-target calendar of working-days.ts:
 * - Goede Vrijdag counts here (Atw art. 3 lid 2 equates it with a holiday), while for the
 *   response target it is an ordinary working day;
 * - the days the government adds by royal decree (Atw art. 3 lid 3, a KB for about three
 *   years at a time, mostly the Friday after Hemelvaart) count here and nowhere else.
 *
 * The decree days are data, not a rule: each KB lists its own days, so they are typed in
 * from the published list and carry the last day the list covers. An editor corrects or
 * extends `decreeDays` when a new KB appears; a test fails a year before `knownUntil`.
 */
import {
  easterSunday,
  publicHolidays,
  shift,
  weekday,
  type CalendarDay,
} from './dutch-holidays.ts';

export interface DecreeDays {
  /** Where the list was taken from, for the editor who checks or extends it. */
  source: string;
  /** The last day the list covers: after it, more decree days may exist that we do not know. */
  knownUntil: CalendarDay;
  days: readonly CalendarDay[];
}

/** Days set equal to a holiday by royal decree (Atw art. 3 lid 3), 2023 to 2028. */
export const decreeDays: DecreeDays = {
  source:
    'Besluiten op grond van art. 3 lid 3 Algemene termijnenwet, zoals opgesomd in https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745',
  knownUntil: { year: 2028, month: 12, day: 31 },
  days: [
    { year: 2023, month: 4, day: 28 },
    { year: 2023, month: 5, day: 19 },
    { year: 2024, month: 5, day: 10 },
    { year: 2024, month: 12, day: 27 },
    { year: 2025, month: 5, day: 30 },
    { year: 2026, month: 1, day: 2 },
    { year: 2026, month: 5, day: 15 },
    { year: 2027, month: 5, day: 7 },
    { year: 2028, month: 4, day: 28 },
    { year: 2028, month: 5, day: 26 },
  ],
};

const sameDay = (a: CalendarDay, b: CalendarDay) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

export const compareDays = (a: CalendarDay, b: CalendarDay) =>
  a.year - b.year || a.month - b.month || a.day - b.day;

const goodFriday = (year: number) => shift(easterSunday(year), -2);

/** Why the Atw does not let a term end on this day, or undefined when it may. */
export function atwRestDay(day: CalendarDay): string | undefined {
  const dayOfWeek = weekday(day);
  if (dayOfWeek === 6) return 'zaterdag';
  if (dayOfWeek === 0) return 'zondag';
  if (sameDay(day, goodFriday(day.year))) return 'Goede Vrijdag';
  const holiday = publicHolidays(day.year).find((candidate) => sameDay(candidate, day));
  if (holiday) return holiday.name;
  if (decreeDays.days.some((decreeDay) => sameDay(decreeDay, day))) {
    return 'door de regering vastgestelde vrije dag';
  }
  return undefined;
}

/** Whether the decree days of this day's year are known (the list runs until `knownUntil`). */
export const decreeDaysKnownFor = (day: CalendarDay) =>
  compareDays(day, decreeDays.knownUntil) <= 0;
