/**
 * The month summary: one item per tenant and month with that month's counts, so that the
 * monitor reads a handful of summaries instead of every fact of a period.
 *
 *   pk = SUM#<tenant>, sk = <yyyy-mm>
 *
 * A summary is never updated by adding or subtracting: it is rebuilt from the month's
 * facts (at most about a thousand) and the meetings held that month. So a rebuild run
 * twice writes the same item, and a fact that moves from one category to another simply
 * counts in its new one. The write is conditioned on `asOf`: the newest of the queue
 * marks it was started for (summary-sync.ts) and the `changedAt` of the facts it counted.
 * A mark carries the moment it was written, with its change, and a rebuild reads after it
 * has seen its marks; every moment a rebuild that read before a change can have seen is
 * older than that change's mark. So the rebuild started for the change has the greater
 * `asOf` and is never overwritten by the stale one; any other rebuild leaves the change's
 * mark in the queue for the next run. (The marks also cover a meeting that moved away:
 * the month it left has no fact that says so.)
 */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { summaryPartition } from '../core/keys.ts';
import type { TableDeps } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import { agendaPartition, meetingKey } from '../meetings/meeting-keys.ts';
import type { MeetingItem } from '../meetings/meeting-model.ts';
import {
  countsOf,
  type MeetingCounts as MeetingRetentionCounts,
} from '../meetings/meeting-retention.ts';
import { factsOf, type MonitorFact } from './facts.ts';
import { dimensionNames, type Dimension, type MeetingCounts } from './monitor-types.ts';

export interface MonthSummary {
  pk: string;
  sk: string;
  kind: 'month-summary';
  tenant: string;
  month: string;
  /** Contacts (cases) that came in this month. */
  total: number;
  /**
   * Per dimension, per value key, how many contacts. Every fact has one value for each
   * dimension (`onbekend`, or `none` for no signal), so a dimension's counts add up to
   * `total`; `route` only counts complaints, the one kind that has one.
   */
  byDimension: Record<Dimension, Record<string, number>>;
  firstAnswer: { within: number; known: number };
  /** The Oudercafé meetings held this month for this tenant (cancelled ones not). */
  meetings: MeetingCounts;
  /** The newest `changedAt` of the facts counted and marks seen: what orders two rebuilds. */
  asOf: string;
  rebuiltAt: string;
}

/** Which summary: a tenant's month. */
export interface SummaryTarget {
  tenant: string;
  month: string;
}

export const summaryKey = (tenant: string, month: string) => ({
  pk: summaryPartition(tenant),
  sk: month,
});

export const emptyDimensions = (): Record<Dimension, Record<string, number>> =>
  Object.fromEntries(dimensionNames.map((name) => [name, {}])) as Record<
    Dimension,
    Record<string, number>
  >;

/** What one fact adds to each dimension; undefined where it has no value (a question's route). */
function valueOf(fact: MonitorFact, dimension: Dimension): string | undefined {
  return fact[dimension];
}

/** The counts of one tenant's month: a pure function of its facts and meetings. */
export function summarise(
  target: SummaryTarget,
  facts: readonly MonitorFact[],
  meetings: readonly MeetingRetentionCounts[],
  now: Date,
): MonthSummary {
  const byDimension = emptyDimensions();
  const firstAnswer = { within: 0, known: 0 };
  let asOf = '';
  for (const fact of facts) {
    for (const dimension of dimensionNames) {
      const value = valueOf(fact, dimension);
      if (value === undefined) continue;
      const counts = byDimension[dimension];
      counts[value] = (counts[value] ?? 0) + 1;
    }
    if (fact.firstResponseWithinTarget !== 'unknown') {
      firstAnswer.known++;
      if (fact.firstResponseWithinTarget) firstAnswer.within++;
    }
    if (fact.changedAt > asOf) asOf = fact.changedAt;
  }
  const held = meetings.filter((meeting) => !meeting.cancelledMeeting);
  return {
    ...summaryKey(target.tenant, target.month),
    kind: 'month-summary',
    tenant: target.tenant,
    month: target.month,
    total: facts.length,
    byDimension,
    firstAnswer,
    meetings: {
      meetings: held.length,
      signUps: held.reduce((sum, meeting) => sum + meeting.signedUpPersons, 0),
      attended: held.reduce((sum, meeting) => sum + meeting.attendedPersons, 0),
    },
    asOf,
    rebuiltAt: now.toISOString(),
  };
}

