/**
 * `npm run translations`: per language, which pages exist, which are checked and which are
 * stale (see translation-report.ts), with the hash a translation of today's Dutch text
 * records as `translatedFrom`; then the same for the catalogs' texts (catalog-texts.ts).
 * Exits 0: a stale or unchecked page is news, not an error.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isLocale, localeCodes, locales, sourceLocale } from '../../functions/core/locales.ts';
import { translatablePages, translatedPage } from '../../functions/tenants/translated-page.ts';
import { catalogLock, catalogStaleness } from './catalog-texts.ts';
import { catalogs } from './catalogs.ts';
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

// The catalogs (forms, mails, the chooser, the statements, the texts around every page):
// no front matter, so the lock keeps the Dutch each text was translated from. After the
// translations of a changed Dutch text are brought up to date: `npm run translations -- --record`.
const lockFile = join(translationsDir, 'catalogs.lock.json');
if (process.argv.includes('--record')) {
  writeFileSync(lockFile, `${JSON.stringify(catalogLock(catalogs), null, 2)}\n`);
  console.log(
    '\nRecorded the Dutch source of every catalog text in content/translations/catalogs.lock.json',
  );
}
const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as Record<string, string>;
const { stale, unrecorded } = catalogStaleness(catalogs, lock);
console.log(
  `\nCatalogs (every text in every language by their type; made by an AI assistant, unchecked):`,
);
for (const name of Object.keys(catalogs)) {
  const own = (keys: string[]) => keys.filter((key) => key.startsWith(`${name}.`));
  const texts = Object.keys(catalogLock({ [name]: catalogs[name as keyof typeof catalogs] }));
  console.log(
    `  ${name}: ${texts.length} texts, ${own(stale).length} stale, ${own(unrecorded).length} not recorded`,
  );
  for (const key of own(stale)) console.log(`    stale ${key}`);
}
