/**
 * Small numbers, protected: the one place that turns raw counts into what anyone outside
 * the server sees (the view, the half-year report, every export). Pure functions.
 *
 * - Primary suppression: a count from 1 to threshold-1 is hidden as `klein` ("minder dan
 *   5"). Zero is shown: it counts nobody. The threshold is the steunpunt's setting, never
 *   below 5 (functions/cases/settings.ts).
 * - Secondary (complementary) suppression, as CBS does: where a hidden count could be
 *   worked out from a total and the other cells of its row or column, a second cell is
 *   hidden as `afgeleid`, the smallest non-zero one, until nothing changes. Ties go by
 *   the value's key, never by the order the counts came in, so the same counts are
 *   protected the same way in a breakdown and in the margin of a table: otherwise two
 *   views hiding different cells would together show both.
 * - Because the reasons are shown ("minder dan 5" says 1 to 4, "." says the cell was not
 *   small), a reader also knows bounds. A breakdown of 6 with a hidden 1 and a hidden 5
 *   gives the 1 away (it is at most 4, the other at least 5). So a one-dimensional
 *   breakdown keeps hiding until no hidden cell is pinned to one value by those bounds
 *   either. When nothing is left to hide (every non-zero cell hidden, a total just above
 *   the threshold) the breakdown's hidden cells all say `afgeleid`: then the reasons no
 *   longer tell which cell is the small one (and if they are all 1, a zero is hidden
 *   with them). A breakdown of 5 ones and no zero stays recognisable as such: nothing
 *   but hiding its total could help, and the total is the period's.
 * - A two-dimensional table (rows, columns, their totals and the grand total) hides a
 *   cell also when the rows and columns together pin it: the hidden cells and totals
 *   form a graph (row and column lines as nodes, hidden entries as edges), and an entry
 *   is determined by the published ones exactly when it is a bridge of that graph. The
 *   margins are protected as their own breakdowns first (the same function as the one-
 *   dimensional view), so a table never shows a total the breakdown hides or the other
 *   way round. A row or column whose total is shown is also held to the bounds rule
 *   above, line by line (see below for what that leaves).
 * - A percentage is shown only when the number it is taken of is at least 20 (CBS uses
 *   100; our counts are in the tens).
 *
 * - Across periods. Each table above is protected on its own, but a reader can ask for
 *   periods that overlap: three months make a quarter, a school year runs from August to
 *   July across two half years. So only one kind of period is broken down (the half year,
 *   breakdown-periods.ts); half years never overlap, so no breakdown can be subtracted
 *   from another. The totals every kind shows (contacts, Oudercafé sign-ups and
 *   attendance) are held to one more rule: a period's total is hidden when the total of
 *   one of its months is, since the month view shows the others. So every total shown is
 *   the sum of month totals that are shown too, and adds nothing a reader could subtract.
 *   The number of Oudercafé meetings is not held to it: the site lists every meeting.
 *   The proof test checks all periods of every kind over two years together.
 * In a two-dimensional table the bounds the reasons give are held line by line only;
 * where a line has nothing left to hide but zeros (two hidden 5s in a column of 10), a
 * reader can still pin them (25 of 1,421 random tables with hidden cells; 365 without
 * the rule). The proof test checks subtraction (linear algebra), as the issue asks.
 */
import { settingsLimits } from '../cases/settings.ts';
import { breaksDown } from './breakdown-periods.ts';
import {
  dimensionNames,
  type Change,
  type Dimension,
  type PeriodCounts,
  type ProtectedCounts,
  type ProtectedFigures,
  type RawFigures,
  type Shown,
} from './monitor-types.ts';
import type { PeriodKind } from './periods.ts';

/** The threshold used when a steunpunt has not chosen; never lower than this. */
export const smallestThreshold = settingsLimits.monitorThreshold.min;

/** The smallest number a percentage is taken of. */
export const percentageBase = 20;