/** The last day before the month and the second day after it, as `yyyy-mm-dd` (UTC). */
function daysAround(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number);
  const day = (monthIndex: number, date: number) =>
    new Date(Date.UTC(year!, monthIndex, date)).toISOString().slice(0, 10);
  return { from: day(monthNumber! - 1, 0), to: day(monthNumber!, 2) };
}

/**
 * The counts of the meetings of the tenant's steunpunt that start in this Amsterdam month
 * and are (also) for this tenant: one Query on the agenda (pattern 21), a day wider on
 * each side than the month in UTC, then the exact Amsterdam month. A meeting whose
 * attendees are erased keeps its counts on the item (`finalCounts`). The meetings whose
 * marks started this rebuild are read again by key, consistently, because the index may
 * not show their change yet (in AWS; dynalite's indexes are immediate).
 */
export async function meetingsOf(
  deps: Pick<TableDeps, 'db' | 'tableName'>,
  steunpunt: string,
  target: SummaryTarget,
  markedMeetings: readonly string[] = [],
): Promise<MeetingRetentionCounts[]> {
  type Stored = MeetingItem & { finalCounts?: MeetingRetentionCounts };
  const found = new Map<string, Stored>();
  const { from, to } = daysAround(target.month);
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: 'inbox',
        KeyConditionExpression: 'inboxPk = :p AND inboxSk BETWEEN :from AND :to',
        FilterExpression: 'contains(tenants, :tenant)',
        ExpressionAttributeValues: {
          ':p': agendaPartition(steunpunt),
          ':from': from,
          ':to': to,
          ':tenant': target.tenant,
        },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of (page.Items ?? []) as Stored[]) found.set(item.id, item);
    start = page.LastEvaluatedKey;
  } while (start);
  for (const id of markedMeetings) {
    const { Item } = await deps.db.send(
      new GetCommand({ TableName: deps.tableName, Key: meetingKey(id), ConsistentRead: true }),
    );
    if (Item) found.set(id, Item as Stored);
    else found.delete(id);
  }
  return [...found.values()]
    .filter(
      (item) =>
        item.tenants.includes(target.tenant) &&
        amsterdamMonth(new Date(item.startsAt)) === target.month,
    )
    .map((item) => item.finalCounts ?? countsOf(item));
}

/**
 * Writes a summary unless one built from newer facts is there. Equal `asOf` is the same
 * data read again (a re-run), so it may overwrite. Returns whether it wrote.
 */
export async function writeSummary(
  deps: Pick<TableDeps, 'db' | 'tableName'>,
  summary: MonthSummary,
): Promise<boolean> {
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: summary,
        ConditionExpression: 'attribute_not_exists(pk) OR asOf <= :asOf',
        ExpressionAttributeValues: { ':asOf': summary.asOf },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Rebuilds one tenant's month from its facts (read consistently: every fact written before
 * this read is counted) and its meetings. Idempotent; safe to run in parallel.
 */
export async function rebuildSummary(
  deps: TableDeps,
  steunpunt: string,
  target: SummaryTarget,
  /** The queue marks this rebuild was started for: the newest moment, the meetings marked. */
  marks: { markedAt: string; meetings: readonly string[] } = { markedAt: '', meetings: [] },
): Promise<{ written: boolean; summary: MonthSummary }> {
  const { markedAt } = marks;
  const [facts, meetings] = await Promise.all([
    factsOf(deps, target.tenant, target.month, true),
    meetingsOf(deps, steunpunt, target, marks.meetings),
  ]);
  const counted = summarise(target, facts, meetings, deps.clock());
  const summary = { ...counted, asOf: markedAt > counted.asOf ? markedAt : counted.asOf };
  return { written: await writeSummary(deps, summary), summary };
}
