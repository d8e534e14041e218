import { TZDate } from '@date-fns/tz';
import { timeZone } from './dutch-dates.ts';

/** How dates read in Dutch is in dutch-dates.ts; this is the time zone and its calendar. */
export { timeZone };

/** The calendar year in the Netherlands: a question at 00:30 on 1 January belongs to the new year. */
export function amsterdamYear(moment: Date): number {
  return new TZDate(moment, timeZone).getFullYear();
}
