/**
 * The languages the public portal speaks (issue #14): Dutch B1 first and always complete;
 * the others where a page or form has been translated. Each name is written in its own
 * language, as a language switcher shows it; `dir` is how the language reads.
 */
export const locales = {
  nl: { name: 'Nederlands', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  tr: { name: 'Türkçe', dir: 'ltr' },
  pl: { name: 'Polski', dir: 'ltr' },
  uk: { name: 'Українська', dir: 'ltr' },
} as const;

export type Locale = keyof typeof locales;

/** Dutch is the language that counts: every other text is a translation of a Dutch one. */
export const sourceLocale: Locale = 'nl';

export const localeCodes = Object.keys(locales) as Locale[];

export const isLocale = (value: string): value is Locale => Object.hasOwn(locales, value);
