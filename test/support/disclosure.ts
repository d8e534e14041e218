/**
 * Which hidden cells of a published table a reader can work out by adding and
 * subtracting: exact linear algebra, independent of how protect.ts chose what to hide.
 *
 * The table is a set of unknowns (every cell and total) tied by equations (a row's cells
 * add up to its total, …). The published values are known; what is left is a system in
 * the hidden unknowns, `A · hidden = b` for some b. A hidden unknown is determined exactly
 * when its unit vector lies in the row space of A. In the reduced row echelon form of A
 * that is when its column is a pivot whose row has no other non-zero entry. The form is
 * computed over the integers (fraction-free Gauss-Jordan elimination with BigInt, each
 * row divided by its gcd), so no rounding can hide a case. No library: npm has no exact
 * linear algebra small enough to be worth it for this.
 */

/** An equation: the listed unknowns (by index) with their coefficients add up to 0. */
export type Equation = readonly (readonly [unknown: number, coefficient: number])[];

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
};

const reduce = (row: bigint[]) => {
  const divisor = row.reduce((g, value) => gcd(g, value), 0n);
  return divisor > 1n ? row.map((value) => value / divisor) : row;
};

/** The reduced row echelon form (each row scaled to integers) and its pivot columns. */
export function echelon(matrix: readonly (readonly number[])[]): {
  rows: bigint[][];
  pivots: number[];
} {
  const rows = matrix.map((row) => row.map(BigInt));
  const width = rows[0]?.length ?? 0;
  const pivots: number[] = [];
  for (let column = 0; column < width && pivots.length < rows.length; column++) {
    const at = pivots.length;
    const pivot = rows.findIndex((row, index) => index >= at && row[column] !== 0n);
    if (pivot < 0) continue;
    [rows[at], rows[pivot]] = [rows[pivot]!, rows[at]!];
    const top = rows[at]!;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!;
      if (index === at || row[column] === 0n) continue;
      const factor = row[column]!;
      rows[index] = reduce(row.map((value, k) => value * top[column]! - top[k]! * factor));
    }
    pivots.push(column);
  }
  return { rows: rows.slice(0, pivots.length), pivots };
}

/**
 * The hidden unknowns a reader can work out from the equations and the published ones.
 * `hidden` lists the unknowns not published; returns those among them that are determined.
 */
export function determined(equations: readonly Equation[], hidden: readonly number[]): number[] {
  const column = new Map(hidden.map((unknown, index) => [unknown, index]));
  const matrix = equations.map((equation) => {
    const row = new Array<number>(hidden.length).fill(0);
    for (const [unknown, coefficient] of equation) {
      const index = column.get(unknown);
      if (index !== undefined) row[index]! += coefficient;
    }
    return row;
  });
  if (hidden.length === 0) return [];
  const { rows, pivots } = echelon(matrix);
  return pivots
    .filter((_, i) => rows[i]!.filter((value) => value !== 0n).length === 1)
    .map((index) => hidden[index]!);
}

/**
 * Whether `vector` (coefficients over the unknowns) is a sum a reader can compute from the
 * rows `form` was made of (`echelon` of the published sums): it lies in their row space
 * exactly when reducing it by each pivot row leaves nothing.
 */
export function inRowSpace(
  form: { rows: bigint[][]; pivots: number[] },
  vector: readonly number[],
): boolean {
  let rest = vector.map(BigInt);
  form.rows.forEach((row, i) => {
    const pivot = form.pivots[i]!;
    const factor = rest[pivot]!;
    if (factor === 0n) return;
    rest = rest.map((value, k) => value * row[pivot]! - row[k]! * factor);
  });
  return rest.every((value) => value === 0n);
}

/** A small seeded generator (mulberry32), so a failing table can be found again. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
