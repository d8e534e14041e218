/**
 * `npm run translations`: per language, which pages exist, which are checked and which are
 * stale (see translation-report.ts), with the hash a translation of today's Dutch text
 * records as `translatedFrom`. Exits 0: a stale or unchecked page is news, not an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isLocale, localeCodes, locales, sourceLocale } from '../../functions/core/locales.ts';
import { translatablePages, translatedPage } from '../../functions/tenants/translated-page.ts';
import {
  dutchSources,
  sourceHash,
  translationReport,
  type TranslationFacts,
} from './translation-report.ts';

const root = new URL('../../', import.meta.url).pathname;
const translationsDir = join(root, 'content/translations');

const frontMatter = (text: string): unknown => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');

const translations: TranslationFacts[] = readdirSync(translationsDir)
  .filter(isLocale)
  .flatMap((lang) =>
    readdirSync(join(translationsDir, lang))
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const file = join('content/translations', lang, name);
        const data = translatedPage.parse(frontMatter(readFileSync(join(root, file), 'utf8')));
        return { lang, ...data };
      }),
  );

const currentHashes = Object.fromEntries(
  translatablePages.map((page) => [
    page,
    sourceHash(dutchSources[page].map((file) => readFileSync(join(root, file), 'utf8'))),
  ]),
) as Record<(typeof translatablePages)[number], string>;

const languages = localeCodes.filter((lang) => lang !== sourceLocale);
const rows = translationReport(languages, translatablePages, translations, currentHashes);

for (const page of translatablePages) {
  console.log(`${page}: Dutch source ${currentHashes[page]} (${dutchSources[page].join(', ')})`);
}
for (const lang of languages) {
  const own = rows.filter((row) => row.lang === lang);
  const count = (state: string) => own.filter((row) => row.state === state).length;
  console.log(
    `\n${lang} ${locales[lang].name}: ${own.length - count('missing')} of ${own.length} pages, ` +
      `${count('checked')} checked, ${count('unchecked')} unchecked, ${count('stale')} stale`,
  );
  for (const row of own) console.log(`  ${row.state.padEnd(9)} ${row.page}`);
}
