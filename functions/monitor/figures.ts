/**
 * The monitor's raw figures for a period: the period, the one before, the same one a
 * year earlier and a trend, each the sum of month summaries (month-summary.ts). One Query
 * per tenant over the month range reads them all, so the cost grows with the months
 * asked, never with the number of contacts; the facts are not read here.
 */
import { queryAll } from '../core/query-all.ts';
import { summaryPartition } from '../core/keys.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { emptyDimensions, type MonthSummary } from './month-summary.ts';
import type { PeriodCounts, RawFigures } from './monitor-types.ts';
import { periodBefore, trendUpTo, yearEarlier, type Period } from './periods.ts';

/** The periods one answer needs: the chosen one first. */
export function periodsFor(period: Period, trendLength: number) {
  return {
    current: period,
    previous: periodBefore(period),
    yearEarlier: yearEarlier(period),
    trend: trendUpTo(period, Math.max(1, trendLength)),
  };
}

/** The oldest and newest month of a set of periods: the one range a Query reads. */
export function monthRange(periods: readonly Period[]): { first: string; last: string } {
  const months = periods.flatMap((period) => period.months).sort();
  return { first: months[0]!, last: months[months.length - 1]! };
}

/** The counts of a period from the summaries of its months; a month without one is zero. */
export function countsOver(
  period: Period,
  summaries: ReadonlyMap<
    string,
    readonly Pick<MonthSummary, 'total' | 'byDimension' | 'firstAnswer' | 'meetings'>[]
  >,
): PeriodCounts {
  const counts: PeriodCounts = {
    period,
    total: 0,
    perMonth: [],
    byDimension: emptyDimensions(),
    firstAnswer: { within: 0, known: 0 },
    meetings: { meetings: 0, signUps: 0, attended: 0 },
  };
  for (const month of period.months) {
    const ofMonth = { total: 0, signUps: 0, attended: 0 };
    counts.perMonth.push(ofMonth);
    for (const summary of summaries.get(month) ?? []) {
      ofMonth.total += summary.total;
      ofMonth.signUps += summary.meetings.signUps;
      ofMonth.attended += summary.meetings.attended;
      counts.total += summary.total;
      for (const [dimension, values] of Object.entries(summary.byDimension)) {
        const sum = counts.byDimension[dimension as keyof PeriodCounts['byDimension']];
        if (!sum) continue; // a dimension no longer counted
        for (const [value, count] of Object.entries(values)) {
          sum[value] = (sum[value] ?? 0) + count;
        }
      }
      counts.firstAnswer.within += summary.firstAnswer.within;
      counts.firstAnswer.known += summary.firstAnswer.known;
      counts.meetings.meetings += summary.meetings.meetings;
      counts.meetings.signUps += summary.meetings.signUps;
      counts.meetings.attended += summary.meetings.attended;
    }
  }
  return counts;
}

/** A tenant's summaries from `first` to `last` (inclusive): one Query, paged if large. */
export async function summariesOf(
  deps: TableHandle,
  tenant: string,
  first: string,
  last: string,
): Promise<MonthSummary[]> {
  return queryAll<MonthSummary>(deps, {
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
    ExpressionAttributeValues: { ':pk': summaryPartition(tenant), ':first': first, ':last': last },
  });
}

/**
 * The raw figures of one or more tenants summed (a coördinator's steunpunt serves several
 * SWVs): one Query per tenant. `label` names the whole in the answer (the tenant's slug).
 */
export async function readFiguresOf(
  deps: TableHandle,
  tenants: readonly string[],
  label: string,
  period: Period,
  trendLength: number,
): Promise<RawFigures> {
  const periods = periodsFor(period, trendLength);
  const { first, last } = monthRange([
    periods.current,
    periods.previous,
    periods.yearEarlier,
    ...periods.trend,
  ]);
  const byMonth = new Map<string, MonthSummary[]>();
  const read = await Promise.all(tenants.map((tenant) => summariesOf(deps, tenant, first, last)));
  for (const summary of read.flat()) {
    byMonth.set(summary.month, [...(byMonth.get(summary.month) ?? []), summary]);
  }
  return {
    tenant: label,
    current: countsOver(periods.current, byMonth),
    previous: countsOver(periods.previous, byMonth),
    yearEarlier: countsOver(periods.yearEarlier, byMonth),
    trend: periods.trend.map((trendPeriod) => countsOver(trendPeriod, byMonth)),
  };
}

/** One tenant's raw figures for a period, its comparisons and a trend of `trendLength` periods. */
export const readFigures = (
  deps: TableHandle,
  tenant: string,
  period: Period,
  trendLength: number,
): Promise<RawFigures> => readFiguresOf(deps, [tenant], tenant, period, trendLength);
