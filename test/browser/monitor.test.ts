/**
 * The Signaleringsmonitor in real Chromium against the local portal: Joost (SWV reader)
 * signs in, sees his SWV's figures for the last whole half year, chooses another period
 * with the keyboard alone, and reads hidden cells as "minder dan 5"; a coördinator switches
 * between the SWVs of the steunpunt. Every state (loading, figures, no data, errors, a
 * phone) is checked with axe.
 *
 * The figures are the demo's: 18 months of made-up anonymous facts per demo SWV
 * (scripts/local/demo-monitor.ts), counted in month summaries and protected by the portal's
 * own reader (functions/monitor/monitor-read.ts). A half year shows mostly numbers; a month
 * shows its totals and points to the half year for the breakdowns.
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  lastComplete,
  parsePeriod,
  periodBefore,
  periodOf,
} from '../../functions/monitor/periods.ts';
import { createDocumentClient } from '../../functions/lib/dynamo-client.ts';
import { configFromEnv } from '../../functions/lib/config.ts';
import { listTenantsOfSteunpunt, putTenant } from '../../functions/tenants/tenant-store.ts';
import {
  expectNoAxeViolations,
  knownDemoUser,
  phone,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';

const joost = knownDemoUser('joost-swv-lezer');
const ruud = knownDemoUser('ruud-coordinator');
const ingrid = knownDemoUser('ingrid-beheerder');
const swvName = 'Samenwerkingsverband Passend Onderwijs Haarlemmermeer';
/** A second SWV of Ruud's steunpunt, for this test only (the demo gives it one). */
const second = { slug: 'po-proefpolder', name: 'Samenwerkingsverband Proefpolder' };
/** A period before the demo's facts begin: nothing came in. */
const emptyPeriod = '2024-01';

const site = new PortalSite();
beforeAll(async () => {
  await site.start();
  const config = configFromEnv();
  const db = createDocumentClient(config);
  const [own] = await listTenantsOfSteunpunt(db, config.tableName, 'amstel-en-meer');
  if (!own) throw new Error('the demo SWV is missing');
  await putTenant(db, config.tableName, { ...own, ...second, shortName: 'Proefpolder' });
});
afterAll(() => site.stop());

/** Holds the page's monitor requests until `hold` settles, to see the loading state. */
async function holdFigures(page: Page, hold: Promise<void>): Promise<void> {
  await page.route(/\/api\/backoffice\/monitor\//, async (route: Route) => {
    await hold;
    await route.continue();
  });
}

const heading = (page: Page, name: string | RegExp, level = 1) =>
  page.getByRole('heading', { level, name });

