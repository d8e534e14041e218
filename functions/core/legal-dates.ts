/**
 * The dates in law the information pages name ("since 1 August 2025"), as data (issue #14):
 * a translated page writes `{{date:<key>}}` and the site renders the date in the reader's
 * language, so no date is typed into a translation.
 */
import type { Locale } from './locales.ts';

export const legalDates = {
  parentConsent: {
    date: '2017-08-01',
    about: 'parents consent to the action part (handelingsdeel) of the OPP',
  },
  positionAct: {
    date: '2025-08-01',
    about: 'Wet versterking positie ouders en leerlingen: hoorrecht, support in the schoolgids',
  },
} as const satisfies Record<string, { date: string; about: string }>;

export type LegalDateKey = keyof typeof legalDates;

export const isLegalDateKey = (key: string): key is LegalDateKey => Object.hasOwn(legalDates, key);

/** How a language writes a date: Arabic with Latin digits, English as in Europe. */
const dateLocales: Record<Locale, string> = {
  nl: 'nl',
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  tr: 'tr',
  pl: 'pl',
  uk: 'uk',
};

/** "1 augustus 2025", "1 August 2025", "1 أغسطس 2025": a calendar day in a language. */
export function dateText(isoDate: string, lang: Locale): string {
  return new Intl.DateTimeFormat(dateLocales[lang], {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

export const legalDateText = (key: LegalDateKey, lang: Locale) =>
  dateText(legalDates[key].date, lang);
