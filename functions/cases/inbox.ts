/**
 * The inbox: a steunpunt's cases, newest first, served by Query on the `inbox` index
 * (`inboxPk = SP#<steunpunt>#<status>`), never by a Scan. "Open" is three partitions
 * (nieuw, in behandeling, wacht op reactie) merged by creation time.
 *
 * Filters (SWV, kind, topic, assignee, overdue) run as a FilterExpression inside the Query, so
 * a page keeps querying until it has `limit` cases or the partition ends, reading at most
 * `inboxReadLimit` index items per request. When that limit stops a page early it may
 * hold fewer cases (even none) and still carry a cursor: the client asks on.
 *
 * The cursor holds, per partition, where to go on: its start, a key to continue after,
 * or "done". A page never skips a case: a merged page only takes cases newer than the
 * point up to which every partition that is not done was read.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { Staff } from '../auth/tenant-access.ts';
import type { CaseDeps } from './case-deps.ts';
import type { CaseKind } from './case-kinds.ts';
import { tenantPrefix } from '../core/keys.ts';
import { caseSortKey, inboxPartition } from './case-keys.ts';
import { caseStatuses, type CaseStatus, type CaseSummary } from './case.ts';
import { decodeCursor, encodeCursor, keyString } from './cursor.ts';
import { restrictionFilter, staffStillThere } from './case-restriction.ts';
import { toSummary, type StoredCase } from './case-view.ts';

export const openStatuses: readonly CaseStatus[] = ['nieuw', 'in-behandeling', 'wacht-op-reactie'];
export type InboxStatus = CaseStatus | 'open';
export const inboxStatuses = [...Object.keys(caseStatuses), 'open'] as InboxStatus[];

export interface InboxQuery {
  status: InboxStatus;
  swv?: string;
  kind?: CaseKind;
  topic?: string;
  /** 'me', 'none' (unassigned) or a user id. */
  assignee?: string;
  overdue?: boolean;
  cursor?: string;
  limit: number;
}

export type InboxPage =
  { kind: 'page'; items: CaseSummary[]; cursor?: string } | { kind: 'bad-cursor' };

interface IndexKey {
  pk: string;
  sk: string;
  inboxPk: string;
  inboxSk: string;
}
type Position = IndexKey | 'start' | 'done';

const defaultReadLimit = 600;

const positionSchema = z.union([
  z.literal('start'),
  z.literal('done'),
  z.object({ pk: keyString, sk: keyString, inboxPk: keyString, inboxSk: keyString }),
]);
const cursorSchema = z.object({ v: z.literal(1), s: z.record(z.string(), positionSchema) });

/** The positions in the cursor, if it belongs to this steunpunt and these statuses. */
function positionsFrom(
  cursor: string | undefined,
  steunpunt: string,
  statuses: readonly CaseStatus[],
): Map<CaseStatus, Position> | undefined {
  if (cursor === undefined) return new Map(statuses.map((status) => [status, 'start']));
  const decoded = decodeCursor(cursor, cursorSchema);
  if (!decoded) return undefined;
  const given = Object.keys(decoded.s);
  if (given.length !== statuses.length || !statuses.every((s) => given.includes(s))) {
    return undefined;
  }
  const positions = new Map<CaseStatus, Position>();
  for (const status of statuses) {
    const position = decoded.s[status]!;
    if (
      typeof position === 'object' &&
      (position.inboxPk !== inboxPartition(steunpunt, status) ||
        !position.pk.startsWith(tenantPrefix) ||
        position.sk !== caseSortKey)
    ) {
      return undefined;
    }
    positions.set(status, position);
  }
  return positions;
}

