/**
 * The proof that no hidden cell can be recomputed by subtraction: many random tables
 * (one-dimensional with their total, two-dimensional with row, column and grand totals;
 * 1 to 8 values each way; counts mostly small), protected, then checked with exact linear
 * algebra (test/support/disclosure.ts) against everything published. Seeded, so a
 * failure names a table that can be run again.
 */
import { describe, expect, it } from 'vitest';
import { determined, echelon, seeded, type Equation } from '../../test/support/disclosure.ts';
import { protectBreakdown, protectPeriod, protectTable, type ProtectOptions } from './protect.ts';
import { dimensionNames, type PeriodCounts, type Shown } from './monitor-types.ts';
import { periodOf } from './periods.ts';

/** Mostly 0 to 6, sometimes up to 40: the counts of a small SWV's month or quarter. */
function count(random: () => number): number {
  const roll = random();
  if (roll < 0.3) return 0;
  if (roll < 0.75) return 1 + Math.floor(random() * 6);
  return 1 + Math.floor(random() * 40);
}

const threshold = (random: () => number) => (random() < 0.7 ? 5 : 5 + Math.floor(random() * 6));
const size = (random: () => number) => 1 + Math.floor(random() * 8);

interface Case1 {
  counts: Record<string, number>;
  total: number;
  threshold: number;
}

function oneDimensional(random: () => number): Case1 {
  const counts = Object.fromEntries(
    Array.from({ length: size(random) }, (_, i) => [`v${i}`, count(random)]),
  );
  const listed = Object.values(counts).reduce((sum, v) => sum + v, 0);
  // A third of the breakdowns count only part of the total (like the signal category).
  const rest = random() < 0.33 ? count(random) : 0;
  return { counts, total: listed + rest, threshold: threshold(random) };
}

/**
 * What a reader can work out of one protected breakdown: unknowns are the cells, the
 * rest (never shown) and the total; one equation ties them. Returns the recomputable
 * hidden cells, and the rest when it is small and recomputable.
 */
function leaks1(c: Case1, options: ProtectOptions = {}): string[] {
  const shown = protectBreakdown(c.counts, c.total, c.threshold, options);
  const keys = Object.keys(c.counts);
  const rest = keys.length;
  const total = keys.length + 1;
  const equation: Equation = [...keys.map((_, i) => [i, 1] as const), [rest, 1], [total, -1]];
  const restValue = c.total - Object.values(c.counts).reduce((sum, v) => sum + v, 0);
  // A breakdown that counts every contact has no rest, and a reader knows it.
  const hidden = [
    ...keys.flatMap((key, i) => (shown[key]!.shown ? [] : [i])),
    ...(restValue > 0 ? [rest] : []),
    ...(c.total > 0 && c.total < c.threshold ? [total] : []),
  ];
  return determined([equation], hidden).flatMap((unknown) =>
    unknown < keys.length
      ? [keys[unknown]!]
      : unknown === rest && restValue > 0 && restValue < c.threshold
        ? ['rest']
        : [],
  );
}

interface Case2 {
  cells: Record<string, Record<string, number>>;
  threshold: number;
}

function twoDimensional(random: () => number): Case2 {
  const rows = size(random);
  const columns = size(random);
  const cells = Object.fromEntries(
    Array.from({ length: rows }, (_, r) => [
      `r${r}`,
      Object.fromEntries(Array.from({ length: columns }, (_, c) => [`c${c}`, count(random)])),
    ]),
  );
  return { cells, threshold: threshold(random) };
}

/**
 * What a reader can work out of one protected table. The unknowns form the extended
 * table (R+1 by C+1: the row totals in the last column, the column totals in the last
 * row, the grand total in the corner); every row and column of it adds up.
 */
function leaks2(c: Case2, options: ProtectOptions = {}): string[] {
  const table = protectTable(c.cells, c.threshold, options);
  const rows = Object.keys(c.cells);
  const columns = Object.keys(c.cells[rows[0]!]!);
  const R = rows.length;
  const C = columns.length;
  const at = (r: number, k: number) => r * (C + 1) + k;
  const equations: Equation[] = [
    ...Array.from({ length: R + 1 }, (_, r): Equation => [
      ...columns.map((_, k) => [at(r, k), 1] as const),
      [at(r, C), -1],
    ]),
    ...Array.from({ length: C + 1 }, (_, k): Equation => [
      ...rows.map((_, r) => [at(r, k), 1] as const),
      [at(R, k), -1],
    ]),
  ];
  const shownAt = (r: number, k: number): Shown =>
    r < R && k < C
      ? table.cells[rows[r]!]![columns[k]!]!
      : r < R
        ? table.rowTotals[rows[r]!]!
        : k < C
          ? table.columnTotals[columns[k]!]!
          : table.total;
  const hidden: number[] = [];
  const names = new Map<number, string>();
  for (let r = 0; r <= R; r++) {
    for (let k = 0; k <= C; k++) {
      if (shownAt(r, k).shown) continue;
      hidden.push(at(r, k));
      names.set(at(r, k), `${rows[r] ?? 'totaal'}×${columns[k] ?? 'totaal'}`);
    }
  }
  return determined(equations, hidden).map((unknown) => names.get(unknown)!);
}

