import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  offeredPairs,
  percentage,
  protectBreakdown,
  protectCount,
  protectFigures,
  protectTable,
  type PairCounts,
} from './protect.ts';
import { dimensionNames, type PeriodCounts, type RawFigures } from './monitor-types.ts';
import { periodBefore, periodOf, trendUpTo, yearEarlier } from './periods.ts';

const klein = { shown: false, reason: 'klein' } as const;
const afgeleid = { shown: false, reason: 'afgeleid' } as const;
const show = (value: number) => ({ shown: true, value }) as const;

describe('one count', () => {
  it('shows 0 and 5 or more, hides 1 to 4 as small', () => {
    expect([0, 1, 4, 5, 12].map((n) => protectCount(n, 5))).toEqual([
      show(0),
      klein,
      klein,
      show(5),
      show(12),
    ]);
  });

  it('follows a higher threshold, and never goes below 5', () => {
    expect(protectCount(7, 10)).toEqual(klein);
    expect(protectCount(10, 10)).toEqual(show(10));
    expect(protectCount(4, 3)).toEqual(klein);
    expect(protectCount(4, 4.5)).toEqual(klein);
  });
});

describe('a breakdown with its total', () => {
  it('hides a second cell, the smallest non-zero one, when one is hidden', () => {
    expect(protectBreakdown({ a: 3, b: 12, c: 9, d: 0 }, 24, 5)).toEqual({
      a: klein,
      b: show(12),
      c: afgeleid,
      d: show(0),
    });
  });

  it('leaves it at the small ones when two or more are small', () => {
    expect(protectBreakdown({ a: 3, b: 2, c: 9 }, 14, 5)).toEqual({
      a: klein,
      b: klein,
      c: show(9),
    });
  });

  it('keeps hiding while the reasons pin a hidden cell (a 1 and a 5 in a total of 6 + shown)', () => {
    // Hidden 1 (at most 4) and 5 (at least 5) in 6: both would be known. A third goes too.
    expect(protectBreakdown({ a: 1, b: 5, c: 7, d: 20 }, 33, 5)).toEqual({
      a: klein,
      b: afgeleid,
      c: afgeleid,
      d: show(20),
    });
  });

  it('says "." for every hidden cell when nothing is left to hide', () => {
    expect(protectBreakdown({ a: 1, b: 5, c: 0 }, 6, 5)).toEqual({
      a: afgeleid,
      b: afgeleid,
      c: show(0),
    });
  });

  it('hides a zero too when the hidden cells would all be 1', () => {
    expect(protectBreakdown({ a: 1, b: 1, c: 1, d: 1, e: 1, f: 0, g: 0 }, 5, 5)).toEqual({
      a: afgeleid,
      b: afgeleid,
      c: afgeleid,
      d: afgeleid,
      e: afgeleid,
      f: afgeleid,
      g: show(0),
    });
  });

  it('chooses between equal cells by key, not by the order they came in', () => {
    const one = protectBreakdown({ x: 2, p: 8, q: 8 }, 18, 5);
    const other = protectBreakdown({ q: 8, p: 8, x: 2 }, 18, 5);
    expect(one).toEqual(other);
    expect(one.p).toEqual(afgeleid);
  });

  it('hides every non-zero cell with a small or hidden total', () => {
    expect(protectBreakdown({ a: 3, b: 0 }, 3, 5)).toEqual({ a: klein, b: show(0) });
    expect(protectBreakdown({ a: 3, b: 9 }, 12, 5, { totalHidden: true })).toEqual({
      a: klein,
      b: afgeleid,
    });
  });

  it('protects a breakdown of part of the total with the rest as an unseen cell', () => {
    // 3 signals in one category out of 40 contacts: the rest (37) is hidden with it.
    expect(protectBreakdown({ a: 3, b: 0 }, 40, 5)).toEqual({ a: klein, b: show(0) });
    expect(protectBreakdown({ a: 3, b: 6, c: 30 }, 60, 5)).toEqual({
      a: klein,
      b: afgeleid,
      c: show(30),
    });
  });
});