interface Expression {
  filter?: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/** What the inbox line needs, and no more: the index holds whole items. */
const projected = [
  'pk',
  'sk',
  'inboxPk',
  'inboxSk',
  'caseId',
  'tenant',
  'kind',
  'steunpunt',
  'reference',
  'createdAt',
  'status',
  'topic',
  'role',
  'channel',
  'assignee',
  'assigneeName',
  'dueAt',
  'firstResponseAt',
  'signal',
];

function expressionFor(
  query: InboxQuery,
  staff: Staff,
  now: Date,
  stillThere?: readonly string[],
): Expression {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const conditions: string[] = [];
  if (query.swv) {
    names['#tenant'] = 'tenant';
    values[':tenant'] = query.swv;
    conditions.push('#tenant = :tenant');
  }
  if (query.kind) {
    names['#kind'] = 'kind';
    values[':kind'] = query.kind;
    // Items from before kinds existed carry none and are questions (kindOf in case-kinds.ts).
    conditions.push(
      query.kind === 'question'
        ? '(#kind = :kind OR attribute_not_exists(#kind))'
        : '#kind = :kind',
    );
  }
  if (query.topic) {
    names['#topic'] = 'topic';
    values[':topic'] = query.topic;
    conditions.push('#topic = :topic');
  }
  if (query.assignee) {
    names['#assignee'] = 'assignee';
    if (query.assignee === 'none') {
      conditions.push('attribute_not_exists(#assignee)');
    } else {
      values[':assignee'] = query.assignee === 'me' ? staff.userId : query.assignee;
      conditions.push('#assignee = :assignee');
    }
  }
  if (query.overdue) {
    Object.assign(names, {
      '#firstResponseAt': 'firstResponseAt',
      '#dueAt': 'dueAt',
      '#status': 'status',
    });
    values[':now'] = now.toISOString();
    values[':closed'] = 'afgerond';
    conditions.push(
      'attribute_not_exists(#firstResponseAt) AND #dueAt < :now AND #status <> :closed',
    );
  }
  // Always: a complaint about the steunpunt is only in its named person's inbox.
  const restricted = restrictionFilter(staff, stillThere);
  Object.assign(names, restricted.names);
  Object.assign(values, restricted.values);
  conditions.push(restricted.condition);
  return {
    ...(conditions.length > 0 ? { filter: conditions.join(' AND ') } : {}),
    names,
    values,
  };
}

const keyOf = (item: StoredCase): IndexKey => ({
  pk: String(item.pk),
  sk: String(item.sk),
  inboxPk: String(item.inboxPk),
  inboxSk: String(item.inboxSk),
});

interface StreamRead {
  items: StoredCase[];
  /** Where to go on after what was read; undefined when the partition ended. */
  next?: IndexKey;
}

/** Up to `want` matching cases of one partition after `start`, reading at most `cap` items. */
async function readStream(
  deps: Pick<CaseDeps, 'db' | 'tableName'>,
  partition: string,
  start: IndexKey | undefined,
  expression: Expression,
  want: number,
  cap: number,
): Promise<StreamRead> {
  const names = { ...expression.names };
  const projection = projected.map((attribute, index) => {
    names[`#p${index}`] = attribute;
    return `#p${index}`;
  });
  // Without a filter every item read is a match; with one, read ahead in bigger steps.
  const step = (missing: number) => (expression.filter ? Math.max(missing * 4, 50) : missing);
  const items: StoredCase[] = [];
  let read = 0;
  let key = start;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: 'inbox',
        KeyConditionExpression: 'inboxPk = :partition',
        ScanIndexForward: false,
        Limit: Math.max(1, Math.min(cap - read, step(want - items.length))),
        ProjectionExpression: projection.join(', '),
        ...(expression.filter ? { FilterExpression: expression.filter } : {}),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':partition': partition, ...expression.values },
        ...(key ? { ExclusiveStartKey: key } : {}),
      }),
    );
    read += page.ScannedCount ?? page.Items?.length ?? 0;
    items.push(...((page.Items ?? []) as StoredCase[]));
    key = page.LastEvaluatedKey as IndexKey | undefined;
  } while (key && items.length < want && read < cap);
  if (items.length > want) {
    items.length = want;
    return { items, next: keyOf(items[want - 1]!) };
  }
  return { items, ...(key ? { next: key } : {}) };
}

const newestFirst = (a: StoredCase, b: StoredCase) =>
  String(b.inboxSk).localeCompare(String(a.inboxSk)) || String(b.pk).localeCompare(String(a.pk));

export async function listInbox(
  deps: Pick<CaseDeps, 'db' | 'tableName' | 'clock' | 'inboxReadLimit'>,
  staff: Staff,
  query: InboxQuery,
): Promise<InboxPage> {
  const statuses = query.status === 'open' ? openStatuses : [query.status];
  const positions = positionsFrom(query.cursor, staff.steunpunt, statuses);
  if (!positions) return { kind: 'bad-cursor' };

  const now = deps.clock();
  const expression = expressionFor(query, staff, now, await staffStillThere(deps, staff));
  const active = statuses.filter((status) => positions.get(status) !== 'done');
  const cap = Math.max(1, Math.floor((deps.inboxReadLimit ?? defaultReadLimit) / active.length));
  const reads = new Map<CaseStatus, StreamRead>();
  await Promise.all(
    active.map(async (status) => {
      const start = positions.get(status)!;
      reads.set(
        status,
        await readStream(
          deps,
          inboxPartition(staff.steunpunt, status),
          start === 'start' || start === 'done' ? undefined : start,
          expression,
          query.limit,
          cap,
        ),
      );
    }),
  );

  // Below the lowest point every unfinished partition was read to, a case of one
  // partition could still be preceded by an unread one of another: leave it for later.
  const frontiers = [...reads.values()].flatMap((r) => (r.next ? [r.next.inboxSk] : []));
  const cutoff = frontiers.sort().at(-1);
  const candidates = [...reads.values()]
    .flatMap((r) => r.items)
    .filter((item) => cutoff === undefined || String(item.inboxSk) >= cutoff)
    .sort(newestFirst);
  const page = candidates.slice(0, query.limit);
  const onPage = new Set(page.map((item) => String(item.pk)));

  const nextPositions: Record<string, Position> = {};
  for (const status of statuses) {
    const read = reads.get(status);
    if (!read) {
      nextPositions[status] = 'done';
      continue;
    }
    const taken = read.items.filter((item) => onPage.has(String(item.pk)));
    if (taken.length === read.items.length) nextPositions[status] = read.next ?? 'done';
    else if (taken.length > 0) nextPositions[status] = keyOf(taken.at(-1)!);
    else nextPositions[status] = positions.get(status)!;
  }
  const more = Object.values(nextPositions).some((position) => position !== 'done');
  return {
    kind: 'page',
    items: page.map((item) => toSummary(item, now)),
    ...(more ? { cursor: encodeCursor({ v: 1, s: nextPositions }) } : {}),
  };
}