/** Switches for the proof test only: in the portal every rule is always on. */
export interface ProtectOptions {
  secondary?: boolean;
  /** Hide a period's total when one of its months' totals is hidden. */
  acrossPeriods?: boolean;
  /** The kinds of period broken down (breakdown-periods.ts). */
  breakdownKinds?: readonly PeriodKind[];
}

type State = 'shown' | 'klein' | 'afgeleid';
const hiddenAs = (reason: 'klein' | 'afgeleid'): Shown => ({ shown: false, reason });
const toShown = (value: number, state: State): Shown =>
  state === 'shown' ? { shown: true, value } : hiddenAs(state);

/** A threshold below 5 (a bad setting) is raised to 5: the rule is never weaker. */
const safe = (threshold: number) =>
  Number.isInteger(threshold) && threshold > smallestThreshold ? threshold : smallestThreshold;

const isSmall = (value: number, threshold: number) => value > 0 && value < threshold;

/** One count on its own: 0 and threshold or more are shown, 1 to threshold-1 are `klein`. */
export function protectCount(value: number, threshold: number): Shown {
  return isSmall(value, safe(threshold)) ? hiddenAs('klein') : { shown: true, value };
}

/** One cell of a breakdown while it is being protected. */
interface Entry {
  key: string;
  value: number;
  state: State;
}

/** The cell that makes the breakdown add up to its total when its values do not. */
const restKey = '\u0000rest';

