/**
 * A date and a time in the reader's language (issue #14), in Amsterdam time whatever the
 * reader's or the server's zone. Dutch is written exactly as everywhere else in the portal
 * (dutch-dates.ts); the other languages by Intl in their own way. Arabic keeps Latin
 * digits (`ar-u-nu-latn`), so dates, times and numbers read the same as in the letters and
 * on the phone; English is British (day before month, 24-hour clock), as in the
 * Netherlands. Intl only: the site's small scripts take it into the browser.
 */
import type { Locale } from '../core/locales.ts';
import { longDate, longTimeRange, timeZone } from './dutch-dates.ts';

/** The BCP 47 tag Intl formats a language with. */
export const intlTag = (lang: Locale) =>
  lang === 'ar' ? 'ar-u-nu-latn' : lang === 'en' ? 'en-GB' : lang;

const day = (lang: Locale) =>
  new Intl.DateTimeFormat(intlTag(lang), {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
const time = (lang: Locale) =>
  new Intl.DateTimeFormat(intlTag(lang), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

/** "dinsdag 8 december 2026", "Tuesday, 8 December 2026", "8 Aralık 2026 Salı" */
export const longDateIn = (lang: Locale, moment: Date) =>
  lang === 'nl' ? longDate(moment) : day(lang).format(moment);

/** "dinsdag 8 december 2026, 19.30–21.00 uur", "Tuesday, 8 December 2026, 19:30–21:00" */
export const longTimeRangeIn = (lang: Locale, start: Date, end: Date) => {
  if (lang === 'nl') return longTimeRange(start, end);
  const clock = time(lang);
  // Arabic separates with its own comma.
  const comma = lang === 'ar' ? '، ' : ', ';
  return `${day(lang).format(start)}${comma}${clock.format(start)}–${clock.format(end)}`;
};
