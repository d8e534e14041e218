/**
 * The Dutch national public holidays that do not count as working days for a steunpunt's
 * response target. Computed here, not taken from a library: `date-holidays` would bundle
 * the rules of every country (megabytes) into the Lambda for ten dates a year.
 *
 * The list follows the "algemeen erkende feestdagen" of the Algemene termijnenwet
 * (art. 3 lid 1), plus Eerste Paas- and Pinksterdag (Sundays anyway):
 * - Bevrijdingsdag (5 May) counts every year. The law names it a holiday every year; many
 *   collective agreements give the day off only once in five years, but a steunpunt's
 *   staff fall under different ones (onderwijs, gemeente, sociaal werk) and a target that
 *   asks an answer on a day many are off would make cases look overdue that are not.
 * - Goede Vrijdag is left out: it is no general day off (most collective agreements do not
 *   give it). The law only equates it for statutory terms (art. 3 lid 2), which a
 *   response target is not; the same goes for the bridge days set by royal decree (lid 3).
 *   Statutory terms get both in termijnenwet-days.ts.
 * - Koningsdag is 27 April, or Saturday 26 April when the 27th is a Sunday. From 2014 on:
 *   earlier years had Koninginnedag, and no case is that old.
 */

/** A day in the Amsterdam calendar: month 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface PublicHoliday extends CalendarDay {
  name: string;
}

/**
 * Easter Sunday in the Gregorian calendar: the anonymous algorithm (Meeus/Jones/Butcher),
 * exact for every Gregorian year.
 */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Calendar arithmetic on plain dates: UTC is only a neutral carrier here, no time zone. */
export function shift(from: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(from.year, from.month - 1, from.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 is Sunday, 6 is Saturday. */
export const weekday = (day: CalendarDay) =>
  new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();

function kingsDay(year: number): CalendarDay {
  const day = { year, month: 4, day: 27 };
  return weekday(day) === 0 ? { year, month: 4, day: 26 } : day;
}

/** The holidays that are not working days, by name: the choices are in the comment above. */
export const nonWorkingHolidays: readonly {
  name: string;
  on: (year: number) => CalendarDay;
}[] = [
  { name: 'Nieuwjaarsdag', on: (year) => ({ year, month: 1, day: 1 }) },
  { name: 'Eerste Paasdag', on: (year) => easterSunday(year) },
  { name: 'Tweede Paasdag', on: (year) => shift(easterSunday(year), 1) },
  { name: 'Koningsdag', on: kingsDay },
  { name: 'Bevrijdingsdag', on: (year) => ({ year, month: 5, day: 5 }) },
  { name: 'Hemelvaartsdag', on: (year) => shift(easterSunday(year), 39) },
  { name: 'Eerste Pinksterdag', on: (year) => shift(easterSunday(year), 49) },
  { name: 'Tweede Pinksterdag', on: (year) => shift(easterSunday(year), 50) },
  { name: 'Eerste Kerstdag', on: (year) => ({ year, month: 12, day: 25 }) },
  { name: 'Tweede Kerstdag', on: (year) => ({ year, month: 12, day: 26 }) },
];

/** A year's holidays in calendar order. */
export function publicHolidays(year: number): PublicHoliday[] {
  return nonWorkingHolidays
    .map(({ name, on }) => ({ name, ...on(year) }))
    .sort((a, b) => a.month - b.month || a.day - b.day);
}

const dayKey = ({ year, month, day }: CalendarDay) => year * 10_000 + month * 100 + day;
const holidayKeys = new Map<number, Set<number>>();

/** Whether this Amsterdam calendar day is one of the holidays above. */
export function isPublicHoliday(day: CalendarDay): boolean {
  let keys = holidayKeys.get(day.year);
  if (!keys) {
    keys = new Set(publicHolidays(day.year).map(dayKey));
    holidayKeys.set(day.year, keys);
  }
  return keys.has(dayKey(day));
}