/** The smallest shown entry, non-zero unless zeros are allowed; ties by key. */
function smallestShown(entries: readonly Entry[], allowZero = false): Entry | undefined {
  return entries
    .filter((entry) => entry.state === 'shown' && (allowZero || entry.value > 0))
    .sort((a, b) => a.value - b.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[0];
}

/**
 * Whether a reader who knows the shown cells, the total and the reasons (`klein`: 1 to
 * threshold-1; `afgeleid`: threshold or more) can pin a hidden cell to one value. One
 * equation with bounds per cell: each cell's range is exact.
 */
function pinnedByBounds(entries: readonly Entry[], threshold: number): boolean {
  const hidden = entries.filter((entry) => entry.state !== 'shown');
  const sum = hidden.reduce((total, entry) => total + entry.value, 0);
  const low = (entry: Entry) => (entry.state === 'klein' ? 1 : threshold);
  const high = (entry: Entry) => (entry.state === 'klein' ? threshold - 1 : sum);
  const lows = hidden.reduce((total, entry) => total + low(entry), 0);
  const highs = hidden.reduce((total, entry) => total + high(entry), 0);
  return hidden.some((entry) => {
    const least = Math.max(low(entry), sum - (highs - high(entry)));
    const most = Math.min(high(entry), sum - (lows - low(entry)));
    return least >= most;
  });
}

/**
 * A breakdown whose total is published (or hidden, `totalHidden`): the counts per value
 * key, protected. When the counts add up to less than the total, the rest is one more
 * cell nobody sees but a reader can compute; it is protected like the others (and may be
 * hidden to protect them) but not returned. A hidden or small total hides every non-zero
 * cell with it.
 */
export function protectBreakdown(
  counts: Readonly<Record<string, number>>,
  total: number,
  threshold: number,
  options: ProtectOptions & { totalHidden?: boolean } = {},
): Record<string, Shown> {
  const t = safe(threshold);
  const entries: Entry[] = Object.entries(counts).map(([key, value]) => ({
    key,
    value,
    state: isSmall(value, t) ? 'klein' : 'shown',
  }));
  const listed = entries.reduce((sum, entry) => sum + entry.value, 0);
  if (options.totalHidden || isSmall(total, t)) {
    for (const entry of entries)
      if (entry.value > 0 && entry.state === 'shown') entry.state = 'afgeleid';
    return Object.fromEntries(entries.map((e) => [e.key, toShown(e.value, e.state)]));
  }
  const all =
    total > listed
      ? [
          ...entries,
          {
            key: restKey,
            value: total - listed,
            state: (isSmall(total - listed, t) ? 'klein' : 'shown') as State,
          },
        ]
      : entries;
  if (options.secondary !== false) secondaryInLine(all, t);
  return Object.fromEntries(entries.map((e) => [e.key, toShown(e.value, e.state)]));
}

/** Hides the smallest cells until no hidden cell of this one line can be worked out. */
function secondaryInLine(entries: Entry[], threshold: number): void {
  for (;;) {
    const hidden = entries.filter((entry) => entry.state !== 'shown').length;
    if (hidden === 0) return;
    if (hidden >= 2 && !pinnedByBounds(entries, threshold)) return;
    const next = smallestShown(entries);
    if (!next) {
      // Nothing left to hide: do not say which of the hidden cells is the small one.
      const hiddenEntries = entries.filter((entry) => entry.state !== 'shown');
      for (const entry of hiddenEntries) entry.state = 'afgeleid';
      // Zeros are shown, so a hidden cell is at least 1: hidden cells that add up to
      // their own number are all 1. A hidden zero among them makes that unknowable.
      if (hiddenEntries.reduce((sum, entry) => sum + entry.value, 0) === hiddenEntries.length) {
        const zero = smallestShown(entries, true);
        if (zero) zero.state = 'afgeleid';
      }
      return;
    }
    next.state = 'afgeleid';
  }
}

/** A two-dimensional table with its row, column and grand totals, as shown. */
export interface ProtectedTable {
  cells: Record<string, Record<string, Shown>>;
  rowTotals: Record<string, Shown>;
  columnTotals: Record<string, Shown>;
  total: Shown;
}

/**
 * A table of counts (`cells[row][column]`, a missing cell is 0) with its row and column
 * totals and grand total shown. The totals are protected as breakdowns of the grand
 * total (as the one-dimensional view does); then the cells: small ones hidden, then,
 * until nothing changes, in every row and column where exactly one entry (cell or total)
 * is hidden a second one, and wherever rows and columns together still pin a hidden
 * entry (a bridge, above) one more cell that closes a cycle around it.
 */
export function protectTable(
  cells: Readonly<Record<string, Readonly<Record<string, number>>>>,
  threshold: number,
  options: ProtectOptions = {},
): ProtectedTable {
  const t = safe(threshold);
  const rows = Object.keys(cells);
  const columns = [...new Set(rows.flatMap((row) => Object.keys(cells[row]!)))];
  const value = (r: number, c: number) => cells[rows[r]!]![columns[c]!] ?? 0;
  const rowSums = Object.fromEntries(
    rows.map((row, r) => [row, columns.reduce((sum, _, c) => sum + value(r, c), 0)]),
  );
  const columnSums = Object.fromEntries(
    columns.map((column, c) => [column, rows.reduce((sum, _, r) => sum + value(r, c), 0)]),
  );
  const grand = Object.values(rowSums).reduce((sum, v) => sum + v, 0);
  const rowTotals = protectBreakdown(rowSums, grand, t, options);
  const columnTotals = protectBreakdown(columnSums, grand, t, options);

  // The extended table: row `rows.length` holds the column totals, column
  // `columns.length` the row totals, their corner the grand total.
  const R = rows.length;
  const C = columns.length;
  const grid: Entry[][] = Array.from({ length: R + 1 }, (_, r) =>
    Array.from({ length: C + 1 }, (_, c): Entry => {
      const key = `${r}:${c}`;
      if (r < R && c < C) {
        const v = value(r, c);
        return { key, value: v, state: isSmall(v, t) ? 'klein' : 'shown' };
      }
      const margin =
        r < R ? rowTotals[rows[r]!]! : c < C ? columnTotals[columns[c]!]! : protectCount(grand, t);
      const v = r < R ? rowSums[rows[r]!]! : c < C ? columnSums[columns[c]!]! : grand;
      return { key, value: v, state: margin.shown ? 'shown' : margin.reason };
    }),
  );
  if (options.secondary !== false && !isSmall(grand, t)) secondaryInTable(grid, R, C, t);
  return {
    cells: Object.fromEntries(
      rows.map((row, r) => [
        row,
        Object.fromEntries(
          columns.map((column, c) => [column, toShown(grid[r]![c]!.value, grid[r]![c]!.state)]),
        ),
      ]),
    ),
    rowTotals,
    columnTotals,
    total: protectCount(grand, t),
  };
}

/**
 * Secondary suppression over the extended table; only inner cells are added. A row or
 * column of cells whose total is shown is also treated as a breakdown for the bounds the
 * signs give (a hidden 1 and 5 in a row of 6 plus shown cells), line by line.
 */
function secondaryInTable(grid: Entry[][], R: number, C: number, threshold: number): void {
  const inner = (r: number, c: number) => r < R && c < C;
  const lines: { at: { r: number; c: number }[]; total?: { r: number; c: number } }[] = [
    ...Array.from({ length: R + 1 }, (_, r) => ({
      at: Array.from({ length: C + 1 }, (_, c) => ({ r, c })),
      ...(r < R ? { total: { r, c: C } } : {}),
    })),
    ...Array.from({ length: C + 1 }, (_, c) => ({
      at: Array.from({ length: R + 1 }, (_, r) => ({ r, c })),
      ...(c < C ? { total: { r: R, c } } : {}),
    })),
  ];
  for (;;) {
    let changed = false;
    for (const line of lines) {
      const entries = line.at.map(({ r, c }) => grid[r]![c]!);
      const candidates = line.at.filter(({ r, c }) => inner(r, c)).map(({ r, c }) => grid[r]![c]!);
      const hidden = entries.filter((entry) => entry.state !== 'shown').length;
      const pinned =
        line.total !== undefined &&
        grid[line.total.r]![line.total.c]!.state === 'shown' &&
        hidden >= 2 &&
        pinnedByBounds(candidates, threshold);
      if (hidden !== 1 && !pinned) continue;
      // A zero only where one hidden entry would otherwise be the line's difference.
      const next =
        smallestShown(candidates) ?? (hidden === 1 ? smallestShown(candidates, true) : undefined);
      if (next) {
        next.state = 'afgeleid';
        changed = true;
        continue;
      }
      // Nothing left to hide in this line: its signs no longer say which cell is small.
      for (const entry of candidates) {
        if (entry.state !== 'klein') continue;
        entry.state = 'afgeleid';
        changed = true;
      }
    }
    if (changed) continue;
    const bridge = findBridge(grid, R, C);
    if (!bridge) return;
    // Close a cycle around the bridge: a shown inner cell between its two sides; failing
    // that, one that reaches out of its component (the line rule then brings it back).
    const { side } = bridge;
    const across: Entry[] = [];
    const outward: Entry[] = [];
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        const rowSide = side.get(`r${r}`);
        const columnSide = side.get(`c${c}`);
        if (rowSide !== undefined && columnSide !== undefined && rowSide !== columnSide) {
          across.push(grid[r]![c]!);
        } else if ((rowSide === undefined) !== (columnSide === undefined)) {
          outward.push(grid[r]![c]!);
        }
      }
    }
    const next =
      smallestShown(across) ??
      smallestShown(across, true) ??
      smallestShown(outward) ??
      smallestShown(outward, true);
    if (!next) return;
    next.state = 'afgeleid';
  }
}

