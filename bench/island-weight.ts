/**
 * The JavaScript a back-office page loads, read from the built site: the page's module
 * scripts and islands (component and renderer), then every chunk they import, each once,
 * gzip-compressed. Measured this way because a first visit without a session is sent on
 * to the sign-in page, whose code would be counted too.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { siteDist } from '../scripts/portal.ts';
import { table } from './stats.ts';

const pages: Record<string, string> = {
  'inbox (baseline)': 'backoffice/vragen/',
  monitor: 'backoffice/monitor/',
  'national monitor': 'backoffice/landelijke-monitor/',
  'half-year report': 'backoffice/rapportage/',
  'signal review': 'backoffice/signalen/',
};

const entryPattern =
  /(?:<script type="module" src|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g;
const importPattern = /(?:from|import)\s*\(?"\.\/([^"]+\.js)"/g;

/** Gzip bytes of a page's JavaScript and the number of files it loads. */
export function pageScriptWeight(page: string): { bytes: number; files: number } {
  const html = readFileSync(`${siteDist}${page}index.html`, 'utf8');
  const queue = [...html.matchAll(entryPattern)].map((match) => match[1]!);
  const seen = new Set<string>();
  let bytes = 0;
  while (queue.length > 0) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(`${siteDist}${src.slice(1)}`);
    bytes += gzipSync(code).length;
    for (const match of code.toString().matchAll(importPattern)) queue.push(`/_astro/${match[1]}`);
  }
  return { bytes, files: seen.size };
}

export function benchIslandWeight() {
  const measured = Object.entries(pages).map(([page, path]) => ({
    page,
    path,
    ...pageScriptWeight(path),
  }));
  const baseline = measured[0]!.bytes;
  console.log('\nJavaScript of the back office pages (gzip, from site/dist), against the inbox');
  table(
    measured.map(({ page, path, bytes, files }) => ({
      page,
      path: `/${path}`,
      files,
      'JS KB (gzip)': (bytes / 1024).toFixed(1),
      'vs inbox': `${(bytes / baseline).toFixed(2)}×`,
    })),
  );
}
