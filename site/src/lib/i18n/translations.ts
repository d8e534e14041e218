/**
 * Which pages exist in which language (issue #14), read from content/translations at build
 * time. A page exists in a language only when its translation does: no fallback copies.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import {
  isLocale,
  localeCodes,
  locales,
  sourceLocale,
  type Locale,
} from '../../../../functions/core/locales.ts';
import type { TranslatablePage } from '../../../../functions/tenants/translated-page.ts';
import { allSwvs, type SwvEntry } from '../swv';

export type Translation = CollectionEntry<'translations'>;

/** One language version of a page: where it is and how its language reads. */
export interface Alternate {
  lang: Locale;
  href: string;
}

/** The translations of a page, by language (Dutch is the page itself, never in here). */
export async function translationsOf(page: TranslatablePage): Promise<Map<Locale, Translation>> {
  const entries = await getCollection('translations', (entry) => entry.data.page === page);
  const byLang = new Map<Locale, Translation>();
  for (const entry of entries) {
    const lang = entry.id.split('/')[0] ?? '';
    if (!isLocale(lang) || lang === sourceLocale) {
      throw new Error(
        `content/translations/${entry.id}.md: "${lang}" is not a language to translate into (${localeCodes.join(', ')})`,
      );
    }
    byLang.set(lang, entry);
  }
  return byLang;
}

/** The URL of a path (without slashes around it) in a language: `/en/<path>/`, Dutch `/<path>/`. */
export const localeHref = (lang: Locale, path: string) => getRelativeLocaleUrl(lang, path);

/** Dutch first, then the languages the page is translated into, in the portal's order. */
export async function alternatesOf(page: TranslatablePage, path: string): Promise<Alternate[]> {
  const translated = await translationsOf(page);
  return localeCodes
    .filter((lang) => lang === sourceLocale || translated.has(lang))
    .map((lang) => ({ lang, href: localeHref(lang, path) }));
}

export const dirOf = (lang: Locale) => locales[lang].dir;

/** getStaticPaths of a translated page per SWV: only when the translation exists. */
export async function perSwvIn(lang: Locale, page: TranslatablePage) {
  const translation = (await translationsOf(page)).get(lang);
  if (!translation) return [];
  const swvs: SwvEntry[] = await allSwvs();
  return swvs.map((swv) => ({ params: { slug: swv.id }, props: { swv, translation } }));
}
