/**
 * The proof across periods: a reader may ask for every month, quarter, half year and
 * school year of an SWV and subtract any of them from any other. Random histories of 18
 * months (one breakdown, Oudercafé sign-ups), each period protected as the portal does
 * (protect.ts), then checked with exact linear algebra (test/support/disclosure.ts): no
 * count from 1 to threshold-1, published hidden or never published (a month's count of a
 * topic), is a sum of what all the periods together show.
 *
 * The switches show the test can fail: with breakdowns for quarters as well, or without
 * the rule that hides a period's total with its month's, it finds counts to recompute.
 */
import { describe, expect, it } from 'vitest';
import { echelon, inRowSpace, seeded } from '../../test/support/disclosure.ts';
import { dimensionNames, type PeriodCounts, type Shown } from './monitor-types.ts';
import { protectPeriod, type ProtectOptions } from './protect.ts';
import { periodOf, periodKinds, type Period, type PeriodKind } from './periods.ts';

const months = Array.from({ length: 18 }, (_, i) => {
  const index = 2025 * 12 + 2 + i; // March 2025 to August 2026: a whole school year inside
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
});
/** Two topics and contacts without one (never published on its own). */
const categories = ['a', 'b', 'rest'] as const;
const threshold = 5;

/** Mostly small: a small SWV's month. */
function monthCount(random: () => number): number {
  const roll = random();
  if (roll < 0.25) return 0;
  if (roll < 0.8) return 1 + Math.floor(random() * 5);
  return 1 + Math.floor(random() * 12);
}

interface History {
  /** cells[month index][category index] */
  cells: number[][];
  signUps: number[];
}

function history(random: () => number): History {
  return {
    cells: months.map(() => categories.map(() => monthCount(random))),
    signUps: months.map(() => monthCount(random)),
  };
}

/** Every period of every kind that holds at least one month of the history. */
function allPeriods(): Period[] {
  const seen = new Map<string, Period>();
  for (const kind of Object.keys(periodKinds) as PeriodKind[]) {
    for (const month of months)
      seen.set(`${kind}${periodOf(kind, month).id}`, periodOf(kind, month));
  }
  return [...seen.values()];
}

function countsOf(period: Period, h: History): PeriodCounts {
  const at = period.months.map((m) => months.indexOf(m)).filter((i) => i >= 0);
  const sum = (pick: (i: number) => number) => at.reduce((s, i) => s + pick(i), 0);
  const total = (i: number) => h.cells[i]!.reduce((s, v) => s + v, 0);
  const byDimension = Object.fromEntries(
    dimensionNames.map((d) => [d, {} as Record<string, number>]),
  ) as PeriodCounts['byDimension'];
  byDimension.topic = { a: sum((i) => h.cells[i]![0]!), b: sum((i) => h.cells[i]![1]!) };
  return {
    period,
    total: sum(total),
    // Months outside the history count nobody, and a reader may know that.
    perMonth: period.months.map((m) => {
      const i = months.indexOf(m);
      return i < 0
        ? { total: 0, signUps: 0, attended: 0 }
        : { total: total(i), signUps: h.signUps[i]!, attended: 0 };
    }),
    byDimension,
    firstAnswer: { within: 0, known: 0 },
    meetings: { meetings: 0, signUps: sum((i) => h.signUps[i]!), attended: 0 },
  };
}

/** A published or hidden count as a sum over the history's unknowns. */
interface Sum {
  vector: number[];
  value: number;
  shown: Shown;
}

/** Unknowns: each month's count per category, then each month's sign-ups. */
const width = months.length * categories.length + months.length;
const cellAt = (month: number, category: number) => month * categories.length + category;
const signUpAt = (month: number) => months.length * categories.length + month;

