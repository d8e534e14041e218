/**
 * The export table (export-table.ts) and the CSV it becomes (csv.ts): every count the
 * figures carry, named in words, and a hidden count only ever as its sign. The property
 * test hands in random protected figures whose hidden cells still carry a number (as a
 * mistaken store could) and finds that number in no export.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seeded } from '../../test/support/disclosure.ts';
import { protectedFigures } from '../../test/support/monitor-fixtures.ts';
import { sheetXml } from '../../test/support/xlsx-reader.ts';
import { monitorCsv } from './csv.ts';
import { exportColumns, exportFileName, exportTable, sheetRows } from './export-table.ts';
import {
  dimensionNames,
  type ProtectedCounts,
  type ProtectedFigures,
  type Shown,
} from './monitor-types.ts';
import { parsePeriod, periodBefore, trendUpTo, yearEarlier, type Period } from './periods.ts';
import { monitorXlsx } from './xlsx.ts';

const half = parsePeriod('2026-H1')!;

describe('exportTable', () => {
  const figures: ProtectedFigures = {
    ...protectedFigures('po-haarlemmermeer', half, 4),
    signals: [
      {
        category: 'thuiszitten',
        texts: [
          {
            text: '=HYPERLINK("x") wachtlijst',
            month: '2026-03',
            cases: { shown: true, value: 6 },
          },
          { text: 'Lange wachttijd', month: '2026-04', cases: { shown: false, reason: 'klein' } },
        ],
      },
    ],
  };
  const table = exportTable(figures);

  it('writes the chosen period first, then the one before, a year earlier and the trend', () => {
    const periods = [...new Set(table.rows.map((row) => row[0]))];
    expect(periods).toEqual([
      '1e halfjaar 2026',
      '2e halfjaar 2025',
      '1e halfjaar 2025',
      // The trend of four ends with the three above; only the oldest is new.
      '2e halfjaar 2024',
    ]);
  });

  it('names each count in words and keeps a shown count a number', () => {
    expect(table.rows).toContainEqual(['1e halfjaar 2026', 'Contacten', 'Alle contacten', 52]);
    expect(table.rows).toContainEqual([
      '1e halfjaar 2026',
      'Wie nam contact op',
      'Ouder of verzorger',
      38,
    ]);
    expect(table.rows).toContainEqual(['1e halfjaar 2026', 'Oudercafé', 'Aanmeldingen', 23]);
    expect(table.rows).toContainEqual([
      '1e halfjaar 2026',
      'Eerste antwoord',
      'Op tijd (procent)',
      78,
    ]);
  });

  it('writes a hidden count as its sign and adds each footnote once', () => {
    expect(table.rows).toContainEqual([
      '1e halfjaar 2026',
      'Oudercafé',
      'Aanwezig',
      'minder dan 5',
    ]);
    expect(table.rows).toContainEqual([
      '1e halfjaar 2026',
      'Kanaal',
      'Inloopspreekuur',
      'verborgen',
    ]);
    expect(table.notes).toEqual([
      { sign: 'minder dan 5', text: 'Minder dan 5: zo klein dat iemand herkenbaar kan zijn.' },
      { sign: 'verborgen', text: 'Verborgen, omdat je anders een klein getal kunt uitrekenen.' },
    ]);
    const sheet = sheetRows(table);
    expect(sheet[0]).toEqual([...exportColumns]);
    expect(sheet.slice(-4)).toEqual([
      [],
      ['Toelichting'],
      ['minder dan 5', 'Minder dan 5: zo klein dat iemand herkenbaar kan zijn.'],
      ['verborgen', 'Verborgen, omdat je anders een klein getal kunt uitrekenen.'],
    ]);
  });

  it('adds the approved signal texts of the chosen period, neutralised in the CSV', () => {
    expect(table.rows).toContainEqual([
      '1e halfjaar 2026',
      'Signaaltekst: Thuiszitten of geen passende plek',
      'Lange wachttijd',
      'minder dan 5',
    ]);
    const rows = parse(monitorCsv(table).slice(1), { delimiter: ';', relaxColumnCount: true });
    expect(rows).toContainEqual([
      '1e halfjaar 2026',
      'Signaaltekst: Thuiszitten of geen passende plek',
      `'=HYPERLINK("x") wachtlijst`,
      '6',
    ]);
  });

  it('names the file after the SWV and the period', () => {
    expect(exportFileName(figures)).toBe('signaleringsmonitor-po-haarlemmermeer-2026-H1');
  });

  it('writes only the footnotes a period needs, none when nothing is hidden', () => {
    const nothingHidden = exportTable({
      ...figures,
      signals: [],
      current: allShown(figures.current),
      previous: allShown(figures.previous),
      yearEarlier: allShown(figures.yearEarlier),
      trend: figures.trend.map(allShown),
    });
    expect(nothingHidden.notes).toEqual([]);
    expect(sheetRows(nothingHidden).at(-1)?.[0]).toBe('2e halfjaar 2024');
  });
});

function allShown(counts: ProtectedCounts): ProtectedCounts {
  const show = (cell: Shown): Shown => (cell.shown ? cell : { shown: true, value: 0 });
  return {
    ...counts,
    total: show(counts.total),
    byDimension: Object.fromEntries(
      dimensionNames.map((d) => [
        d,
        Object.fromEntries(Object.entries(counts.byDimension[d]).map(([k, v]) => [k, show(v)])),
      ]),
    ) as ProtectedCounts['byDimension'],
    meetings: {
      meetings: show(counts.meetings.meetings),
      signUps: show(counts.meetings.signUps),
      attended: show(counts.meetings.attended),
    },
  };
}

/**
 * Random protected figures: each cell shown (0 to 60) or hidden, and a hidden cell still
 * carries a number of its own, from 900000 up, that may appear nowhere.
 */