describe('a table with its totals', () => {
  it('hides a second cell in the row and in the column of a small one, totals stay', () => {
    const table = protectTable(
      {
        noord: { po: 3, vo: 10, so: 12 },
        zuid: { po: 8, vo: 20, so: 15 },
      },
      5,
    );
    expect(table.total).toEqual(show(68));
    expect(table.rowTotals).toEqual({ noord: show(25), zuid: show(43) });
    expect(table.columnTotals).toEqual({ po: show(11), vo: show(30), so: show(27) });
    expect(table.cells).toEqual({
      noord: { po: klein, vo: afgeleid, so: show(12) },
      zuid: { po: afgeleid, vo: afgeleid, so: show(15) },
    });
  });

  it('hides a small total and the cells under it, with a second total', () => {
    const table = protectTable({ a: { x: 2, y: 1 }, b: { x: 10, y: 12 }, c: { x: 9, y: 8 } }, 5);
    expect(table.rowTotals).toEqual({ a: klein, b: show(22), c: afgeleid });
    expect(table.cells.a).toEqual({ x: klein, y: klein });
    expect(Object.values(table.cells.c!).some((cell) => !cell.shown)).toBe(true);
  });

  it('keeps hiding in a row while the signs pin a cell there, as a breakdown does', () => {
    const table = protectTable(
      {
        a: { x: 1, y: 5, z: 7, w: 20 },
        b: { x: 9, y: 30, z: 8, w: 12 },
        c: { x: 6, y: 11, z: 15, w: 10 },
      },
      5,
    );
    // A hidden 1 and 5 in a row of 33 with 7 and 20 shown: both known, so 7 goes too.
    expect(table.cells.a).toEqual({ x: klein, y: afgeleid, z: afgeleid, w: show(20) });
  });

  it('protects its totals exactly as the one-dimensional breakdown does', () => {
    const cells = { a: { x: 2, y: 7, z: 9 }, b: { x: 6, y: 0, z: 11 }, c: { x: 0, y: 3, z: 8 } };
    const table = protectTable(cells, 5);
    expect(table.rowTotals).toEqual(protectBreakdown({ a: 18, b: 17, c: 11 }, 46, 5));
    expect(table.columnTotals).toEqual(protectBreakdown({ x: 8, y: 10, z: 28 }, 46, 5));
  });

  it('hides everything that is not zero when the whole table is small', () => {
    const table = protectTable({ a: { x: 1, y: 2 }, b: { x: 0, y: 1 } }, 5);
    expect(table.total).toEqual(klein);
    expect(table.cells).toEqual({ a: { x: klein, y: klein }, b: { x: show(0), y: klein } });
  });
});

describe('percentages', () => {
  it('are whole percents, only of 20 or more', () => {
    expect(percentage(7, 19)).toBeUndefined();
    expect(percentage(7, 20)).toBe(35);
    expect(percentage(2, 3 * 9)).toBe(7);
    expect(percentage(0, 40)).toBe(0);
  });
});

function period(id: string, total: number, topics: Record<string, number>): PeriodCounts {
  const byDimension = Object.fromEntries(
    dimensionNames.map((d) => [d, {} as Record<string, number>]),
  ) as PeriodCounts['byDimension'];
  byDimension.topic = topics;
  byDimension.kind = { question: total - 3, complaint: 3 };
  byDimension.route = { bezwaar: 2, gpo: 1 };
  return {
    period: periodOf('halfjaar', id),
    total,
    perMonth: Array.from({ length: 6 }, (_, i) => ({
      total: i === 0 ? total : 0,
      signUps: i === 0 ? 14 : 0,
      attended: i === 0 ? 4 : 0,
    })),
    byDimension,
    firstAnswer: { within: 15, known: total > 20 ? 20 : total },
    meetings: { meetings: 2, signUps: 14, attended: 4 },
  };
}

