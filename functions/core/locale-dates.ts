/**
 * A date and a time in one of the portal's languages (issue #14), in Amsterdam time
 * whatever the reader's or the server's zone. Dutch is dutch-dates.ts itself, so a Dutch
 * text stays as it was; Arabic keeps Latin digits (`ar-u-nu-latn`) so dates stay readable
 * next to the reference and the phone number. Intl only: it runs in the browser too.
 */
import { longDate, longDateTime, longTimeRange, timeZone } from '../lib/dutch-dates.ts';
import { sourceLocale, type Locale } from './locales.ts';

/** The Intl locale of a portal language. */
export const intlLocale = (lang: Locale) =>
  lang === 'ar' ? 'ar-u-nu-latn' : lang === 'en' ? 'en-GB' : lang;

const dayOptions: Intl.DateTimeFormatOptions = {
  timeZone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

/** "Friday 11 December 2026"; Dutch "vrijdag 11 december 2026". */
export const longDateIn = (lang: Locale, moment: Date) =>
  lang === sourceLocale
    ? longDate(moment)
    : new Intl.DateTimeFormat(intlLocale(lang), dayOptions).format(moment);

/** "Friday 11 December 2026 at 14:05"; Dutch "vrijdag 11 december 2026, 14.05 uur". */
export const longDateTimeIn = (lang: Locale, moment: Date) =>
  lang === sourceLocale
    ? longDateTime(moment)
    : new Intl.DateTimeFormat(intlLocale(lang), {
        ...dayOptions,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(moment);

/**
 * "Tuesday, 8 December 2026, 19:30–21:00"; Dutch "dinsdag 8 december 2026, 19.30–21.00 uur"
 * (a meeting: it ends on the day it starts).
 */
export const longTimeRangeIn = (lang: Locale, start: Date, end: Date) => {
  if (lang === sourceLocale) return longTimeRange(start, end);
  const clock = new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  // Arabic separates with its own comma.
  const comma = lang === 'ar' ? '، ' : ', ';
  return `${longDateIn(lang, start)}${comma}${clock.format(start)}–${clock.format(end)}`;
};
