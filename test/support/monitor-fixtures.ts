/**
 * Monitor figures made by hand, for the routes' and the page's tests while the store and
 * the protection are built in parallel: `protectedFigures` gives a realistic SWV (some
 * counts shown, some hidden as small or derived) for any period, and `fixtureReader` is a
 * `ReadMonitor` (functions/monitor/monitor-read.ts) that answers it.
 */
import type { MonitorRequest, ReadMonitor } from '../../functions/monitor/monitor-read.ts';
import {
  dimensionNames,
  type Dimension,
  type ProtectedCounts,
  type ProtectedFigures,
  type Shown,
} from '../../functions/monitor/monitor-types.ts';
import {
  periodBefore,
  trendUpTo,
  yearEarlier,
  type Period,
} from '../../functions/monitor/periods.ts';

export const show = (value: number): Shown => ({ shown: true, value });
export const small: Shown = { shown: false, reason: 'klein' };
export const derived: Shown = { shown: false, reason: 'afgeleid' };

/** A count as protection shows it with the threshold 5: 1 to 4 hidden as small. */
const counted = (value: number): Shown => (value > 0 && value < 5 ? small : show(value));

/** Per dimension the cells of a period; `scale` makes periods differ. */
function cells(scale: number): Record<Dimension, Record<string, Shown>> {
  const n = (base: number) => counted(Math.round(base * scale));
  const byDimension: Record<Dimension, Record<string, Shown>> = {
    kind: { question: n(40), complaint: n(12) },
    route: { gpo: n(6), 'bezwaar-tlv': small, 'weet-ik-niet': derived },
    topic: {
      ondersteuning: n(14),
      thuiszitten: n(9),
      'speciaal-onderwijs': n(8),
      opp: small,
      anders: derived,
    },
    role: { ouder: n(38), professional: n(10), jongere: small },
    schoolType: { po: n(30), sbo: n(7), so: small, onbekend: n(11) },
    gemeente: { Haarlemmermeer: n(44), anders: small },
    channel: { formulier: n(31), telefoon: n(15), whatsapp: small, inloop: derived },
    signalCategory: { thuiszitten: n(6), wachttijden: small, informatie: n(5) },
  };
  for (const dimension of dimensionNames) byDimension[dimension] ??= {};
  return byDimension;
}

export function protectedCounts(period: Period, scale = 1): ProtectedCounts {
  return {
    period,
    total: counted(Math.round(52 * scale)),
    byDimension: cells(scale),
    withinTargetPercent: Math.min(100, Math.round(78 * scale)),
    meetings: { meetings: small, signUps: counted(Math.round(23 * scale)), attended: small },
  };
}

/** A whole answer for `tenant` and `period`, the trend `trendLength` periods long. */
export function protectedFigures(
  tenant: string,
  period: Period,
  trendLength = 6,
): ProtectedFigures {
  const trend = trendUpTo(period, trendLength).map((p, i) =>
    protectedCounts(p, 0.7 + (0.3 * (i + 1)) / trendLength),
  );
  return {
    tenant,
    threshold: 5,
    current: protectedCounts(period),
    previous: protectedCounts(periodBefore(period), 0.85),
    yearEarlier: protectedCounts(yearEarlier(period), 0.7),
    trend,
    changes: [
      { dimension: 'topic', value: 'thuiszitten', from: 5, to: 9 },
      { dimension: 'channel', value: 'telefoon', from: 19, to: 15 },
    ],
  };
}

/** A reader (by default one that answers the fixture) that remembers what it was asked. */
export function fixtureReader(
  read: ReadMonitor = async (request) =>
    protectedFigures(request.tenant.slug, request.period, request.trendLength),
): ReadMonitor & { asked: MonitorRequest[] } {
  const asked: MonitorRequest[] = [];
  const reader: ReadMonitor = async (request) => {
    asked.push(request);
    return read(request);
  };
  return Object.assign(reader, { asked });
}

/** A period in which nothing came in: every count 0, nothing to break down. */
export function emptyFigures(tenant: string, period: Period, trendLength = 6): ProtectedFigures {
  const none = (p: Period): ProtectedCounts => ({
    period: p,
    total: show(0),
    byDimension: Object.fromEntries(
      dimensionNames.map((d) => [d, {}]),
    ) as ProtectedCounts['byDimension'],
    meetings: { meetings: show(0), signUps: show(0), attended: show(0) },
  });
  return {
    tenant,
    threshold: 5,
    current: none(period),
    previous: none(periodBefore(period)),
    yearEarlier: none(yearEarlier(period)),
    trend: trendUpTo(period, trendLength).map(none),
    changes: [],
  };
}
