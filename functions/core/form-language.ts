/**
 * The language a public form was filled in, as its body names it (`lang`, issue #14): one
 * of the portal's languages, Dutch when absent. A code the portal does not speak is read
 * as Dutch too, never refused: an old page or a typo must not cost the parent a 400 or a
 * 5xx, and Dutch is the language that counts.
 */
import * as z from 'zod/mini';
import { isLocale, sourceLocale, type Locale } from './locales.ts';

/** One of the portal's languages, Dutch for anything else. */
const languageIn = (value: unknown): Locale =>
  typeof value === 'string' && isLocale(value) ? value : sourceLocale;

/**
 * The body's `lang` as a schema field: one of the portal's languages, Dutch for anything
 * else and when absent. A transform rather than `z.catch`, which would pull zod's whole
 * issue formatting (12 KB minified) into every Lambda and form that checks a language.
 */
export const formLanguage = z._default(z.pipe(z.unknown(), z.transform(languageIn)), sourceLocale);

/** The language a raw body asks for, before any check: for the messages of that check. */
export const languageOf = (body: unknown): Locale =>
  languageIn((body as { lang?: unknown } | null | undefined)?.lang);
