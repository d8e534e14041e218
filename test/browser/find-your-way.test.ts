/**
 * Finding your way on the information site, in real Chromium: from gemeente to SWV
 * (also by the name of a gemeente that merged), searching one SWV or all, and printing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, phone, PortalSite } from '../support/portal-site.ts';

const site = new PortalSite();

beforeAll(() => site.start());
afterAll(() => site.stop());

describe('Welk samenwerkingsverband hoort bij mij?', () => {
  it.each([
    ['Beverwijk', 'Middelbare school', '/vo-midden-kennemerland/'],
    ['Haarlemmermeer', 'Basisschool', '/po-haarlemmermeer/'],
    ['Dijk en Waard', 'Basisschool', '/ppo-noord-kennemerland/'],
    ['Langedijk (nu Dijk en Waard)', 'Middelbare school', '/vo-noord-kennemerland/'],
    ['Almelo', 'Basisschool', '/po-twente-noord/'],
  ])('leads from %s and %s to %s', async (gemeente, school, expected) => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/`);
    await page.getByLabel('In welke gemeente woon je?').selectOption({ label: gemeente });
    await page.getByRole('radio', { name: new RegExp(`^${school}`) }).check();
    await page.getByRole('button', { name: 'Zoek mijn samenwerkingsverband' }).click();
    await page.waitForURL(`**${expected}`);
    expect(new URL(page.url()).pathname).toBe(expected);
  });

  it('says so when the portal has no SWV for that gemeente and school type', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/`);
    await page.getByLabel('In welke gemeente woon je?').selectOption({ label: 'Haarlemmermeer' });
    await page.getByRole('radio', { name: /^Middelbare school/ }).check();
    await page.getByRole('button', { name: 'Zoek mijn samenwerkingsverband' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('nog niet op deze website');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('zoeken', () => {
  it('finds pages of one SWV, and of all when asked', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/po-haarlemmermeer/zoeken/`);
    await page.getByLabel('Waar zoek je naar?').fill('toelaatbaarheidsverklaring');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const status = page.locator('#zoekstatus');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/resultat/);
    const hrefs = await page
      .locator('#zoekresultaten a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/po-haarlemmermeer/'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(/Zoek ook bij andere/).check();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect
      .poll(async () => {
        const all = await page
          .locator('#zoekresultaten a')
          .evaluateAll((links) =>
            links.map((link) => (link as HTMLAnchorElement).pathname.split('/')[1]),
          );
        return new Set(all).size;
      })
      .toBeGreaterThan(1);
  });

  it('keeps the search in the address, so a shared link shows the same results', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/zoeken/?q=thuiszitten`);
    await expect
      .poll(() => page.locator('#zoekresultaten a').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await page.getByLabel('Waar zoek je naar?').inputValue()).toBe('thuiszitten');
  });
});

describe('printen', () => {
  it('prints a content page without the site chrome, with the steunpunt’s contact', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/po-haarlemmermeer/tlv/`);
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display !== 'none');
    expect(await visible('h1')).toBe(true);
    expect(await visible('.source-note')).toBe(true);
    // The footer prints only how to reach the steunpunt, not its links.
    expect(await visible('.site-footer nav')).toBe(false);
    expect(await visible('.steunpunt-contact')).toBe(true);
    expect(await visible('.site-header__link')).toBe(false);
    expect(await visible('.utrecht-breadcrumb-nav')).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});