/**
 * The hidden cells of one line (here a breakdown) a reader can
 * pin to one value with the bounds the signs give ("minder dan 5": 1 to 4; "." at least
 * 5), by trying every value. `sum` is what the hidden cells and the unseen rest add up
 * to. When those bounds cannot all hold (protect.ts then says "." for small cells too),
 * the reader falls back to "." being at least 1, then at least 0. The rest: 0 or more.
 */
function pinnedInLine(
  line: readonly { key: string; shown: Shown }[],
  sum: number,
  threshold: number,
  rest: number,
): string[] {
  const hidden = line.filter((cell) => !cell.shown.shown);
  for (const least of [threshold, 1, 0]) {
    const bounds = [
      ...hidden.map(({ key, shown }): [string, number, number] =>
        !shown.shown && shown.reason === 'klein' ? [key, 1, threshold - 1] : [key, least, sum],
      ),
      ...(rest > 0 ? [['rest', 0, sum] as [string, number, number]] : []),
    ];
    const lows = bounds.reduce((s, [, low]) => s + low, 0);
    const highs = bounds.reduce((s, [, , high]) => s + high, 0);
    if (sum < lows || sum > highs) continue;
    return bounds.flatMap(([key, low, high]) => {
      if (key === 'rest') return [];
      let values = 0;
      for (let v = low; v <= high; v++) {
        const others = sum - v;
        if (others >= lows - low && others <= highs - high) values++;
      }
      return values <= 1 ? [key] : [];
    });
  }
  return hidden.map((cell) => cell.key);
}

/** The hidden cells of a protected breakdown that its signs pin to one value. */
function pinnedByTheSigns(c: Case1): string[] {
  if (c.total < c.threshold) return [];
  const shown = protectBreakdown(c.counts, c.total, c.threshold);
  const line = Object.keys(c.counts).map((key) => ({ key, shown: shown[key]! }));
  const shownSum = line.reduce((s, cell) => s + (cell.shown.shown ? cell.shown.value : 0), 0);
  const rest = c.total - Object.values(c.counts).reduce((s, v) => s + v, 0);
  return pinnedInLine(line, c.total - shownSum, c.threshold, rest);
}

/** Every count shown is 0 or at least the threshold. */
const noSmallShown = (shown: Shown[], threshold: number) =>
  shown.every((cell) => !cell.shown || cell.value === 0 || cell.value >= threshold);

describe('the exact check itself', () => {
  it('finds a cell that is a total minus the shown cells, and not one of two hidden ones', () => {
    // a + b + c = total; with b and c shown, a is determined; with only c, neither.
    const equation: Equation = [
      [0, 1],
      [1, 1],
      [2, 1],
      [3, -1],
    ];
    expect(determined([equation], [0])).toEqual([0]);
    expect(determined([equation], [0, 1])).toEqual([]);
  });

  it('finds a bridge between two hidden rectangles, which a row-and-column count misses', () => {
    // Four rows and four columns of cells (no totals hidden): two 2×2 blocks hidden,
    // joined by one cell. Every row and column has two hidden cells or none, yet the
    // joining cell is the sum of two rows minus two columns.
    const C = 4;
    const at = (r: number, k: number) => r * C + k;
    const equations: Equation[] = [
      ...Array.from({ length: 4 }, (_, r): Equation =>
        Array.from({ length: C }, (_, k) => [at(r, k), 1]),
      ),
      ...Array.from({ length: C }, (_, k): Equation =>
        Array.from({ length: 4 }, (_, r) => [at(r, k), 1]),
      ),
    ];
    const block = [at(0, 0), at(0, 1), at(1, 0), at(1, 1), at(2, 2), at(2, 3), at(3, 2), at(3, 3)];
    expect(determined(equations, [...block, at(1, 2)])).toEqual([at(1, 2)]);
    expect(
      echelon([
        [2, 4],
        [1, 2],
      ]).pivots,
    ).toEqual([0]);
  });
});

describe('no hidden cell can be recomputed by subtraction', () => {
  it('in 4,000 random breakdowns with their total', () => {
    const random = seeded(20261205);
    for (let n = 0; n < 4000; n++) {
      const c = oneDimensional(random);
      const shown = protectBreakdown(c.counts, c.total, c.threshold);
      expect(noSmallShown(Object.values(shown), c.threshold), JSON.stringify(c)).toBe(true);
      expect(leaks1(c), JSON.stringify(c)).toEqual([]);
    }
  });

  it('nor pinned by the bounds the signs give, in 4,000 random breakdowns', () => {
    const random = seeded(31);
    for (let n = 0; n < 4000; n++) {
      const c = oneDimensional(random);
      expect(pinnedByTheSigns(c), JSON.stringify(c)).toEqual([]);
    }
    // The case that needs it: a hidden 1 and a hidden 5 in a total of 6 plus shown cells.
    expect(
      pinnedByTheSigns({ counts: { a: 1, b: 5, c: 7, d: 20 }, total: 33, threshold: 5 }),
    ).toEqual([]);
  });

  it('in 1,500 random tables with row, column and grand totals', () => {
    const random = seeded(12);
    for (let n = 0; n < 1500; n++) {
      const c = twoDimensional(random);
      const table = protectTable(c.cells, c.threshold);
      const all = [
        ...Object.values(table.cells).flatMap((row) => Object.values(row)),
        ...Object.values(table.rowTotals),
        ...Object.values(table.columnTotals),
        table.total,
      ];
      expect(noSmallShown(all, c.threshold), JSON.stringify(c)).toBe(true);
      expect(leaks2(c), JSON.stringify(c)).toEqual([]);
    }
  });

  it('is not true without secondary suppression: the check then finds recomputable cells', () => {
    const random = seeded(7);
    let leaking1 = 0;
    let leaking2 = 0;
    for (let n = 0; n < 300; n++) {
      if (leaks1(oneDimensional(random), { secondary: false }).length > 0) leaking1++;
      if (leaks2(twoDimensional(random), { secondary: false }).length > 0) leaking2++;
    }
    expect(leaking1).toBeGreaterThan(30);
    expect(leaking2).toBeGreaterThan(30);
  });
});

