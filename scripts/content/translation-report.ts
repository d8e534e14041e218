/**
 * What `npm run translations` reports (issue #14): per language, which translatable pages
 * exist, which a person checked, and which are stale (the Dutch source changed after the
 * translation was made: its `translatedFrom` is not the hash of the Dutch source now).
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../../functions/core/locales.ts';
import type { TranslatablePage } from '../../functions/tenants/translated-page.ts';

/**
 * Where the Dutch text of each translatable page lives. The SWV home's texts are written
 * in its template and the independence note; any change there makes its translations stale.
 */
export const dutchSources: Record<TranslatablePage, string[]> = {
  'swv-home': ['site/src/pages/[slug]/index.astro', 'site/src/components/IndependentNote.astro'],
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

export interface ReportRow {
  lang: Locale;
  page: TranslatablePage;
  state: TranslationState;
}

/**
 * One row per language and page. Stale comes before checked: a check of an older Dutch
 * text says nothing about the new one.
 */
export function translationReport(
  languages: readonly Locale[],
  pages: readonly TranslatablePage[],
  translations: readonly TranslationFacts[],
  currentHashes: Readonly<Record<TranslatablePage, string>>,
): ReportRow[] {
  return languages.flatMap((lang) =>
    pages.map((page): ReportRow => {
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
