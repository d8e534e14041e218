export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;

export function table(rows: Record<string, string | number>[]): void {
  console.table(rows);
}