describe('the monitor for the SWV’s reader', () => {
  it('shows Joost his SWV’s last whole half year, loading first, with hidden cells in words', async () => {
    const page = await site.newPage();
    let release = () => {};
    await holdFigures(page, new Promise<void>((resolve) => (release = resolve)));
    await site.signInAs(page, joost.name, /\/backoffice\/monitor\/$/);
    await visible(heading(page, `Monitor ${swvName}`));
    await visible(page.getByRole('status').filter({ hasText: 'Bezig met laden' }));
    await expectNoAxeViolations(page, 'monitor, loading', { lang: 'nl' });
    release();

    const last = lastComplete('halfjaar', new Date());
    await visible(heading(page, `Kerncijfers ${last.label}`, 2));
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Monitor', 'Rapportages']);
    expect(await nav.getByRole('link', { name: 'Monitor' }).getAttribute('aria-current')).toBe(
      'page',
    );
    // Each breakdown: a chart as an image with its key sentence, and a table beside it.
    await visible(heading(page, 'Onderwerp', 2));
    const topicChart = page.getByRole('img', { name: `Onderwerp, ${last.label}` });
    expect(await topicChart.locator('desc').textContent()).toContain('het meest');
    const topicTable = page.getByRole('table', {
      name: 'Onderwerp: aantal contacten',
      exact: true,
    });
    await visible(topicTable);
    // No count below 5 is shown as a number anywhere.
    const cells = await page.locator('main td').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells.filter((text) => /^\d+$/.test(text) && text !== '0')) {
      expect(Number(cell)).toBeGreaterThanOrEqual(5);
    }
    await visible(heading(page, 'Wat steeg of daalde het meest', 2));
    await visible(heading(page, 'Signalen in woorden', 2));
    await expectNoAxeViolations(page, 'monitor, figures', { lang: 'nl' });

    // A single month: its totals only, and where its breakdowns are (the half year).
    const month = lastComplete('maand', new Date());
    await page.goto(`${site.url}/backoffice/monitor/?periode=${month.id}`);
    await visible(heading(page, `Kerncijfers ${month.label}`, 2));
    const topicHeading = page.getByRole('heading', { level: 2, name: 'Onderwerp', exact: true });
    expect(await topicHeading.count()).toBe(0);
    await visible(heading(page, 'Onderwerpen, wie contact opnam en andere uitsplitsingen', 2));
    const monthCells = await page.locator('main td').allTextContents();
    expect(monthCells.length).toBeGreaterThan(0);
    for (const cell of monthCells.filter((text) => /^\d+$/.test(text) && text !== '0')) {
      expect(Number(cell)).toBeGreaterThanOrEqual(5);
    }
    await expectNoAxeViolations(page, 'monitor, a month', { lang: 'nl' });
    const half = periodOf('halfjaar', month.months[0]!);
    const toHalf = page.getByRole('link', { name: `Uitsplitsingen van ${half.label}` });
    if (half.id === last.id) {
      await tabTo(page, toHalf);
      await page.keyboard.press('Enter');
      await visible(topicHeading);
    } else {
      // The month's half year is still going on: no link, a sentence instead.
      expect(await toHalf.count()).toBe(0);
      await visible(page.getByText('De uitsplitsingen komen als het voorbij is.'));
    }
  });

  it('lets Joost choose a quarter and go back a period with the keyboard alone', async () => {
    const page = await site.newPage();
    await site.signInAs(page, joost.name, /\/backoffice\/monitor\/$/);
    await visible(heading(page, /^Kerncijfers/, 2));

    await tabTo(page, page.getByLabel('Soort periode'));
    await page.keyboard.press('k'); // Kwartaal
    await expect.poll(() => page.getByLabel('Soort periode').inputValue()).toBe('kwartaal');
    const quarter = await page.getByLabel('Periode', { exact: true }).inputValue();
    const chosen = parsePeriod(quarter)!;
    expect(chosen.kind).toBe('kwartaal');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Toon cijfers');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`periode=${quarter}`));
    await visible(heading(page, `Kerncijfers ${chosen.label}`, 2));

    const previousLabel = periodBefore(chosen).label;
    const previous = page.getByRole('link', { name: `Vorige periode: ${previousLabel}` });
    await tabTo(page, previous);
    await page.keyboard.press('Enter');
    await visible(heading(page, `Kerncijfers ${previousLabel}`, 2));
    await expectNoAxeViolations(page, 'monitor, a quarter', { lang: 'nl' });
  });

  it('reads well on a phone: each table scrolls in its own labelled region', async () => {
    const page = await site.newPage({ viewport: phone });
    await site.signInAs(page, joost.name, /\/backoffice\/monitor\/$/);
    await visible(heading(page, /^Kerncijfers/, 2));
    const region = page.getByRole('region', { name: /aantal contacten per periode/ }).first();
    await visible(region);
    const sizes = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    await expectNoAxeViolations(page, 'monitor on a phone', { lang: 'nl' });
  });

  it('says so when a period had no contacts, or when the period is not one', async () => {
    const page = await site.newPage();
    await site.signInAs(page, joost.name, /\/backoffice\/monitor\/$/);
    await page.goto(`${site.url}/backoffice/monitor/?periode=${emptyPeriod}`);
    await visible(page.getByText('had het steunpunt geen contacten'));
    await expectNoAxeViolations(page, 'monitor, no data', { lang: 'nl' });

    // The portal checks the period itself: a 400 with the message at the field.
    await page.goto(`${site.url}/backoffice/monitor/?periode=2026-H3`);
    await visible(page.getByRole('alert').filter({ hasText: 'Kies een periode zoals' }));
    await visible(page.getByRole('link', { name: 'Toon het laatste hele halfjaar' }));
    await expectNoAxeViolations(page, 'monitor, bad period', { lang: 'nl' });

    // A period still going on is not shown: its counts change by the day.
    const ongoing = periodOf('halfjaar', periodBefore(lastComplete('maand', new Date()), -1).id);
    await page.goto(`${site.url}/backoffice/monitor/?periode=${ongoing.id}`);
    await visible(page.getByRole('alert').filter({ hasText: 'Deze periode is nog niet voorbij' }));
  });
});

