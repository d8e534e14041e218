/**
 * The one seam between the monitor's routes and what the figures are made of: a reader
 * that reads the raw counts (figures.ts, `readFigures`) and protects them with the
 * steunpunt's threshold (protect.ts, `protectFigures`). The routes receive it in their
 * deps, so they, their tests and the page are built without knowing how counts are kept.
 *
 * Whatever a reader hands back, the routes send only `publicFigures` of it: every field
 * copied by name, every count rebuilt as a `Shown`. So even a reader that carried more
 * (a signal text, a case id) could not pass it on to an SWV.
 */
import { readMonitorThreshold } from '../cases/case-settings.ts';
import type { TableHandle } from '../core/table-deps.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import { readFigures } from './figures.ts';
import { protectCount, protectFigures } from './protect.ts';
import { approvedSignals } from './signal-records.ts';
import {
  dimensionNames,
  type Change,
  type ProtectedCounts,
  type ProtectedFigures,
  type ProtectedSignalGroup,
  type Shown,
} from './monitor-types.ts';
import type { Period, PeriodKind } from './periods.ts';

export interface MonitorRequest {
  /** The SWV, with its steunpunt (whose threshold setting protects the counts). */
  tenant: Tenant;
  period: Period;
  /** How many periods the trends show, ending with `period`. */
  trendLength: number;
}

export type ReadMonitor = (request: MonitorRequest) => Promise<ProtectedFigures>;

/** How far back the trends go for each kind of period: about two to four years. */
export const trendLengths: Record<PeriodKind, number> = {
  maand: 12,
  kwartaal: 8,
  halfjaar: 6,
  schooljaar: 4,
};

const shown = (count: Shown): Shown =>
  count.shown
    ? { shown: true, value: count.value }
    : { shown: false, reason: count.reason === 'klein' ? 'klein' : 'afgeleid' };

const periodOnly = ({ kind, id, label, months }: Period): Period => ({
  kind,
  id,
  label,
  months: [...months],
});

function countsOnly(counts: ProtectedCounts): ProtectedCounts {
  const byDimension = Object.fromEntries(
    dimensionNames.map((dimension) => [
      dimension,
      Object.fromEntries(
        Object.entries(counts.byDimension[dimension] ?? {}).map(([value, count]) => [
          value,
          shown(count),
        ]),
      ),
    ]),
  ) as ProtectedCounts['byDimension'];
  return {
    period: periodOnly(counts.period),
    total: shown(counts.total),
    byDimension,
    ...(counts.withinTargetPercent !== undefined
      ? { withinTargetPercent: counts.withinTargetPercent }
      : {}),
    meetings: {
      meetings: shown(counts.meetings.meetings),
      signUps: shown(counts.meetings.signUps),
      attended: shown(counts.meetings.attended),
    },
  };
}

const changeOnly = ({ dimension, value, from, to }: Change): Change => ({
  dimension,
  value,
  from,
  to,
});

const signalsOnly = ({ category, texts }: ProtectedSignalGroup): ProtectedSignalGroup => ({
  category,
  texts: texts.map(({ text, month, cases: behind }) => ({ text, month, cases: shown(behind) })),
});

/** The figures as they may leave the server: only the declared fields, nothing else. */
export function publicFigures(figures: ProtectedFigures): ProtectedFigures {
  return {
    tenant: figures.tenant,
    threshold: figures.threshold,
    current: countsOnly(figures.current),
    previous: countsOnly(figures.previous),
    yearEarlier: countsOnly(figures.yearEarlier),
    trend: figures.trend.map(countsOnly),
    changes: figures.changes.map(changeOnly),
    signals: (figures.signals ?? []).map(signalsOnly),
  };
}

/**
 * The reader the portal runs on: the SWV's raw counts from its month summaries
 * (figures.ts), protected with its steunpunt's threshold (protect.ts), with the signal
 * texts a coördinator approved for the period, whose counts are protected the same way.
 */
export function monitorReader(deps: TableHandle): ReadMonitor {
  return async ({ tenant, period, trendLength }) => {
    const [threshold, raw, groups] = await Promise.all([
      readMonitorThreshold(deps, tenant.steunpunt),
      readFigures(deps, tenant.slug, period, trendLength),
      approvedSignals(deps, tenant.slug, period),
    ]);
    return {
      ...protectFigures(raw, threshold),
      signals: groups.map((group) => ({
        category: group.category,
        texts: group.signals.map((signal) => ({
          text: signal.text,
          month: signal.month,
          cases: protectCount(signal.cases, threshold),
        })),
      })),
    };
  };
}
