/**
 * Every table of the built site read on the narrowest phone we support (320 px), in real
 * Chromium: no word inside a table is split over two lines ("Binne n", "termi jn"), and
 * the page does not scroll sideways. The public pages are found in the build, so a table
 * added to any page later is checked too; the back office's tables (DataTable) are drawn
 * after sign-in, so its inbox is checked with a question in it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { axeViolations, PortalSite } from '../support/portal-site.ts';

const narrowPhone = { width: 320, height: 640 };

const pagesWithTables = builtPages()
  .filter((page) => !page.path.startsWith('/backoffice/') && /<table\b/.test(page.html))
  .map((page) => page.path);

const site = new PortalSite();
const steunpunt = 'amstel-en-meer';

beforeAll(() => site.start());
afterAll(() => site.stop());

interface TableReading {
  tables: number;
  words: number;
  /** Words drawn on more than one line, with the line pieces' count. */
  broken: string[];
  pageWidth: number;
  viewportWidth: number;
}

/**
 * Measures every word (a run of letters or digits: a break after a hyphen or slash is a
 * normal line break) in every table with a Range: a word on one line has one client rect.
 */
function readTables(page: Page): Promise<TableReading> {
  return page.evaluate(() => {
    const broken: string[] = [];
    let words = 0;
    const tables = [...document.querySelectorAll('main table')];
    for (const table of tables) {
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
          words++;
          if (lines.length > 1) broken.push(`${match[0]} (${lines.length} lines)`);
        }
      }
    }
    return {
      tables: tables.length,
      words,
      broken,
      pageWidth: document.documentElement.scrollWidth,
      viewportWidth: document.documentElement.clientWidth,
    };
  });
}

describe('tables on a 320 px phone', () => {
  it('are found in the build (the klachten page has one)', () => {
    expect(pagesWithTables).toContain('/po-haarlemmermeer/klachten-en-geschillen/');
  });

  it.each(pagesWithTables)('%s keeps every word of its tables whole', async (path) => {
    const page = await site.newPage({ viewport: narrowPhone });
    await page.goto(`${site.url}${path}`);
    const reading = await readTables(page);
    expect(reading.tables).toBeGreaterThan(0);
    expect(reading.words).toBeGreaterThan(0);
    expect(reading.broken).toEqual([]);
    expect(reading.pageWidth).toBeLessThanOrEqual(reading.viewportWidth);
    // Stacked, the table must still be a table with its headings for a screen reader.
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a stacked table for a screen reader', () => {
  it("is still a table with column headers and cells in Chromium's accessibility tree", async () => {
    const page = await site.newPage({ viewport: narrowPhone });
    await page.goto(`${site.url}/po-haarlemmermeer/klachten-en-geschillen/`);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    const named = (role: string) =>
      nodes.filter((node) => node.role?.value === role).map((node) => node.name?.value ?? '');
    expect(named('table')).toHaveLength(1);
    expect(named('columnheader')).toEqual(['Wat', 'Waar', 'Binnen welke termijn']);
    // The label shown above each cell has empty alternative text: not read as the cell's name.
    const cells = named('cell');
    expect(cells.length).toBeGreaterThanOrEqual(15);
    expect(cells).toContain('Binnen 1 jaar');
    expect(cells.filter((name) => /^(Wat|Waar|Binnen welke termijn)\b/.test(name))).toEqual([]);
    await page.context().close();
  });
});

describe('the back office on a 320 px phone', () => {
  it('keeps every word of the inbox table whole (the table scrolls in its region)', async () => {
    const reference = await site.askQuestion('po-haarlemmermeer', {
      name: 'Ouder Smalscherm',
      email: 'smalscherm@example.nl',
      question: 'Mijn zoon zit sinds de herfstvakantie thuis. Wat kan ik doen?',
    });
    const page = await site.newPage({ viewport: narrowPhone });
    await site.signInAs(page, site.userWithRole('medewerker', { steunpunt }));
    await page.goto(`${site.url}/backoffice/vragen/`);
    await expect
      .poll(() => page.locator('main table').getByText(reference).count())
      .toBeGreaterThan(0);
    const reading = await readTables(page);
    expect(reading.words).toBeGreaterThan(0);
    expect(reading.broken).toEqual([]);
    expect(reading.pageWidth).toBeLessThanOrEqual(reading.viewportWidth);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