describe('the monitor for a coördinator', () => {
  it('lets Ruud switch between the SWVs of the steunpunt', async () => {
    const page = await site.newPage();
    await site.signInAs(page, ruud.name, /\/backoffice\/vragen\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await tabTo(page, nav.getByRole('link', { name: 'Monitor' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/backoffice\/monitor\/$/);
    await visible(heading(page, /^Kerncijfers/, 2));
    // The SWVs by name: Haarlemmermeer first.
    await visible(heading(page, `Monitor ${swvName}`));

    const chooser = page.getByLabel('Samenwerkingsverband', { exact: true });
    expect(await chooser.locator('option').allTextContents()).toEqual([swvName, second.name]);
    await tabTo(page, chooser);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => chooser.inputValue()).toBe(second.slug);
    await tabTo(page, page.getByRole('button', { name: 'Toon cijfers' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`swv=${second.slug}`));
    await visible(heading(page, `Monitor ${second.name}`));
    // The test's own SWV has no contacts yet: its monitor says so, no figures of another.
    await visible(page.getByText('had het steunpunt geen contacten'));
    await expectNoAxeViolations(page, 'monitor, coördinator', { lang: 'nl' });
  });
});

describe('the national monitor for the beheerder', () => {
  it('shows Ingrid every SWV together, naming none, by keyboard from the menu', async () => {
    const page = await site.newPage();
    await site.signInAs(page, ingrid.name, /\/backoffice\/beheer\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await tabTo(page, nav.getByRole('link', { name: 'Landelijke monitor' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/backoffice\/landelijke-monitor\/$/);
    await visible(heading(page, 'Landelijke monitor'));
    const last = lastComplete('halfjaar', new Date());
    await visible(heading(page, `Kerncijfers ${last.label}`, 2));
    await visible(page.getByText(/Samen: \d+ samenwerkingsverbanden van \d+ steunpunten/));
    await visible(page.getByRole('heading', { level: 2, name: 'Onderwerp', exact: true }));
    const cells = await page.locator('main td').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells.filter((text) => /^\d+$/.test(text) && text !== '0')) {
      expect(Number(cell)).toBeGreaterThanOrEqual(5);
    }
    expect(await page.getByRole('main').innerText()).not.toContain(swvName);
    expect(await heading(page, 'Signalen in woorden', 2).count()).toBe(0);
    await expectNoAxeViolations(page, 'national monitor', { lang: 'nl' });

    // A quarter: its totals, and the half year that breaks it down.
    await tabTo(page, page.getByLabel('Soort periode'));
    await page.keyboard.press('k'); // Kwartaal
    await expect.poll(() => page.getByLabel('Soort periode').inputValue()).toBe('kwartaal');
    const quarter = parsePeriod(await page.getByLabel('Periode', { exact: true }).inputValue())!;
    await tabTo(page, page.getByRole('button', { name: 'Toon cijfers' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`landelijke-monitor/\\?periode=${quarter.id}`));
    await visible(heading(page, `Kerncijfers ${quarter.label}`, 2));
    await visible(heading(page, 'Onderwerpen, wie contact opnam en andere uitsplitsingen', 2));
    await expectNoAxeViolations(page, 'national monitor, a quarter', { lang: 'nl' });
  });
});
