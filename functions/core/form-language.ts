/**
 * The language a public form was filled in, as its body names it (`lang`, issue #14): one
 * of the portal's languages, Dutch when absent. A code the portal does not speak is read
 * as Dutch too, never refused: an old page or a typo must not cost the parent a 400 or a
 * 5xx, and Dutch is the language that counts.
 */
import * as z from 'zod/mini';
import { isLocale, localeCodes, sourceLocale, type Locale } from './locales.ts';

/** A given `lang`: one of the portal's languages, Dutch for anything else. */
export const givenLanguage = z.catch(z.enum(localeCodes as [Locale, ...Locale[]]), sourceLocale);

/** The body's `lang` as a schema field: always a language, Dutch when absent too. */
export const formLanguage = z._default(givenLanguage, sourceLocale);

/** The language a raw body asks for, before any check: for the messages of that check. */
export const languageOf = (body: unknown): Locale => {
  const lang =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>).lang : undefined;
  return typeof lang === 'string' && isLocale(lang) ? lang : sourceLocale;
};
