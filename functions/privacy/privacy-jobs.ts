/**
 * The scheduled privacy work in one call: first the monitor facts, then the month
 * summaries built from them (after the facts, so a run counts the facts it just wrote),
 * then the retention erasures, which never touch facts or summaries. The retention-job
 * Lambda runs it daily; the local portal's poller runs it too.
 */
import { log } from '../lib/log.ts';
import { syncFacts } from '../monitor/facts.ts';
import { syncSummaries } from '../monitor/summary-sync.ts';
import type { TableDeps } from '../core/table-deps.ts';
import { purgeMeetings } from '../meetings/meeting-retention.ts';
import { purgeExpired } from './retention.ts';

export interface PrivacyJobOptions {
  /** Asked before every batch; the Lambda stops while it still has time to finish one. */
  hasTime?: () => boolean;
  batchSize?: number;
}

export interface PrivacyJobResult {
  factsWritten: number;
  erased: number;
  kept: number;
}

export async function runPrivacyJobs(
  deps: TableDeps,
  options: PrivacyJobOptions = {},
): Promise<PrivacyJobResult> {
  const hasTime = options.hasTime ?? (() => true);
  const batchSize = options.batchSize ?? 25;
  const total: PrivacyJobResult = { factsWritten: 0, erased: 0, kept: 0 };
  // Meetings and summaries log their own count; the result keeps its shape.
  let meetingsErased = 0;
  let summariesRebuilt = 0;

  while (hasTime()) {
    const batch = await syncFacts(deps, batchSize);
    total.factsWritten += batch.written;
    // A short batch means the queue is empty; whatever is left goes to the next run.
    if (batch.written + batch.skipped < batchSize) break;
  }
  while (hasTime()) {
    const batch = await syncSummaries(deps, batchSize * 4);
    summariesRebuilt += batch.rebuilt;
    // A batch that cleared nothing would read the same marks again: leave them for later.
    if (batch.marks < batchSize * 4 || batch.cleared === 0) break;
  }
  while (hasTime()) {
    const batch = await purgeExpired(deps, batchSize);
    total.erased += batch.erased;
    total.kept += batch.kept;
    if (batch.erased + batch.kept < batchSize) break;
  }
  while (hasTime()) {
    const batch = await purgeMeetings(deps, batchSize);
    meetingsErased += batch.erased;
    if (batch.erased < batchSize) break;
  }
  // Quiet when there was nothing to do: the local poller runs this every ten seconds.
  const count = total.factsWritten + total.erased + meetingsErased + summariesRebuilt;
  if (count > 0) log.info('privacy-jobs.run', { count });
  return total;
}
