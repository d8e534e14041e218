/**
 * What the privacy and accessibility statements share in every language: the steunpunt's
 * name in a sentence, and the statement's address in each language (both statements exist
 * in all six: their catalogs are complete by type).
 */
import { localeCodes, sourceLocale, type Locale } from '../../../../functions/core/locales.ts';
import { chrome, fill } from '../../lib/i18n/chrome';
import { steunpuntNaming } from '../../lib/steunpunt-naming';
import type { Alternate } from '../../lib/i18n/translations';
import { localeHref } from '../../lib/i18n/translations';
import type { SwvEntry } from '../../lib/swv';
import type { FillValue } from '../i18n/FilledText.astro';

export type Statement = 'privacy' | 'toegankelijkheid';

/**
 * The steunpunt in a sentence: in Dutch as the Dutch pages name it; in a translation its
 * own name (Dutch, so marked) or "the support point at <SWV>" in the language.
 */
export function steunpuntNameIn(swv: SwvEntry, lang: Locale): FillValue {
  const naming = steunpuntNaming(swv);
  if (lang === sourceLocale) return { text: naming.inText };
  if (naming.ownName) return { text: naming.ownName, lang: 'nl' };
  return { text: fill(chrome[lang].steunpuntAt, { swv: swv.data.shortName }) };
}

export const statementAlternates = (slug: string, statement: Statement): Alternate[] =>
  localeCodes.map((lang) => ({ lang, href: localeHref(lang, `${slug}/${statement}`) }));
