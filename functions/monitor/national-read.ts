/**
 * The beheerder's national view: the month summaries of every SWV summed (figures.ts)
 * and protected like one SWV's own (protect.ts), with the highest threshold any steunpunt
 * chose, so it is never weaker than the view of an SWV in it. It names no SWV and holds
 * no signal texts: those are written for one SWV's board.
 */
import { readMonitorThreshold } from '../cases/case-settings.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { readFiguresOf } from './figures.ts';
import type { ProtectedFigures } from './monitor-types.ts';
import type { Period } from './periods.ts';
import { protectFigures, smallestThreshold } from './protect.ts';

export interface NationalSwv {
  slug: string;
  steunpunt: string;
}

export interface NationalRequest {
  period: Period;
  trendLength: number;
}

export interface NationalFigures {
  figures: ProtectedFigures;
  /** How many SWVs and steunpunten the figures are of. */
  swvs: number;
  steunpunten: number;
}

export type ReadNational = (request: NationalRequest) => Promise<NationalFigures>;

/** The tenant name the national figures carry (also in an export's file name). */
export const nationalLabel = 'landelijk';

export function nationalReader(
  deps: TableHandle,
  listSwvs: () => Promise<NationalSwv[]>,
): ReadNational {
  return async ({ period, trendLength }) => {
    const swvs = await listSwvs();
    const steunpunten = [...new Set(swvs.map((swv) => swv.steunpunt))];
    const [thresholds, raw] = await Promise.all([
      Promise.all(steunpunten.map((id) => readMonitorThreshold(deps, id))),
      readFiguresOf(
        deps,
        swvs.map((swv) => swv.slug),
        nationalLabel,
        period,
        trendLength,
      ),
    ]);
    return {
      figures: { ...protectFigures(raw, Math.max(smallestThreshold, ...thresholds)), signals: [] },
      swvs: swvs.length,
      steunpunten: steunpunten.length,
    };
  };
}