/**
 * A bridge among the hidden entries (row lines `r<i>` and column lines `c<j>` as nodes),
 * with the side of each node of its component once the bridge is taken out.
 */
function findBridge(
  grid: readonly Entry[][],
  R: number,
  C: number,
): { side: Map<string, 0 | 1> } | undefined {
  const edges: [string, string][] = [];
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) if (grid[r]![c]!.state !== 'shown') edges.push([`r${r}`, `c${c}`]);
  }
  for (let skip = 0; skip < edges.length; skip++) {
    const [from, to] = edges[skip]!;
    const reach = (start: string) => {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) {
        const node = queue.pop()!;
        edges.forEach(([a, b], index) => {
          if (index === skip) return;
          const other = a === node ? b : b === node ? a : undefined;
          if (other && !seen.has(other)) {
            seen.add(other);
            queue.push(other);
          }
        });
      }
      return seen;
    };
    const near = reach(from);
    if (near.has(to)) continue;
    const far = reach(to);
    const side = new Map<string, 0 | 1>();
    for (const node of near) side.set(node, 0);
    for (const node of far) side.set(node, 1);
    return { side };
  }
  return undefined;
}

/** A whole percentage of `of`, only when `of` is at least 20; otherwise nothing. */
export function percentage(part: number, of: number): number | undefined {
  return of >= percentageBase ? Math.round((part / of) * 100) : undefined;
}

