/**
 * What `npm run translations` reports (issue #14): per language, which translatable pages
 * exist, which a person checked, and which are stale (the Dutch source changed after the
 * translation was made: its `translatedFrom` is not the hash of the Dutch source now).
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../../functions/core/locales.ts';
import {
  translatedInfoPages,
  type TranslatablePage,
} from '../../functions/tenants/translated-page.ts';

/**
 * Where the Dutch text of each translatable page lives. The SWV home's texts are written
 * in its template and the independence note; an information page is its national file,
 * front matter and all (a new check date asks for a look at the translation too). Any
 * change there makes its translations stale.
 */
export const dutchSources: Record<TranslatablePage, string[]> = {
  'swv-home': ['site/src/pages/[slug]/index.astro', 'site/src/components/IndependentNote.astro'],
  ...(Object.fromEntries(
    translatedInfoPages.map((page) => [page, [`content/landelijk/${page}.md`]]),
  ) as Record<(typeof translatedInfoPages)[number], string[]>),
};

/** The first 12 hex digits of the SHA-256 of the Dutch source files, in their listed order. */
export function sourceHash(texts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\u0000');
  return hash.digest('hex').slice(0, 12);
}

/** One translation file as the report needs it. */
export interface TranslationFacts {
  lang: Locale;
  page: TranslatablePage;
  translatedFrom: string;
  checkedBy?: string | undefined;
  checkedOn?: string | undefined;
}

export type TranslationState = 'missing' | 'stale' | 'unchecked' | 'checked';

export interface ReportRow<P extends TranslatablePage = TranslatablePage> {
  lang: Locale;
  page: P;
  state: TranslationState;
}

/**
 * One row per language and page. Stale comes before checked: a check of an older Dutch
 * text says nothing about the new one.
 */
export function translationReport<P extends TranslatablePage>(
  languages: readonly Locale[],
  pages: readonly P[],
  translations: readonly TranslationFacts[],
  currentHashes: Readonly<Record<P, string>>,
): ReportRow<P>[] {
  return languages.flatMap((lang) =>
    pages.map((page): ReportRow<P> => {
      const found = translations.find((t) => t.lang === lang && t.page === page);
      const state: TranslationState = !found
        ? 'missing'
        : found.translatedFrom !== currentHashes[page]
          ? 'stale'
          : found.checkedBy
            ? 'checked'
            : 'unchecked';
      return { lang, page, state };
    }),
  );
}
