/**
 * Issue #14: a page in another language weighs at most 5% more than the same page in
 * Dutch. Every translated page of one SWV in the built site is measured next to its Dutch
 * page in the same run (first visit, gzip, as in page-weight.ts); the Dutch page is the
 * baseline. The route chooser's answer paths are sampled: its first step and one outcome.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localeCodes, sourceLocale } from '../functions/core/locales.ts';
import type { Portal } from '../scripts/portal.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { kb, measurePage } from './page-weight.ts';
import { ratio, table } from './stats.ts';

const swv = 'po-haarlemmermeer';
const dist = fileURLToPath(new URL('../site/dist/', import.meta.url));
const allowed = 1.05;

/** The paths under /<lang>/<swv>/ that the build made, as `opp/`, `vraag/`, `` for the home. */
function translatedPaths(lang: string): string[] {
  const root = `${dist}${lang}/${swv}/`;
  let files: string[];
  try {
    files = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  const paths = files
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
  const chooser = paths.filter((path) => path.startsWith('klacht-of-geschil/')).sort();
  const sampled = new Set(chooser.length > 2 ? [chooser[0], chooser.at(-1)] : chooser);
  return paths.filter((path) => !path.startsWith('klacht-of-geschil/') || sampled.has(path)).sort();
}

export async function benchLanguageWeight(portal: Portal) {
  const browser = await launchBrowser();
  try {
    const rows = [];
    let over = 0;
    const dutch = new Map<string, number>();
    for (const lang of localeCodes.filter((code) => code !== sourceLocale)) {
      for (const path of translatedPaths(lang)) {
        if (!dutch.has(path)) {
          dutch.set(path, (await measurePage(browser, `${portal.url}/${swv}/${path}`)).total);
        }
        const baseline = dutch.get(path)!;
        const bytes = await measurePage(browser, `${portal.url}/${lang}/${swv}/${path}`);
        const fits = bytes.total <= baseline * allowed;
        if (!fits) over += 1;
        rows.push({
          page: `/${swv}/${path}`,
          lang,
          'Dutch KB': kb(baseline),
          'KB (gzip)': kb(bytes.total),
          'HTML KB': kb(bytes.html),
          'JS KB': kb(bytes.js),
          'vs Dutch': ratio(bytes.total, baseline),
          'within 5%': fits ? 'yes' : 'NO',
        });
      }
    }
    console.log('\nFirst-visit weight of each translated page against its Dutch page (gzip)');
    table(rows);
    console.log(`${rows.length} translated pages measured, ${over} more than 5% over Dutch`);
    return rows;
  } finally {
    await browser.close();
  }
}
