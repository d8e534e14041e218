/**
 * The language a public form was filled in, as its body names it (`lang`, issue #14): one
 * of the portal's languages, Dutch when absent. A code the portal does not speak is read
 * as Dutch too, never refused: an old page or a typo must not cost the parent a 400 or a
 * 5xx, and Dutch is the language that counts.
 */
import * as z from 'zod/mini';
import { localeCodes, sourceLocale, type Locale } from './locales.ts';

export const formLanguage = z._default(
  z.catch(z.enum(localeCodes as [Locale, ...Locale[]]), sourceLocale),
  sourceLocale,
);

/** The language a raw body asks for, before any check: for the messages of that check. */
export const languageOf = (body: unknown): Locale =>
  z.parse(formLanguage, (body as { lang?: unknown } | null | undefined)?.lang);
