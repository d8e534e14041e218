/**
 * Searching across all SWVs on a phone, in real Chromium: each result says which SWV it
 * belongs to or that it is national, a national page (the same text for every SWV) is
 * shown once with a link to each SWV's copy, and a snippet starts at a sentence or after
 * "…", never in the middle of one ("gaten dat je thuiszit?").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, phone, PortalSite } from '../support/portal-site.ts';

const site = new PortalSite();

beforeAll(() => site.start());
afterAll(() => site.stop());

interface ShownResult {
  title: string;
  where: string;
  excerpt: string;
  links: string[];
}

async function searchFor(page: Page, path: string): Promise<ShownResult[]> {
  await page.goto(`${site.url}${path}`);
  await expect.poll(() => page.locator('#zoekstatus').textContent()).toMatch(/resultaten voor/);
  return page.locator('#zoekresultaten > li').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('a, .site-search__title')?.textContent ?? '',
      where: item.querySelector('.site-search__where')?.textContent ?? '',
      excerpt: item.querySelector('p:last-child')?.textContent ?? '',
      links: [...item.querySelectorAll('a')].map((link) => (link as HTMLAnchorElement).pathname),
    })),
  );
}

/** A snippet a reader can start: a sentence's first word, or "…" to say it began earlier. */
const startsAtASentence = (excerpt: string) => /^(…|[\p{Lu}\p{N}])/u.test(excerpt);

const swvNames = [
  'Passend Onderwijs Haarlemmermeer',
  'PPO Noord-Kennemerland',
  'SWV PO Twente Noord',
  'SWV VO Noord-Kennemerland',
  'SWV VO Midden-Kennemerland',
];

describe('zoeken bij alle samenwerkingsverbanden', () => {
  it('shows a national page once and names the SWV of every other result', async () => {
    const page = await site.newPage({ viewport: phone });
    const results = await searchFor(page, '/zoeken/?q=thuiszitten');
    expect(results.length).toBeGreaterThan(3);

    const national = results.filter((result) => result.where.startsWith('Landelijke informatie'));
    const own = results.filter((result) => !national.includes(result));
    expect(national.map((result) => result.title)).toContain('Als je niet naar school gaat');
    expect(new Set(national.map((result) => result.title)).size).toBe(national.length);
    // A page of one SWV may carry the title of a national page it adds to, but never twice
    // for the same SWV.
    const ownKeys = own.map((result) => `${result.title} | ${result.where}`);
    expect(new Set(ownKeys).size).toBe(ownKeys.length);
    for (const result of own) {
      expect(swvNames.map((name) => `Bij ${name}`)).toContain(result.where);
    }

    // The national page links to its copy at every SWV that shows it, and each copy is there.
    const notAtSchool = national.find((result) => result.title === 'Als je niet naar school gaat')!;
    expect(notAtSchool.links).toHaveLength(swvNames.length);
    for (const href of notAtSchool.links) {
      expect(href).toMatch(/^\/[a-z0-9-]+\/jongeren\/niet-naar-school\/$/);
      expect((await fetch(`${site.url}${href}`)).status, href).toBe(200);
    }

    const cutSnippets = results.map((r) => r.excerpt).filter((e) => !startsAtASentence(e));
    expect(cutSnippets).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('within one SWV, links a national page to that SWV and says it is national', async () => {
    const page = await site.newPage({ viewport: phone });
    const results = await searchFor(page, '/po-haarlemmermeer/zoeken/?q=thuiszitten');
    const national = results.filter((result) => result.where === 'Landelijke informatie');
    expect(national.length).toBeGreaterThan(0);
    expect(results.flatMap((result) => result.links)).toHaveLength(results.length);
    for (const result of results) {
      expect(result.links[0]).toMatch(/^\/po-haarlemmermeer\//);
      expect(startsAtASentence(result.excerpt), result.excerpt).toBe(true);
    }
    expect(new Set(results.map((result) => result.title)).size).toBe(results.length);
    await page.context().close();
  });
});
