import { TZDate } from '@date-fns/tz';
import { timeZone } from './dutch-dates.ts';

/** How dates read in Dutch is in dutch-dates.ts; this is the time zone and its calendar. */
export { timeZone };

/** The calendar year in the Netherlands: a question at 00:30 on 1 January belongs to the new year. */
export function amsterdamYear(moment: Date): number {
  return new TZDate(moment, timeZone).getFullYear();
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A wall-clock moment's fixed numeric parts ("2026-11-24", "19:30"). Written out rather than
 * with date-fns' `format`, whose pattern parser and locale would add about 15 KB to every
 * Lambda for four fixed patterns.
 */
export const isoDay = (local: Date) =>
  `${local.getFullYear()}-${two(local.getMonth() + 1)}-${two(local.getDate())}`;
export const isoMonth = (local: Date) => `${local.getFullYear()}-${two(local.getMonth() + 1)}`;
export const clockTime = (local: Date) => `${two(local.getHours())}:${two(local.getMinutes())}`;

/** A moment as it reads on a clock in the Netherlands. */
export const inAmsterdam = (moment: Date | string) =>
  new TZDate(typeof moment === 'string' ? new Date(moment) : moment, timeZone);
