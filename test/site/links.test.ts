/**
 * The built site has no broken internal links (pages and #anchors), and every page of an
 * SWV can be reached from that SWV's home page by following links.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, idsOf, linksOf } from '../support/built-site.ts';

const origin = 'https://portaal.test';
const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const slugs = pages
  .map((page) => /^\/([a-z0-9-]+)\/$/.exec(page.path)?.[1])
  .filter((slug): slug is string => Boolean(slug) && slug !== 'zoeken' && slug !== 'backoffice');

/**
 * Pages that only make sense with a parameter in their link: signing up for one meeting
 * (linked from the live agenda) and cancelling (linked from the mail); the letter page opens
 * with the answers the complaint intake left in the tab, linked after sending.
 */
const opensWithParameter = (path: string) =>
  /\/oudercafe\/(aanmelden|afmelden)\/$/.test(path) || /\/klacht\/brief\/$/.test(path);

/**
 * The later pages of "Hulp bij een klacht of geschil": the form opens each one after a
 * valid answer on the page before, not by a link (its start page and first page are linked).
 */
const opensFromForm = (path: string) => /\/klacht\/(?!wie\/)[a-z-]+\/$/.test(path);

/** Internal links of a page as absolute paths with their fragment. */
function internalLinks(path: string, html: string): URL[] {
  return linksOf(html)
    .filter((href) => !/^(mailto|tel|https?):/.test(href))
    .map((href) => new URL(href, origin + path))
    .filter((url) => url.origin === origin);
}

describe('internal links', () => {
  it('builds the pages a visitor needs', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeGreaterThan(slugs.length * 10);
  });

  it('lead to pages and anchors that exist', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const url of internalLinks(page.path, page.html)) {
        checked++;
        const target = byPath.get(url.pathname);
        if (!target) {
          broken.push(`${page.path} → ${url.pathname}${url.hash}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !idsOf(target.html).has(id))
          broken.push(`${page.path} → ${url.pathname}${url.hash} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 5);
  });

  it.each(slugs)('reach every page of %s from its home page', (slug) => {
    const prefix = `/${slug}/`;
    const seen = new Set<string>([prefix]);
    const queue = [prefix];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const page = byPath.get(path);
      if (!page) continue;
      for (const url of internalLinks(path, page.html)) {
        if (url.pathname.startsWith(prefix) && !seen.has(url.pathname)) {
          seen.add(url.pathname);
          queue.push(url.pathname);
        }
      }
    }
    const unreachable = pages
      .map((p) => p.path)
      .filter(
        (p) => p.startsWith(prefix) && !seen.has(p) && !opensWithParameter(p) && !opensFromForm(p),
      );
    expect(unreachable).toEqual([]);
  });
});
