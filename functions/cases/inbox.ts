/**
 * The inbox: a steunpunt's cases, newest first, served by Query on the `inbox` index
 * (`inboxPk = SP#<steunpunt>#<status>`), never by a Scan. "Open" is three partitions
 * (nieuw, in behandeling, wacht op reactie) merged by creation time.
 *
 * "Termijn eerst" (`sort: 'termijn'`) reads the sparse `deadline` index instead: the same
 * partitions, only cases with a filing deadline, soonest last day first, merged the same
 * way. Its deadline filters (`binnenkort`, `verlopen`) are key conditions there; in the
 * newest-first view they are a filter on `filingDeadline`. A deadline filter leaves out
 * closed cases: they carry no flag (deadline-flag.ts).
 *
 * A case stored before the `deadline` index existed has no keys in it until its next
 * status change (case-status.ts) sets them: it lists in the inbox, not yet in this view.
 *
 * Filters (SWV, kind, topic, assignee, overdue, language, tolk wish) run as a FilterExpression inside the Query, so
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
import type { Locale } from '../core/locales.ts';
import { tenantPrefix } from '../core/keys.ts';
import { caseSortKey, inboxPartition } from './case-keys.ts';
import { caseStatuses, type CaseStatus, type CaseSummary, type DeadlineFlag } from './case.ts';
import { decodeCursor, encodeCursor, keyString } from './cursor.ts';
import { restrictionFilter, staffStillThere } from './case-restriction.ts';
import { toSummary, type StoredCase } from './case-view.ts';
import { firstDayNotSoon } from './deadline-flag.ts';
import { amsterdamToday } from './intakes/complaint-schema.ts';

export const openStatuses: readonly CaseStatus[] = ['nieuw', 'in-behandeling', 'wacht-op-reactie'];
export type InboxStatus = CaseStatus | 'open';
export const inboxStatuses = [...Object.keys(caseStatuses), 'open'] as InboxStatus[];

/** The inbox's orders: newest first (every case) or soonest filing deadline first. */
export const inboxSorts = ['nieuwste', 'termijn'] as const;
export type InboxSort = (typeof inboxSorts)[number];

/** Which index serves an order, its key attributes, and which way it reads. */
interface View {
  index: 'inbox' | 'deadline';
  pk: string;
  sk: string;
  ascending: boolean;
}
const views: Record<InboxSort, View> = {
  nieuwste: { index: 'inbox', pk: 'inboxPk', sk: 'inboxSk', ascending: false },
  termijn: { index: 'deadline', pk: 'deadlinePk', sk: 'deadlineSk', ascending: true },
};

export interface InboxQuery {
  status: InboxStatus;
  swv?: string;
  kind?: CaseKind;
  topic?: string;
  /** 'me', 'none' (unassigned) or a user id. */
  assignee?: string;
  overdue?: boolean;
  /** Only cases in this language (`nl` includes the cases that carry none). */
  language?: Locale;
  /** Only cases whose parent would like a tolk (true), or would not (false). */
  tolk?: boolean;
  /** Newest first when left out. */
  sort?: InboxSort;
  /** Only open cases whose filing deadline is this close (or past). */
  deadline?: DeadlineFlag;
  cursor?: string;
  limit: number;
}

export type InboxPage =
  { kind: 'page'; items: CaseSummary[]; cursor?: string } | { kind: 'bad-cursor' };

/** The table key and the view's index key of an item: where a Query goes on. */
type IndexKey = Record<string, string>;
type Position = IndexKey | 'start' | 'done';

const defaultReadLimit = 600;

/** A cursor names its view's key attributes, so one made for the other order is refused. */
const cursorSchemaFor = (view: View) =>
  z.object({
    v: z.literal(1),
    s: z.record(
      z.string(),
      z.union([
        z.literal('start'),
        z.literal('done'),
        z.object({
          pk: keyString,
          sk: keyString,
          [view.pk]: keyString,
          [view.sk]: keyString,
        }),
      ]),
    ),
  });

/** The positions in the cursor, if it belongs to this steunpunt, view and these statuses. */
function positionsFrom(
  cursor: string | undefined,
  steunpunt: string,
  statuses: readonly CaseStatus[],
  sort: InboxSort,
): Map<CaseStatus, Position> | undefined {
  if (cursor === undefined) return new Map(statuses.map((status) => [status, 'start']));
  const view = views[sort];
  const decoded = decodeCursor(cursor, cursorSchemaFor(view));
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
      (position[view.pk] !== inboxPartition(steunpunt, status) ||
        !String(position.pk).startsWith(tenantPrefix) ||
        position.sk !== caseSortKey)
    ) {
      return undefined;
    }
    positions.set(status, position);
  }
  return positions;
}

interface Expression {
  /** Beyond `<pk> = :partition`: a range on the view's sort key, and its bounds. */
  keyRange?: string;
  bounds?: { from?: string; before?: string };
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
  'deadlinePk',
  'deadlineSk',
  'filingDeadline',
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
  'language',
  'tolk',
];

