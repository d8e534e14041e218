/**
 * The anonymous monitor fact: one item per case, kept apart from the case so that the
 * SWV's monitor stays whole after the case's personal data is erased.
 *
 *   pk = FACT#<tenant>, sk = <yyyy-mm (Amsterdam, of createdAt)>#<caseId>
 *
 * A fact holds only what the monitor counts; never a name, address, phone number,
 * question text or note. Whoever changes a case field the fact reflects marks the case
 * dirty in the same write (`factDirtyAttributes`, functions/cases/case-fact-mark.ts);
 * `syncFacts` then rewrites the fact, and in that same write queues its month summary
 * for a rebuild (month-summary.ts, summary-sync.ts).
 */
import { queryAll } from '../core/query-all.ts';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseItem, SignalCategory } from '../cases/case.ts';
import { log } from '../lib/log.ts';
import { isOwnTopicKey } from '../topics/topic-schema.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { factPartition, factPendingPartition, summaryDirtyAttributes } from '../core/keys.ts';
import { type ItemKey, type TableDeps } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

export interface MonitorFact {
  pk: string;
  sk: string;
  tenant: string;
  steunpunt: string;
  month: string;
  kind: string;
  channel: string;
  /** A national topic key; a steunpunt's own topic counts as `anders` here… */
  topic: string;
  /**
   * …and names the own topic by its key (`eigen-…`), never by its label: a label is text a
   * coördinator typed and may rename, the key is stable. The monitor shows the label from
   * the steunpunt's topics (functions/topics), where no topic is ever deleted.
   */
  ownTopic?: string;
  role: string;
  schoolType: string;
  gemeente: string;
  /** A complaint's route (the chooser's key, `weet-ik-niet`), never its free text. */
  route?: string;
  status: 'open' | 'afgerond';
  /**
   * Only the category: a signal's text reaches the SWV only once a coördinator approved it,
   * as an approved signal of its own (signal-records.ts), never through the fact.
   */
  signalCategory: SignalCategory | 'none';
  /** Unknown while no first answer was recorded. */
  firstResponseWithinTarget: boolean | 'unknown';
  /**
   * When the case was marked dirty for the version of the case this fact shows. A sync
   * that read an older version of the case can never overwrite a newer fact.
   */
  changedAt: string;
}

export function factKey(tenant: string, createdAt: string, caseId: string): ItemKey {
  return { pk: factPartition(tenant), sk: `${amsterdamMonth(new Date(createdAt))}#${caseId}` };
}

/** The moment a case was marked dirty, from its factSk (`<iso time>#<case pk>`). */
const markedAt = (factSk: string) => factSk.slice(0, factSk.indexOf('#'));

type StoredCase = Partial<CaseItem> & Record<string, unknown> & ItemKey;

/** The fact of a case: a pure function of the case's anonymous fields. */
export function factOf(item: StoredCase, changedAt: string): MonitorFact {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : 'onbekend');
  const createdAt = String(item.createdAt);
  const firstResponse = item.firstResponseAt;
  const ownTopic = typeof item.topic === 'string' && isOwnTopicKey(item.topic);
  return {
    ...factKey(String(item.tenant), createdAt, String(item.caseId)),
    tenant: String(item.tenant),
    steunpunt: String(item.steunpunt),
    month: amsterdamMonth(new Date(createdAt)),
    kind: text(item.kind),
    channel: text(item.channel),
    // National topics keep every region comparable: an own topic counts as "Iets anders".
    topic: ownTopic ? 'anders' : text(item.topic),
    ...(ownTopic ? { ownTopic: item.topic } : {}),
    role: text(item.role),
    schoolType: text(item.schoolType),
    gemeente: text(item.gemeente),
    ...(typeof item.route === 'string' && item.route ? { route: item.route } : {}),
    status: item.status === 'afgerond' ? 'afgerond' : 'open',
    signalCategory: item.signal?.category ?? 'none',
    firstResponseWithinTarget:
      firstResponse && item.dueAt ? firstResponse <= item.dueAt : 'unknown',
    changedAt,
  };
}