/**
 * A period's counts with a complaint's route inside the number of complaints: the kinds
 * add up to the total, the routes (and complaints without one) to the complaints.
 */
function periodCounts(random: () => number): PeriodCounts {
  const kinds = { question: count(random), contact: count(random), complaint: 0 };
  const routes = Object.fromEntries(
    Array.from({ length: size(random) }, (_, i) => [`route${i}`, count(random)]),
  );
  const withoutRoute = random() < 0.2 ? count(random) : 0;
  kinds.complaint = Object.values(routes).reduce((sum, v) => sum + v, 0) + withoutRoute;
  const total = kinds.question + kinds.contact + kinds.complaint;
  const byDimension = Object.fromEntries(
    dimensionNames.map((d) => [d, {} as Record<string, number>]),
  ) as PeriodCounts['byDimension'];
  byDimension.kind = kinds;
  byDimension.route = routes;
  const a = Math.floor(random() * (total + 1));
  const b = Math.floor(random() * (total - a + 1));
  byDimension.topic = { a, b, rest: total - a - b };
  const meetings = { meetings: count(random), signUps: count(random), attended: count(random) };
  // The totals split over the half year's months at random.
  const perMonth = Array.from({ length: 6 }, () => ({ total: 0, signUps: 0, attended: 0 }));
  for (const key of ['total', 'signUps', 'attended'] as const) {
    let left = key === 'total' ? total : meetings[key];
    for (const month of perMonth.slice(0, 5)) {
      month[key] = Math.floor(random() * (left + 1));
      left -= month[key];
    }
    perMonth[5]![key] = left;
  }
  return {
    period: periodOf('halfjaar', '2026-03'),
    total,
    perMonth,
    byDimension,
    firstAnswer: { within: count(random), known: count(random) + 20 },
    meetings,
  };
}

describe('a period as a whole', () => {
  it('shows no count from 1 to threshold-1 anywhere, in 2,000 random periods', () => {
    const random = seeded(5);
    for (let n = 0; n < 2000; n++) {
      const counts = periodCounts(random);
      const t = threshold(random);
      const shown = protectPeriod(counts, t);
      const all = [
        shown.total,
        ...Object.values(shown.byDimension).flatMap((cells) => Object.values(cells)),
        ...Object.values(shown.meetings),
      ];
      expect(noSmallShown(all, t), JSON.stringify(counts)).toBe(true);
    }
  });

  it('lets no route or kind be worked out from the kinds and the routes together', () => {
    const random = seeded(6);
    let leaking = 0;
    for (let n = 0; n < 2000; n++) {
      const counts = periodCounts(random);
      const t = threshold(random);
      const leaks = (options: ProtectOptions) => {
        const shown = protectPeriod(counts, t, options);
        // Unknowns: the three kinds, the routes, complaints without a route, the total.
        const kinds = ['question', 'contact', 'complaint'] as const;
        const routes = Object.keys(counts.byDimension.route);
        const without = 3 + routes.length;
        const total = without + 1;
        const equations: Equation[] = [
          [
            [0, 1],
            [1, 1],
            [2, 1],
            [total, -1],
          ],
          [...routes.map((_, i) => [3 + i, 1] as const), [without, 1], [2, -1]],
        ];
        const withoutRoute =
          counts.byDimension.kind.complaint! -
          Object.values(counts.byDimension.route).reduce((sum, v) => sum + v, 0);
        const hidden = [
          ...kinds.flatMap((kind, i) => (shown.byDimension.kind[kind]!.shown ? [] : [i])),
          ...routes.flatMap((route, i) => (shown.byDimension.route[route]!.shown ? [] : [3 + i])),
          ...(withoutRoute > 0 ? [without] : []),
          ...(shown.total.shown ? [] : [total]),
        ];
        return determined(equations, hidden).filter((unknown) => unknown < without);
      };
      expect(leaks({}), JSON.stringify(counts)).toEqual([]);
      if (leaks({ secondary: false }).length > 0) leaking++;
    }
    expect(leaking).toBeGreaterThan(100);
  });
});