function expressionFor(
  query: InboxQuery,
  staff: Staff,
  now: Date,
  view: View,
  stillThere?: readonly string[],
): Expression {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const conditions: string[] = [];
  let keyRange: string | undefined;
  let bounds: Expression['bounds'];
  if (query.deadline) {
    // "Binnenkort": from today up to (not including) the 11th working day after it.
    const today = amsterdamToday(now);
    values[':today'] = today;
    if (query.deadline === 'binnenkort') values[':notSoon'] = firstDayNotSoon(today);
    if (view.index === 'deadline') {
      // The sort key starts with the last day: "2026-12-04#…" sorts before "2026-12-05".
      // BETWEEN includes its end, but no key equals a bare day, so it stops before it.
      names['#dsk'] = view.sk;
      if (query.deadline === 'verlopen') {
        keyRange = '#dsk < :today';
        bounds = { before: today };
      } else {
        keyRange = '#dsk BETWEEN :today AND :notSoon';
        bounds = { from: today, before: String(values[':notSoon']) };
      }
    } else {
      names['#filingDeadline'] = 'filingDeadline';
      conditions.push(
        query.deadline === 'verlopen'
          ? '#filingDeadline < :today'
          : '#filingDeadline >= :today AND #filingDeadline < :notSoon',
      );
    }
  }
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
  if (query.language) {
    names['#language'] = 'language';
    values[':language'] = query.language;
    // A case without a language came in in Dutch (caseLanguageOf in case.ts).
    conditions.push(
      query.language === 'nl'
        ? '(#language = :language OR attribute_not_exists(#language))'
        : '#language = :language',
    );
  }
  if (query.tolk !== undefined) {
    names['#tolk'] = 'tolk';
    values[':tolk'] = true;
    conditions.push(
      query.tolk ? '#tolk = :tolk' : '(attribute_not_exists(#tolk) OR #tolk <> :tolk)',
    );
  }
  // Always: a complaint about the steunpunt is only in its named person's inbox.
  const restricted = restrictionFilter(staff, stillThere);
  Object.assign(names, restricted.names);
  Object.assign(values, restricted.values);
  conditions.push(restricted.condition);
  return {
    ...(keyRange ? { keyRange, bounds } : {}),
    ...(conditions.length > 0 ? { filter: conditions.join(' AND ') } : {}),
    names,
    values,
  };
}

const keyOf = (item: StoredCase, view: View): IndexKey => ({
  pk: String(item.pk),
  sk: String(item.sk),
  [view.pk]: String(item[view.pk]),
  [view.sk]: String(item[view.sk]),
});

interface StreamRead {
  items: StoredCase[];
  /** Where to go on after what was read; undefined when the partition ended. */
  next?: IndexKey;
}

/** Up to `want` matching cases of one partition after `start`, reading at most `cap` items. */
async function readStream(
  deps: Pick<CaseDeps, 'db' | 'tableName'>,
  view: View,
  partition: string,
  start: IndexKey | undefined,
  expression: Expression,
  want: number,
  cap: number,
): Promise<StreamRead> {
  const names: Record<string, string> = { ...expression.names, '#vpk': view.pk };
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
        IndexName: view.index,
        KeyConditionExpression: [
          '#vpk = :partition',
          ...(expression.keyRange ? [expression.keyRange] : []),
        ].join(' AND '),
        ScanIndexForward: view.ascending,
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
    return { items, next: keyOf(items[want - 1]!, view) };
  }
  return { items, ...(key ? { next: key } : {}) };
}

/** The view's order: by its sort key (newest or soonest first), then by the table key. */
const inViewOrder = (view: View) => (a: StoredCase, b: StoredCase) => {
  const [first, second] = view.ascending ? [a, b] : [b, a];
  return (
    String(first[view.sk]).localeCompare(String(second[view.sk])) ||
    String(first.pk).localeCompare(String(second.pk))
  );
};

export async function listInbox(
  deps: Pick<CaseDeps, 'db' | 'tableName' | 'clock' | 'inboxReadLimit'>,
  staff: Staff,
  query: InboxQuery,
): Promise<InboxPage> {
  const sort = query.sort ?? 'nieuwste';
  const view = views[sort];
  const asked = query.status === 'open' ? openStatuses : [query.status];
  // A deadline flag belongs to open cases only.
  const statuses = query.deadline ? asked.filter((status) => status !== 'afgerond') : asked;
  if (statuses.length === 0) return { kind: 'page', items: [] };
  const positions = positionsFrom(query.cursor, staff.steunpunt, statuses, sort);
  if (!positions) return { kind: 'bad-cursor' };

  const now = deps.clock();
  const expression = expressionFor(query, staff, now, view, await staffStillThere(deps, staff));
  // A cursor made on another day (or with another filter) can point outside today's key
  // range, and DynamoDB refuses such a start key: begin at the range, or end there.
  const { from, before } = expression.bounds ?? {};
  for (const [status, position] of positions) {
    if (typeof position !== 'object') continue;
    const at = position[view.sk]!;
    if (before !== undefined && at >= before) positions.set(status, 'done');
    else if (from !== undefined && at < from) positions.set(status, 'start');
  }
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
          view,
          inboxPartition(staff.steunpunt, status),
          start === 'start' || start === 'done' ? undefined : start,
          expression,
          query.limit,
          cap,
        ),
      );
    }),
  );

  // Past the nearest point every unfinished partition was read to, a case of one
  // partition could still be preceded by an unread one of another: leave it for later.
  const frontiers = [...reads.values()].flatMap((r) => (r.next ? [r.next[view.sk]!] : [])).sort();
  const cutoff = view.ascending ? frontiers[0] : frontiers.at(-1);
  const candidates = [...reads.values()]
    .flatMap((r) => r.items)
    .filter((item) => {
      if (cutoff === undefined) return true;
      const at = String(item[view.sk]);
      return view.ascending ? at <= cutoff : at >= cutoff;
    })
    .sort(inViewOrder(view));
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
    else if (taken.length > 0) nextPositions[status] = keyOf(taken.at(-1)!, view);
    else nextPositions[status] = positions.get(status)!;
  }
  const more = Object.values(nextPositions).some((position) => position !== 'done');
  return {
    kind: 'page',
    items: page.map((item) => toSummary(item, now)),
    ...(more ? { cursor: encodeCursor({ v: 1, s: nextPositions }) } : {}),
  };
}