function randomFigures(random: () => number) {
  const hiddenValues: number[] = [];
  const shownValues: number[] = [];
  let hiddenCount = 0;
  const cell = (): Shown => {
    if (random() < 0.6) {
      const value = Math.floor(random() * 61);
      shownValues.push(value);
      return { shown: true, value };
    }
    hiddenCount += 1;
    const value = 900000 + Math.floor(random() * 99999);
    hiddenValues.push(value);
    const reason = random() < 0.5 ? 'klein' : 'afgeleid';
    return { shown: false, reason, value } as unknown as Shown;
  };
  const counts = (period: Period): ProtectedCounts => {
    const percent = random() < 0.5 ? Math.floor(random() * 101) : undefined;
    if (percent !== undefined) shownValues.push(percent);
    return {
      period,
      total: cell(),
      byDimension: Object.fromEntries(
        dimensionNames.map((d) => [
          d,
          Object.fromEntries(
            Array.from({ length: Math.floor(random() * 5) }, (_, i) => [`v${i}`, cell()]),
          ),
        ]),
      ) as ProtectedCounts['byDimension'],
      ...(percent !== undefined ? { withinTargetPercent: percent } : {}),
      meetings: { meetings: cell(), signUps: cell(), attended: cell() },
    };
  };
  const period = parsePeriod(random() < 0.5 ? '2026-K2' : '2026-05')!;
  // The trend's periods are distinct from the three compared ones, so every cell is written.
  const figures: ProtectedFigures = {
    tenant: 'po-haarlemmermeer',
    threshold: 5 + Math.floor(random() * 6),
    current: counts(period),
    previous: counts(periodBefore(period)),
    yearEarlier: counts(yearEarlier(period)),
    trend: trendUpTo(periodBefore(period, 2), 1 + Math.floor(random() * 2)).map(counts),
    changes: [],
    signals: [
      {
        category: 'wachttijden',
        texts: Array.from({ length: Math.floor(random() * 3) }, (_, i) => ({
          text: `Tekst ${i}`,
          month: period.months[0]!,
          cases: cell(),
        })),
      },
    ],
  };
  return { figures, hiddenValues, shownValues, hiddenCount };
}

describe('a hidden count never exports its number (random protected figures)', () => {
  const random = seeded(20261205);
  const runs = Array.from({ length: 300 }, () => randomFigures(random));

  it('the table has a sign for each hidden cell and a number for each shown one', () => {
    for (const [i, { figures, hiddenValues, shownValues, hiddenCount }] of runs.entries()) {
      const table = exportTable(figures);
      const counts = table.rows.map((row) => row[3]);
      const signs = [`minder dan ${figures.threshold}`, 'verborgen'];
      expect(counts.filter((c) => typeof c === 'string').length, `run ${i}`).toBe(hiddenCount);
      for (const c of counts) if (typeof c === 'string') expect(signs, `run ${i}`).toContain(c);
      expect(
        counts.filter((c) => typeof c === 'number').toSorted((a, b) => Number(a) - Number(b)),
        `run ${i}`,
      ).toEqual(shownValues.toSorted((a, b) => a - b));
      for (const value of hiddenValues) expect(counts, `run ${i}`).not.toContain(value);
    }
  });

  it('neither the CSV nor the XLSX holds a hidden number anywhere', async () => {
    for (const [i, { figures, hiddenValues }] of runs.slice(0, 60).entries()) {
      const table = exportTable(figures);
      const csv = monitorCsv(table);
      const xlsx = sheetXml(await monitorXlsx(table));
      for (const value of hiddenValues) {
        expect(csv, `run ${i}`).not.toContain(String(value));
        expect(xlsx, `run ${i}`).not.toContain(String(value));
      }
    }
  });
});