/**
 * A breakdown that counts part of one cell of another: a complaint's route counts only
 * complaints. Its total is that cell, so when that cell is hidden its cells are too
 * (otherwise their sum would give it away).
 */
const partOf: Partial<Record<Dimension, { dimension: Dimension; value: string }>> = {
  route: { dimension: 'kind', value: 'complaint' },
};

/**
 * A total of a period whose months each show theirs: hidden when it is small, and also
 * when one of its months' is (the others shown, subtracting would give it away).
 */
function protectAcrossMonths(
  value: number,
  months: readonly number[],
  threshold: number,
  options: ProtectOptions,
): Shown {
  const own = protectCount(value, threshold);
  if (!own.shown || options.acrossPeriods === false) return own;
  return months.some((month) => isSmall(month, threshold)) ? hiddenAs('afgeleid') : own;
}

const noBreakdowns = () =>
  Object.fromEntries(dimensionNames.map((d) => [d, {}])) as ProtectedCounts['byDimension'];

/** One period's counts as shown. */
export function protectPeriod(
  counts: PeriodCounts,
  threshold: number,
  options: ProtectOptions = {},
): ProtectedCounts {
  const t = safe(threshold);
  const monthly = (pick: (month: PeriodCounts['perMonth'][number]) => number) =>
    counts.perMonth.map(pick);
  const total = protectAcrossMonths(
    counts.total,
    monthly((m) => m.total),
    t,
    options,
  );
  const withinTargetPercent = percentage(counts.firstAnswer.within, counts.firstAnswer.known);
  const shared = {
    period: counts.period,
    total,
    ...(withinTargetPercent === undefined ? {} : { withinTargetPercent }),
    meetings: {
      meetings: protectCount(counts.meetings.meetings, t),
      signUps: protectAcrossMonths(
        counts.meetings.signUps,
        monthly((m) => m.signUps),
        t,
        options,
      ),
      attended: protectAcrossMonths(
        counts.meetings.attended,
        monthly((m) => m.attended),
        t,
        options,
      ),
    },
  };
  if (!breaksDown(counts.period.kind, options.breakdownKinds)) {
    return { ...shared, byDimension: noBreakdowns() };
  }
  const byDimension = {} as ProtectedCounts['byDimension'];
  // Parents before the breakdowns inside them.
  const order = [
    ...dimensionNames.filter((d) => !partOf[d]),
    ...dimensionNames.filter((d) => partOf[d]),
  ];
  for (const dimension of order) {
    const values = counts.byDimension[dimension] ?? {};
    const parent = partOf[dimension];
    if (parent) {
      const listed = Object.values(values).reduce((sum, v) => sum + v, 0);
      const parentValue = Math.max(
        counts.byDimension[parent.dimension]?.[parent.value] ?? listed,
        listed,
      );
      const parentShown = byDimension[parent.dimension]?.[parent.value];
      byDimension[dimension] = protectBreakdown(values, parentValue, t, {
        ...options,
        totalHidden: !total.shown || (parentShown !== undefined && !parentShown.shown),
      });
    } else {
      byDimension[dimension] = protectBreakdown(values, counts.total, t, {
        ...options,
        totalHidden: !total.shown,
      });
    }
  }
  return { ...shared, byDimension };
}

