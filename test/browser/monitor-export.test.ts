/**
 * The monitor's downloads in real Chromium against the local portal: Joost (SWV reader)
 * downloads a month of his SWV's demo figures as CSV and as Excel with the keyboard alone,
 * and both files say "minder dan 5" where the page does, never a number below 5. The
 * state after a download is checked with axe.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastComplete } from '../../functions/monitor/periods.ts';
import {
  expectNoAxeViolations,
  knownDemoUser,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';
import { readSheet } from '../support/xlsx-reader.ts';

const joost = knownDemoUser('joost-swv-lezer');
const site = new PortalSite();
beforeAll(() => site.start());
afterAll(() => site.stop());

/** A count cell as a file may hold it: 0, 5 or more, or a sign; never 1 to 4. */
const allowedCount = (cell: string | number) =>
  typeof cell === 'string' && /\D/.test(cell)
    ? ['minder dan 5', 'verborgen'].includes(cell)
    : Number(cell) === 0 || Number(cell) >= 5;

describe('the monitor’s downloads', () => {
  it('gives Joost a month as CSV and as Excel, hidden cells in words', async () => {
    const page = await site.newPage();
    await site.signInAs(page, joost.name, /\/backoffice\/monitor\/$/);
    const month = lastComplete('maand', new Date());
    await page.goto(`${site.url}/backoffice/monitor/?periode=${month.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Cijfers downloaden' }));

    const csvDownload = page.waitForEvent('download');
    await tabTo(page, page.getByRole('button', { name: 'Download als CSV' }));
    await page.keyboard.press('Enter');
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe(`signaleringsmonitor-po-haarlemmermeer-${month.id}.csv`);
    const file = await readFile((await csv.path())!);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(file, { bom: true, delimiter: ';', relaxColumnCount: true }) as string[][];
    expect(rows[0]).toEqual(['Periode', 'Onderdeel', 'Waarde', 'Aantal']);
    const counts = rows
      .slice(1)
      .filter((row) => row.length === 4)
      .map((row) => row[3]!);
    expect(counts).toContain('minder dan 5');
    for (const count of counts) expect(allowedCount(count), count).toBe(true);
    await visible(page.getByRole('status').filter({ hasText: 'De cijfers zijn gedownload als' }));
    await expectNoAxeViolations(page, 'monitor, after a download', { lang: 'nl' });

    const xlsxDownload = page.waitForEvent('download');
    await tabTo(page, page.getByRole('button', { name: 'Download als Excel' }));
    await page.keyboard.press('Enter');
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe(`signaleringsmonitor-po-haarlemmermeer-${month.id}.xlsx`);
    const sheet = readSheet(new Uint8Array(await readFile((await xlsx.path())!)));
    const cells = sheet.rows
      .slice(1)
      .filter((row) => row.length === 4)
      .map((row) => row[3]!.value);
    // Not the CSV's count of rows: the portal's jobs may rebuild a summary between the two.
    expect(cells).toContain('minder dan 5');
    for (const cell of cells) expect(allowedCount(cell), String(cell)).toBe(true);
  });
});