export interface SyncResult {
  written: number;
  /** Gone, already synced by another run, or changed meanwhile (synced again next run). */
  skipped: number;
}

/** Drains the factsync index: rewrites the fact of every case marked dirty until now. */
export async function syncFacts(deps: TableDeps, limit = 50): Promise<SyncResult> {
  const result: SyncResult = { written: 0, skipped: 0 };
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'factsync',
      KeyConditionExpression: 'factPk = :p AND factSk < :bound',
      ExpressionAttributeValues: {
        ':p': factPendingPartition,
        ':bound': `${deps.clock().toISOString()}$`,
      },
      ProjectionExpression: 'pk, sk',
      Limit: limit,
    }),
  );
  for (const key of Items ?? []) {
    // The index is eventually consistent; the item itself is the truth.
    const { Item } = await deps.db.send(
      new GetCommand({
        TableName: deps.tableName,
        Key: { pk: key.pk, sk: key.sk },
        ConsistentRead: true,
      }),
    );
    if (!Item || typeof Item.factSk !== 'string') {
      result.skipped++;
      continue;
    }
    if (await syncCaseFact(deps, Item as StoredCase)) result.written++;
    else result.skipped++;
  }
  if (result.written > 0) log.info('facts.synced', { count: result.written });
  return result;
}

/**
 * Writes the fact of a case as read (consistently) by the caller, then takes the case
 * out of the queue unless it was marked dirty again meanwhile. Safe to run twice or in
 * parallel: the fact's key is fixed and an older read never overwrites a newer fact.
 * Returns whether this call wrote the fact.
 */
export async function syncCaseFact(deps: TableDeps, item: StoredCase): Promise<boolean> {
  const factSk = typeof item.factSk === 'string' ? item.factSk : undefined;
  const changedAt = factSk ? markedAt(factSk) : String(item.createdAt);
  const fact = factOf(item, changedAt);
  let written = true;
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        // The fact and the mark that queues its month's summary: one write, so no fact
        // the summary misses can exist, and a fact that moves category is counted again.
        // The mark carries the moment of this write, not `changedAt` (when the case was
        // marked, maybe long before): month-summary.ts orders rebuilds by it.
        Item: {
          ...fact,
          ...summaryDirtyAttributes([`${fact.tenant}#${fact.month}`], deps.clock().toISOString()),
        },
        // A case that is not queued has a current fact already, if it has one at all.
        ConditionExpression: factSk
          ? 'attribute_not_exists(pk) OR changedAt <= :changedAt'
          : 'attribute_not_exists(pk)',
        ...(factSk ? { ExpressionAttributeValues: { ':changedAt': changedAt } } : {}),
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    written = false;
  }
  if (!factSk) return written;

  const versioned = typeof item.version === 'number';
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: 'REMOVE factPk, factSk',
        ConditionExpression: versioned ? 'factSk = :sk AND version = :v' : 'factSk = :sk',
        ExpressionAttributeValues: { ':sk': factSk, ...(versioned ? { ':v': item.version } : {}) },
      }),
    );
  } catch (error) {
    // Marked dirty again (or changed) since the read: the next run writes the newer fact.
    if (!isConditionFailure(error)) throw error;
  }
  return written;
}

/**
 * The facts of one tenant in one month (Amsterdam): what a month summary counts.
 * `consistent` for a rebuild, which must see every fact written before it read.
 */
export async function factsOf(
  deps: TableDeps,
  tenant: string,
  month: string,
  consistent = false,
): Promise<MonitorFact[]> {
  const items = await queryAll<Record<string, unknown>>(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :month)',
    ExpressionAttributeValues: { ':pk': factPartition(tenant), ':month': `${month}#` },
    ConsistentRead: consistent,
  });
  // A fact written before texts were reviewed may still carry one: it is never handed on.
  return items.map(({ signalText: _unreviewed, ...fact }) => fact as unknown as MonitorFact);
}