/** How many rises and how many falls `changes` lists at most. */
export const changesEach = 5;

/**
 * What rose and fell most from `before` to `now`, only between counts shown in both
 * (a hidden count is never a "from" or "to"): at most 5 up and 5 down, largest first.
 */
export function changesBetween(before: ProtectedCounts, now: ProtectedCounts): Change[] {
  const all: Change[] = [];
  for (const dimension of dimensionNames) {
    for (const [value, to] of Object.entries(now.byDimension[dimension] ?? {})) {
      const from = before.byDimension[dimension]?.[value];
      if (!to.shown || !from?.shown || to.value === from.value) continue;
      all.push({ dimension, value, from: from.value, to: to.value });
    }
  }
  const size = (change: Change) => Math.abs(change.to - change.from);
  const byOrder = (a: Change, b: Change) =>
    size(b) - size(a) ||
    dimensionNames.indexOf(a.dimension) - dimensionNames.indexOf(b.dimension) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  const up = all
    .filter((c) => c.to > c.from)
    .sort(byOrder)
    .slice(0, changesEach);
  const down = all
    .filter((c) => c.to < c.from)
    .sort(byOrder)
    .slice(0, changesEach);
  return [...up, ...down].sort(byOrder);
}

/** Everything a reader, the report or an export gets of one tenant's figures. */
export function protectFigures(
  raw: RawFigures,
  threshold: number,
  options: ProtectOptions = {},
): ProtectedFigures {
  const t = safe(threshold);
  const current = protectPeriod(raw.current, t, options);
  const previous = protectPeriod(raw.previous, t, options);
  return {
    tenant: raw.tenant,
    threshold: t,
    current,
    previous,
    yearEarlier: protectPeriod(raw.yearEarlier, t, options),
    trend: raw.trend.map((counts) => protectPeriod(counts, t, options)),
    changes: changesBetween(previous, current),
  };
}

/**
 * The dimensions a two-dimensional table may pair: those that count every contact once
 * (so its margins are exactly the one-dimensional breakdowns, protected the same way).
 * A complaint's route and the signal category count only some contacts.
 */
export const pairDimensions = [
  'kind',
  'topic',
  'role',
  'schoolType',
  'gemeente',
  'channel',
] as const satisfies readonly Dimension[];
export type PairDimension = (typeof pairDimensions)[number];

/** One period's raw counts of two dimensions together: `cells[rowValue][columnValue]`. */
export interface PairCounts {
  rows: PairDimension;
  columns: PairDimension;
  cells: Record<string, Record<string, number>>;
}

/**
 * The pairs of dimensions worth offering as a table: those whose protected table shows
 * at least one non-zero inner cell. A table whose inner cells would all be hidden (or
 * zero) tells nothing its two breakdowns do not, so it is not offered. Three or more
 * dimensions together are never offered.
 */
export function offeredPairs(
  raw: readonly PairCounts[],
  threshold: number,
): { rows: PairDimension; columns: PairDimension }[] {
  return raw
    .filter(
      (pair) =>
        pair.rows !== pair.columns &&
        pairDimensions.includes(pair.rows) &&
        pairDimensions.includes(pair.columns) &&
        Object.values(protectTable(pair.cells, threshold).cells).some((row) =>
          Object.values(row).some((cell) => cell.shown && cell.value > 0),
        ),
    )
    .map(({ rows, columns }) => ({ rows, columns }));
}
