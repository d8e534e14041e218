/**
 * Accessibility of the public site: every page in the built sitemap, served by the local
 * portal, must have the lang and dir of its language (Dutch, or the translation's under
 * /<lang>/, issue #14) and no axe violations against WCAG 2.0/2.1/2.2 A and AA.
 * The question form is also checked in its error state (empty form submitted), and so are
 * the agenda with a meeting and the meeting's sign-up form.
 * Needs a built site: `npm run build:site`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeScan, PortalSite } from '../support/portal-site.ts';
import { isLocale, locales } from '../../functions/core/locales.ts';

const dist = new URL('../../site/dist/', import.meta.url);
const slugs = [
  'vo-midden-kennemerland',
  'vo-noord-kennemerland',
  'po-haarlemmermeer',
  'ppo-noord-kennemerland',
  'po-twente-noord',
];
/** Every page the site builds; the sitemap must list at least these. */
const expectedPaths = [
  '/',
  ...slugs.flatMap((slug) => [`/${slug}/`, `/${slug}/vraag/`, `/${slug}/privacy/`]),
];

const locs = (xml: string) =>
  [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

/** The paths of all pages in the built sitemap (sitemap-index.xml and the files it lists). */
function sitemapPaths(): string[] {
  const indexFile = new URL('sitemap-index.xml', dist);
  if (!existsSync(indexFile)) {
    throw new Error('site/dist/sitemap-index.xml is missing: run `npm run build:site` first');
  }
  const sitemapFiles = locs(readFileSync(indexFile, 'utf8'));
  return sitemapFiles.flatMap((file) => locs(readFileSync(new URL(`.${file}`, dist), 'utf8')));
}

type AxeResults = Awaited<ReturnType<typeof axeScan>>;

function describeViolations(results: AxeResults): string {
  return results.violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'onbekend'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
    )
    .join('\n');
}

async function expectNoViolations(page: Page, where: string) {
  const results = await axeScan(page);
  // A scan that checked nothing (an empty or broken page) must not pass silently.
  expect(results.passes.length, `axe found nothing to check on ${where}`).toBeGreaterThan(0);
  const found = describeViolations(results);
  expect(found, `axe violations on ${where}:\n${found}`).toBe('');
  expect(results.violations).toHaveLength(0);
}

const paths = sitemapPaths();

/** The language a path is in: its first segment when that names one, else Dutch. */
function languageOf(path: string) {
  const first = path.split('/')[1] ?? '';
  const lang = isLocale(first) ? first : 'nl';
  return { lang, dir: locales[lang].dir };
}

/** A meeting of the SWV, planned through the back-office API by the steunpunt's coördinator. */
async function planMeeting(site: PortalSite, slug: string): Promise<string> {
  const coordinator = site.userWithRole('coordinator', { steunpunt: 'amstel-en-meer' });
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + 30 * 86_400_000),
  );
  const created = await site.api<{ meetings: { id: string }[] }>(
    coordinator.id,
    '/api/backoffice/bijeenkomsten',
    {
      method: 'POST',
      body: {
        title: 'Oudercafé over de overstap',
        description: 'We praten over de overstap naar de middelbare school.',
        date,
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'plaats',
        location: 'Bibliotheek Hoofddorp',
        capacity: 10,
        audience: 'ouders',
        tenant: slug,
      },
    },
  );
  expect(created.status).toBe(201);
  return created.body.meetings[0]!.id;
}

describe('public site accessibility', () => {
  const site = new PortalSite();
  let context: BrowserContext;

  beforeAll(async () => {
    await site.start();
    context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await context?.close();
    await site.stop();
  });

  async function open(path: string, status = 200): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(new URL(path, site.url).href);
    expect(response?.status(), `status of ${path}`).toBe(status);
    // The question form is an island: check it once React has taken over.
    if (path.endsWith('/vraag/')) await page.waitForSelector('form[data-ready="true"]');
    // The meeting forms are islands too; the meeting lists are filled in by a script.
    if (/\/oudercafe\/(aanmelden|afmelden)\//.test(path)) {
      await page.waitForSelector('[data-ready="true"]');
    }
    if (await page.locator('[data-meeting-list]').count()) {
      await page.waitForSelector('[data-meeting-list][data-state]');
    }
    return page;
  }

  it('the sitemap lists every page the site builds', () => {
    expect(paths.length).toBeGreaterThanOrEqual(expectedPaths.length);
    expect(paths).toEqual(expect.arrayContaining(expectedPaths));
  });

  // A few pages at once keep both cores busy while axe runs in the browser.
  it.concurrent.each(paths)('%s has its language and no axe violations', async (path) => {
    const page = await open(path);
    try {
      expect(
        await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
        })),
      ).toEqual(languageOf(path));
      await expectNoViolations(page, path);
    } finally {
      await page.close();
    }
  });

  it('the not-found page is Dutch and has no axe violations', async () => {
    const path = '/deze-pagina-bestaat-niet/';
    const page = await open(path, 404);
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
      await expectNoViolations(page, path);
    } finally {
      await page.close();
    }
  });

  it('a meeting on the agenda and its sign-up form with errors have no axe violations', async () => {
    const slug = 'po-haarlemmermeer';
    const meetingId = await planMeeting(site, slug);
    const agenda = await open(`/${slug}/oudercafe/`);
    try {
      await agenda.locator('.meeting-card').first().waitFor();
      await expectNoViolations(agenda, `/${slug}/oudercafe/ (with a meeting)`);
    } finally {
      await agenda.close();
    }
    const path = `/${slug}/oudercafe/aanmelden/?id=${meetingId}`;
    const page = await open(path);
    try {
      await page.getByRole('button', { name: 'Meld je aan' }).click();
      const summary = page.locator('#foutoverzicht');
      await summary.waitFor();
      expect(await summary.getByRole('link').count()).toBeGreaterThan(0);
      expect(await page.title()).toMatch(/^Fout: /);
      await expectNoViolations(page, `${path} (error state)`);
    } finally {
      await page.close();
    }
  });

  it.each(slugs)(
    '/%s/vraag/ shows a focused error summary without axe violations',
    async (slug) => {
      const path = `/${slug}/vraag/`;
      const page = await open(path);
      try {
        await page.getByRole('button', { name: 'Verstuur je vraag' }).click();
        const summary = page.locator('#foutoverzicht');
        await summary.waitFor();
        expect(await summary.getByRole('heading').textContent()).toBe('Er is een probleem');
        expect(await summary.getByRole('link').count()).toBeGreaterThan(0);
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id))
          .toBe('foutoverzicht');
        expect(await page.title()).toMatch(/^Fout: /);
        await expectNoViolations(page, `${path} (error state)`);
      } finally {
        await page.close();
      }
    },
  );
});
