/**
 * The job that keeps the month summaries up to date: it drains the sparse `sumsync`
 * index, where every write that changes what a summary counts (a monitor fact, a meeting)
 * left a mark in the same write (`summaryDirtyAttributes`, core/keys.ts).
 *
 * One page of the queue is grouped by (tenant, month) and each month is rebuilt once.
 * Only then are the marks taken off, each conditioned on being the very mark read: a
 * change that landed during the rebuild wrote a new mark, which stays for the next run.
 * So a run that stops anywhere, or two runs at once, leave at worst a month rebuilt once
 * more, never a summary that misses a change.
 */
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { summaryPendingPartition } from '../core/keys.ts';
import type { ItemKey, TableDeps } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import { log } from '../lib/log.ts';
import { meetingKey } from '../meetings/meeting-keys.ts';
import { rebuildSummary } from './month-summary.ts';

interface QueuedMark extends ItemKey {
  steunpunt: string;
  sumSk: string;
  sumTargets: string[];
}

export interface SummarySyncResult {
  /** Marks read from the queue in this batch. */
  marks: number;
  /** Months rebuilt (a summary written, or a newer one found there already). */
  rebuilt: number;
  /** Marks taken off; the others changed meanwhile and are read again next run. */
  cleared: number;
}

/** A meeting's partition (meetings/meeting-keys.ts): its marks name the meeting to read again. */
const meetingPrefix = meetingKey('').pk;

/** The moment a mark was written: its sort key is `<tenant>#<month>#<writtenAt>`. */
const writtenAtOf = (sumSk: string) => sumSk.split('#').slice(2).join('#');

/** Drains up to `limit` marks: rebuilds each (tenant, month) they name once. */
export async function syncSummaries(deps: TableDeps, limit = 100): Promise<SummarySyncResult> {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'sumsync',
      KeyConditionExpression: 'sumPk = :p',
      ExpressionAttributeValues: { ':p': summaryPendingPartition },
      ProjectionExpression: 'pk, sk, steunpunt, sumSk, sumTargets',
      Limit: limit,
    }),
  );
  const marks = (Items ?? []) as QueuedMark[];
  // tenant#month → the steunpunt whose meetings count there, the newest mark, the meetings.
  const months = new Map<string, { steunpunt: string; markedAt: string; meetings: string[] }>();
  for (const mark of marks) {
    const markedAt = writtenAtOf(mark.sumSk);
    for (const target of mark.sumTargets ?? []) {
      const month = months.get(target) ?? { steunpunt: mark.steunpunt, markedAt, meetings: [] };
      if (markedAt > month.markedAt) month.markedAt = markedAt;
      if (mark.pk.startsWith(meetingPrefix))
        month.meetings.push(mark.pk.slice(meetingPrefix.length));
      months.set(target, month);
    }
  }
  for (const [target, { steunpunt, ...marked }] of months) {
    const [tenant, month] = target.split('#') as [string, string];
    await rebuildSummary(deps, steunpunt, { tenant, month }, marked);
  }
  let cleared = 0;
  for (const mark of marks) {
    try {
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: { pk: mark.pk, sk: mark.sk },
          UpdateExpression: 'REMOVE sumPk, sumSk, sumTargets',
          ConditionExpression: 'sumSk = :sk',
          ExpressionAttributeValues: { ':sk': mark.sumSk },
        }),
      );
      cleared++;
    } catch (error) {
      // Marked again since the read (or gone): the next run rebuilds with that change.
      if (!isConditionFailure(error)) throw error;
    }
  }
  if (months.size > 0) log.info('summaries.rebuilt', { count: months.size });
  return { marks: marks.length, rebuilt: months.size, cleared };
}
