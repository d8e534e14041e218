/**
 * What a first visit to each page type transfers: every response the browser loads for
 * the page (HTML, CSS, JS, fonts, images), gzip-compressed as CloudFront would serve it.
 * Measured in Chromium against the local portal.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.ts';
import type { Portal } from '../scripts/portal.ts';
import { table } from './stats.ts';

const pageTypes: Record<string, string> = {
  'home (gemeente chooser)': '/',
  'SWV home': '/po-haarlemmermeer/',
  'national page': '/po-haarlemmermeer/opp/',
  'SWV page': '/vo-midden-kennemerland/wie-helpt/',
  'jongeren page': '/po-haarlemmermeer/jongeren/',
  begrippenlijst: '/po-haarlemmermeer/begrippen/',
  'question form': '/po-haarlemmermeer/vraag/',
  search: '/po-haarlemmermeer/zoeken/',
  // The search runs the query in the URL: its index and result fragments load too.
  'search with one query': '/po-haarlemmermeer/zoeken/?q=toelaatbaarheidsverklaring',
  'Oudercafé agenda (live places)': '/po-haarlemmermeer/oudercafe/',
  'Oudercafé sign-up form': '/po-haarlemmermeer/oudercafe/aanmelden/',
  'Oudercafé cancel page': '/po-haarlemmermeer/oudercafe/afmelden/',
};

export interface PageBytes {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

/** Every response a first visit to `url` loads, gzip-compressed, by kind. */
export async function measurePage(browser: Browser, url: string): Promise<PageBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { html: 0, css: 0, js: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const size = gzipSync(body).length;
          const kind = response.request().resourceType();
          if (kind === 'document') bytes.html += size;
          else if (kind === 'stylesheet') bytes.css += size;
          else if (kind === 'script') bytes.js += size;
          else bytes.other += size;
        })
        .catch(() => undefined),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  await Promise.all(pending);
  await context.close();
  return { ...bytes, total: bytes.html + bytes.css + bytes.js + bytes.other };
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export async function benchPageWeight(portal: Portal) {
  const browser = await launchBrowser();
  try {
    const rows = [];
    for (const [type, path] of Object.entries(pageTypes)) {
      const bytes = await measurePage(browser, portal.url + path);
      rows.push({
        'page type': type,
        path,
        'HTML KB': kb(bytes.html),
        'CSS KB': kb(bytes.css),
        'JS KB': kb(bytes.js),
        'total KB (gzip)': kb(bytes.total),
      });
    }
    console.log(
      '\nTransferred bytes on a first visit, per page type (gzip, as served by CloudFront)',
    );
    table(rows);
    return rows;
  } finally {
    await browser.close();
  }
}