describe('a tenant’s figures', () => {
  const current = periodOf('halfjaar', '2026-03');
  const raw: RawFigures = {
    tenant: 'po-haarlemmermeer',
    current: period('2026-03', 40, { opp: 12, tlv: 20, anders: 8 }),
    previous: period('2025-09', 30, { opp: 6, tlv: 16, anders: 3, extra: 5 }),
    yearEarlier: { ...period('2025-03', 10, { opp: 10 }), period: yearEarlier(current) },
    trend: trendUpTo(current, 3).map((p, i) => ({
      ...period('2026-03', 10 + i, { opp: 10 + i }),
      period: p,
    })),
  };

  it('protects every period, the trend and the Oudercafé alike', () => {
    const figures = protectFigures(raw, 5);
    expect(figures.threshold).toBe(5);
    expect(figures.current.total).toEqual(show(40));
    expect(figures.current.byDimension.topic).toEqual({
      opp: show(12),
      tlv: show(20),
      anders: show(8),
    });
    expect(figures.current.meetings).toEqual({
      meetings: klein,
      signUps: show(14),
      attended: klein,
    });
    expect(figures.current.withinTargetPercent).toBe(75);
    expect(figures.yearEarlier.withinTargetPercent).toBeUndefined();
    expect(figures.previous.byDimension.topic).toEqual({
      opp: show(6),
      tlv: show(16),
      anders: klein,
      extra: afgeleid,
    });
    expect(figures.trend).toHaveLength(3);
    expect(figures.trend.map((p) => p.period.id)).toEqual(trendUpTo(current, 3).map((p) => p.id));
  });

  it('hides a complaint’s routes when the number of complaints is hidden', () => {
    const figures = protectFigures(raw, 5);
    expect(figures.current.byDimension.kind).toEqual({ question: afgeleid, complaint: klein });
    expect(figures.current.byDimension.route).toEqual({ bezwaar: klein, gpo: klein });
  });

  it('uses a higher threshold throughout', () => {
    const figures = protectFigures(raw, 10);
    expect(figures.threshold).toBe(10);
    expect(figures.current.byDimension.topic.anders).toEqual(klein);
    expect(figures.current.meetings.signUps).toEqual(show(14));
  });

  it('lists what rose and fell most, only between counts shown in both periods', () => {
    const figures = protectFigures(raw, 5);
    // `anders` is hidden in the previous half year, so it is not compared; neither are
    // the kinds, hidden now.
    expect(figures.changes).toEqual([
      { dimension: 'topic', value: 'opp', from: 6, to: 12 },
      { dimension: 'topic', value: 'tlv', from: 16, to: 20 },
    ]);
  });

  it('keeps at most 5 rises and 5 falls, largest first', () => {
    const counts = (values: number[]) => {
      const p = period('2026-03', 500, Object.fromEntries(values.map((v, i) => [`t${i}`, v])));
      p.byDimension.kind = { question: 500 };
      p.byDimension.route = {};
      return p;
    };
    const before = protectFigures(
      {
        ...raw,
        previous: counts([10, 10, 10, 10, 10, 10, 10, 50, 50, 50, 50, 50, 50, 10]),
        current: counts([11, 12, 13, 14, 15, 16, 17, 49, 48, 47, 46, 45, 44, 10]),
      },
      5,
    );
    const changes = before.changes;
    expect(changes.filter((c) => c.to > c.from).map((c) => c.value)).toEqual([
      't6',
      't5',
      't4',
      't3',
      't2',
    ]);
    expect(changes.filter((c) => c.to < c.from).map((c) => c.value)).toEqual([
      't12',
      't11',
      't10',
      't9',
      't8',
    ]);
    expect(changes[0]).toEqual({ dimension: 'topic', value: 't6', from: 10, to: 17 });
    expect(changesBetween(before.current, before.current)).toEqual([]);
  });

  it('starts from raw figures whose periods follow one another', () => {
    expect(periodBefore(current).id).toBe('2025-H2');
  });
});

describe('which tables of two dimensions are offered', () => {
  it('only pairs whose table shows a cell that is not zero, of dimensions that count every contact', () => {
    const pairs: PairCounts[] = [
      {
        rows: 'gemeente',
        columns: 'schoolType',
        cells: { a: { po: 12, vo: 9 }, b: { po: 15, vo: 7 } },
      },
      {
        rows: 'gemeente',
        columns: 'topic',
        cells: { a: { x: 2, y: 3, z: 1 }, b: { x: 1, y: 4, z: 2 } },
      },
      { rows: 'topic', columns: 'topic', cells: { a: { a: 30 } } },
    ];
    expect(offeredPairs(pairs, 5)).toEqual([{ rows: 'gemeente', columns: 'schoolType' }]);
    expect(offeredPairs(pairs.slice(0, 1), 10)).toEqual([]);
  });
});