function sumsOf(period: Period, h: History, options: ProtectOptions): Sum[] {
  const shown = protectPeriod(countsOf(period, h), threshold, options);
  const at = period.months.map((m) => months.indexOf(m)).filter((i) => i >= 0);
  const vector = (unknowns: number[]) => {
    const v = new Array<number>(width).fill(0);
    for (const u of unknowns) v[u] = 1;
    return v;
  };
  const value = (v: number[]) =>
    v.reduce((s, c, u) => {
      if (!c) return s;
      if (u >= months.length * categories.length)
        return s + h.signUps[u - months.length * categories.length]!;
      return s + h.cells[Math.floor(u / categories.length)]![u % categories.length]!;
    }, 0);
  const sum = (unknowns: number[], count: Shown | undefined): Sum[] => {
    if (!count) return [];
    const v = vector(unknowns);
    return [{ vector: v, value: value(v), shown: count }];
  };
  return [
    ...sum(
      at.flatMap((i) => categories.map((_, c) => cellAt(i, c))),
      shown.total,
    ),
    ...sum(
      at.map((i) => cellAt(i, 0)),
      shown.byDimension.topic.a,
    ),
    ...sum(
      at.map((i) => cellAt(i, 1)),
      shown.byDimension.topic.b,
    ),
    ...sum(at.map(signUpAt), shown.meetings.signUps),
  ];
}

/** The small counts a reader can compute from everything shown, over all periods. */
function recomputable(h: History, options: ProtectOptions = {}): Sum[] {
  const sums = allPeriods().flatMap((period) => sumsOf(period, h, options));
  const published = sums.filter((s) => s.shown.shown);
  for (const s of published) {
    if (s.shown.shown) expect(s.shown.value).toBe(s.value);
  }
  const form = echelon(published.map((s) => s.vector));
  // Every month's count of a topic and its sign-ups, though never published on their own.
  const unit = (u: number) => Array.from({ length: width }, (_, k) => (k === u ? 1 : 0));
  const base: Sum[] = Array.from({ length: width }, (_, u) => {
    const v = unit(u);
    const value =
      u >= months.length * categories.length
        ? h.signUps[u - months.length * categories.length]!
        : h.cells[Math.floor(u / categories.length)]![u % categories.length]!;
    return { vector: v, value, shown: { shown: false, reason: 'klein' } };
  });
  return [...sums.filter((s) => !s.shown.shown), ...base].filter(
    (s) => s.value > 0 && s.value < threshold && inRowSpace(form, s.vector),
  );
}

describe('all periods of an SWV together', () => {
  it('leave no small count to recompute, in 150 random histories', () => {
    const random = seeded(12);
    let shown = 0;
    let halfYearCells = 0;
    for (let n = 0; n < 150; n++) {
      const h = history(random);
      expect(recomputable(h), `history ${n}`).toEqual([]);
      const sums = allPeriods().flatMap((period) => sumsOf(period, h, {}));
      shown += sums.filter((s) => s.shown.shown && s.value > 0).length;
      halfYearCells += allPeriods()
        .filter((period) => period.kind === 'halfjaar')
        .flatMap((period) =>
          Object.values(protectPeriod(countsOf(period, h), threshold).byDimension.topic),
        )
        .filter((cell) => cell.shown && cell.value > 0).length;
    }
    // Not a proof by showing nothing: 4,518 non-zero counts shown, 410 of them half-year topics.
    expect(shown).toBeGreaterThan(150 * 20);
    expect(halfYearCells).toBeGreaterThan(150 * 2);
  });

  it('would leak with breakdowns for quarters as well', () => {
    const random = seeded(12);
    const leaks = Array.from({ length: 40 }, () =>
      recomputable(history(random), { breakdownKinds: ['halfjaar', 'kwartaal'] }),
    ).filter((found) => found.length > 0);
    expect(leaks.length).toBeGreaterThan(0);
  });

  it('would leak without hiding a period’s total with its month’s', () => {
    const random = seeded(12);
    const leaks = Array.from({ length: 40 }, () =>
      recomputable(history(random), { acrossPeriods: false }),
    ).filter((found) => found.length > 0);
    expect(leaks.length).toBeGreaterThan(0);
  });
});
