/**
 * The mark that puts a case in the monitor's queue. Whoever changes a field the anonymous
 * monitor fact shows (status, signal, first answer, topic, …) sets it in the same write;
 * the fact sync (functions/monitor/facts.ts) then rewrites the fact and takes the mark off.
 */
import { factPendingPartition } from '../core/keys.ts';

/** The attributes that put a case in the fact sync's queue, as of `now`. */
export function factDirtyAttributes(casePk: string, now: Date) {
  return { factPk: factPendingPartition, factSk: `${now.toISOString()}#${casePk}` };
}
