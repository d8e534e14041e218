/**
 * The XLSX export read back (test/support/xlsx-reader.ts, unzipped with fflate): the
 * same cells as the export table, a shown count a number cell, a hidden one its sign,
 * and a text that starts with = a string, never a formula.
 */
import { describe, expect, it } from 'vitest';
import { protectedFigures } from '../../test/support/monitor-fixtures.ts';
import { readSheet } from '../../test/support/xlsx-reader.ts';
import { exportTable, sheetRows } from './export-table.ts';
import { parsePeriod } from './periods.ts';
import { monitorXlsx } from './xlsx.ts';

const figures = {
  ...protectedFigures('po-haarlemmermeer', parsePeriod('2026-K2')!, 2),
  signals: [
    {
      category: 'thuiszitten',
      cases: { shown: true as const, value: 9 },
      texts: [{ text: '=1+1', month: '2026-05', cases: { shown: true as const, value: 9 } }],
    },
  ],
};

describe('monitorXlsx', () => {
  it('is a workbook whose one sheet holds exactly the export table', async () => {
    const table = exportTable(figures);
    const { names, rows } = readSheet(await monitorXlsx(table));
    expect(names).toContain('xl/workbook.xml');
    expect(rows.map((row) => row.map((cell) => cell.value))).toEqual(sheetRows(table));
  });

  it('writes shown counts as numbers and hidden ones as their sign, never a formula', async () => {
    const { rows } = readSheet(await monitorXlsx(exportTable(figures)));
    const cells = rows.flat();
    expect(cells.some((cell) => cell.formula)).toBe(false);
    const row = (part: string, value: string) =>
      rows.find(
        (r) => r[0]?.value === '2e kwartaal 2026' && r[1]?.value === part && r[2]?.value === value,
      );
    expect(row('Contacten', 'Alle contacten')?.[3]?.value).toBe(52);
    expect(row('Oudercafé', 'Aanwezig')?.[3]?.value).toBe('minder dan 5');
    expect(row('Kanaal', 'Inloopspreekuur')?.[3]?.value).toBe('verborgen');
    expect(row('Signaaltekst: Thuiszitten of geen passende plek', '=1+1')?.[3]?.value).toBe(9);
  });
});
