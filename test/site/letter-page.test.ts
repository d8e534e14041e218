/**
 * The public letter page (`/<slug>/klacht/brief/`): one per SWV, a plain page that says
 * how to get a letter when there are no answers in the tab (a new tab, JavaScript off),
 * the SWV's postal address ready for a bezwaar, and one small plain script of its own
 * (no React, no zod). The back office's letter page is built too. Needs a built site:
 * `npm run build:site`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, linksOf, scriptsOf } from '../support/built-site.ts';

const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const slugs = readdirSync(new URL('../../content/swv/', import.meta.url));
const letterPage = (slug: string) => byPath.get(`/${slug}/klacht/brief/`);

/** The page's own module scripts, by file (the contact block's is inline). */
const scriptFiles = (html: string) =>
  scriptsOf(html).flatMap((attrs) => /\ssrc="\/_astro\/([^"]+)"/.exec(attrs)?.[1] ?? []);
const read = (name: string) => readFileSync(`${distDir}_astro/${name}`, 'utf8');

/** A script and every chunk it imports, each once. */
function closure(file: string, seen = new Map<string, string>()) {
  if (seen.has(file)) return seen;
  const code = read(file);
  seen.set(file, code);
  for (const match of code.matchAll(/from"\.\/([^"]+)"/g)) closure(match[1]!, seen);
  return seen;
}

describe('the letter page', () => {
  it('exists for every SWV', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    for (const slug of slugs) expect(letterPage(slug), slug).toBeDefined();
  });

  it.each(slugs)('%s: says without answers how to get a letter, with no dead end', (slug) => {
    const html = letterPage(slug)!.html;
    expect(html).toContain('Zo kom je toch aan een brief');
    const links = linksOf(html);
    expect(links).toContain(`/${slug}/klacht-of-geschil/`);
    // The intake itself, for a parent who knows the route already.
    expect(links).toContain(`/${slug}/klacht/`);
    expect(links).toContain('../../voorbeeldbrieven/');
    expect(byPath.has(`/${slug}/voorbeeldbrieven/`)).toBe(true);
    expect(links).toContain(`/${slug}/vraag/`);
    // The letter itself waits for the answers: hidden in the HTML as built.
    expect(html).toMatch(/<div data-letter-shown hidden>/);
  });

  it('carries the SWV’s postal address where its profile gives one', () => {
    const html = letterPage('vo-noord-kennemerland')!.html;
    expect(html).toContain('data-swv-street="Hertog Aalbrechtweg 5"');
    expect(html).toContain('data-swv-city="Alkmaar"');
    expect(letterPage('po-haarlemmermeer')!.html).not.toContain('data-swv-street');
  });

  it('loads only its own small plain script', () => {
    const files = new Set<string>();
    for (const slug of slugs) {
      const own = scriptFiles(letterPage(slug)!.html);
      expect(own, slug).toHaveLength(1);
      files.add(own[0]!);
    }
    expect(files.size).toBe(1);
    const [file] = files;
    expect(file).toMatch(/^brief\.astro/);
    const code = closure(file!);
    // No framework and no schema library: the letter, the deadline and the dates only.
    for (const name of code.keys()) expect(name).not.toMatch(/react|client|zod|index\./i);
    const gzipped = [...code.values()].reduce((sum, text) => sum + gzipSync(text).length, 0);
    // Measured 5.8 kB gzip: the page script 1.4, the letter's words 2.6, the deadline 1.4, dates 0.4.
    expect(gzipped).toBeGreaterThan(3000);
    expect(gzipped).toBeLessThan(7000);
  });

  it('is the only page with the letter script, besides none', () => {
    const users = pages.filter((page) =>
      scriptFiles(page.html).some((name) => name.startsWith('brief.astro')),
    );
    expect(users.map((page) => page.path).sort()).toEqual(
      slugs.map((slug) => `/${slug}/klacht/brief/`).sort(),
    );
  });

  it('has a back-office page for a complaint’s draft letter', () => {
    const page = byPath.get('/backoffice/conceptbrief/');
    expect(page).toBeDefined();
    expect(page!.html).toContain('Conceptbrief – Backoffice');
    // The SWVs' addresses are handed to the page when it is built.
    expect(page!.html).toContain('Hertog Aalbrechtweg 5');
  });
});
