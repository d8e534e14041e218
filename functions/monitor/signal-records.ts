/**
 * Approved signals: the texts a coördinator approved for the SWV's board, each an
 * anonymous item of its own, apart from the cases behind it:
 *
 *   pk = SIGNAL#<tenant>, sk = <yyyy-mm>#<signalId>
 *
 * with its category, text, month, who approved it (a user id, for the audit; never shown
 * to the SWV), and `proposals`: the opaque ids of the proposals behind it (never case
 * ids), a string set, so adding one twice counts it once and the count of cases behind
 * the text is the set's size. Its month is the month the cases came in (Amsterdam, as the
 * facts count them), so a month, quarter, half year or school year finds it with one
 * range query. Erasing a person never touches these items.
 */
import { queryAll } from '../core/query-all.ts';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { signalCategories, type SignalCategory } from '../cases/case.ts';
import type { TableDeps, TableHandle } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import type { Period } from './periods.ts';

export const signalPartition = (tenant: string) => `SIGNAL#${tenant}`;
const signalKey = (tenant: string, month: string, signalId: string) => ({
  pk: signalPartition(tenant),
  sk: `${month}#${signalId}`,
});

export interface ApprovedSignalItem {
  pk: string;
  sk: string;
  signalId: string;
  tenant: string;
  steunpunt: string;
  month: string;
  category: SignalCategory;
  text: string;
  approvedBy: string;
  approvedAt: string;
  updatedAt: string;
  /** The proposals behind it; DynamoDB drops the attribute when the last one goes. */
  proposals?: Set<string>;
}

/** What a coördinator sees of an approved signal, to add a proposal to it. */
export interface ApprovedSignalChoice {
  signalId: string;
  month: string;
  category: SignalCategory;
  text: string;
}

export interface SignalTarget {
  tenant: string;
  steunpunt: string;
  month: string;
  category: SignalCategory;
}

/**
 * A new approved signal, or the same one again: its id comes from the proposal, so a
 * retried or doubled approval writes the one item again and adds the proposal once.
 */
export async function approveAsNew(
  deps: TableDeps,
  target: SignalTarget,
  signalId: string,
  text: string,
  proposalId: string,
  approvedBy: string,
): Promise<void> {
  const now = deps.clock().toISOString();
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.tableName,
      Key: signalKey(target.tenant, target.month, signalId),
      UpdateExpression:
        'SET signalId = :id, tenant = :tenant, steunpunt = :steunpunt, #month = :month, ' +
        'category = :category, #text = :text, approvedBy = :by, ' +
        'approvedAt = if_not_exists(approvedAt, :now), updatedAt = :now ADD proposals :proposal',
      // The id is the proposal's: another category would be another signal.
      ConditionExpression: 'attribute_not_exists(pk) OR category = :category',
      ExpressionAttributeNames: { '#month': 'month', '#text': 'text' },
      ExpressionAttributeValues: {
        ':id': signalId,
        ':tenant': target.tenant,
        ':steunpunt': target.steunpunt,
        ':month': target.month,
        ':category': target.category,
        ':text': text,
        ':by': approvedBy,
        ':now': now,
        ':proposal': new Set([proposalId]),
      },
    }),
  );
}

/**
 * Adds a proposal to an approved signal of the same SWV, month and category. Answers false
 * when there is no such signal (then nothing was written).
 */
export async function addToApproved(
  deps: TableDeps,
  target: SignalTarget,
  signalId: string,
  proposalId: string,
): Promise<boolean> {
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: signalKey(target.tenant, target.month, signalId),
        UpdateExpression: 'SET updatedAt = :now ADD proposals :proposal',
        ConditionExpression: 'attribute_exists(pk) AND category = :category',
        ExpressionAttributeValues: {
          ':now': deps.clock().toISOString(),
          ':category': target.category,
          ':proposal': new Set([proposalId]),
        },
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return false;
  }
}

/** The approved signals of one SWV in the given months (first to last, inclusive). */
async function signalsBetween(
  deps: TableHandle,
  tenant: string,
  first: string,
  last: string,
): Promise<ApprovedSignalItem[]> {
  return queryAll<ApprovedSignalItem>(deps, {
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
    ExpressionAttributeValues: {
      ':pk': signalPartition(tenant),
      ':first': `${first}#`,
      ':last': `${last}#\uffff`,
    },
    ConsistentRead: true,
  });
}

/** One approved signal as the caller gets it. */
export async function readApproved(
  deps: TableHandle,
  tenant: string,
  month: string,
  signalId: string,
): Promise<ApprovedSignalItem | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: signalKey(tenant, month, signalId),
      ConsistentRead: true,
    }),
  );
  return Item as ApprovedSignalItem | undefined;
}

/**
 * After a decision, the proposal is behind the one signal its case names, or none: taken
 * out of any other approved signal of its month (a decision that crashed half way, two
 * decisions at once, or a signal whose category changed after it was approved). Each
 * removal is conditional, so running this again changes nothing.
 */
export async function settleProposal(
  deps: TableHandle,
  tenant: string,
  month: string,
  proposalId: string,
  keep: string | undefined,
): Promise<void> {
  for (const item of await signalsBetween(deps, tenant, month, month)) {
    if (item.signalId === keep || !item.proposals?.has(proposalId)) continue;
    try {
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'DELETE proposals :proposal',
          ConditionExpression: 'contains(proposals, :id)',
          ExpressionAttributeValues: { ':proposal': new Set([proposalId]), ':id': proposalId },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

/** Approved signals a proposal of this month and category can be added to. */
export async function approvedChoices(
  deps: TableHandle,
  tenant: string,
  first: string,
  last: string,
): Promise<ApprovedSignalChoice[]> {
  return (await signalsBetween(deps, tenant, first, last))
    .filter((item) => (item.proposals?.size ?? 0) > 0)
    .map(({ signalId, month, category, text }) => ({ signalId, month, category, text }));
}

/** An approved signal as the monitor reads it: raw counts, protected by the view. */
export interface ApprovedSignal {
  signalId: string;
  month: string;
  text: string;
  /** How many cases stand behind this text (raw: protect before showing). */
  cases: number;
}

export interface ApprovedSignalGroup {
  category: SignalCategory;
  signals: ApprovedSignal[];
}

/**
 * The approved signals of an SWV in a period, grouped by category (in the order of the
 * categories' declaration), each with the count of cases behind it as a raw number: the
 * view protects it like any count (protect.ts). Never a case id, never a text that was
 * not approved. One range query over the period's months.
 */
export async function approvedSignals(
  deps: TableHandle,
  tenant: string,
  period: Period,
): Promise<ApprovedSignalGroup[]> {
  const items = await signalsBetween(deps, tenant, period.months[0]!, period.months.at(-1)!);
  const groups = new Map<SignalCategory, ApprovedSignal[]>();
  for (const item of items) {
    const proposals = item.proposals ?? new Set<string>();
    if (proposals.size === 0) continue;
    const group = groups.get(item.category) ?? [];
    group.push({
      signalId: item.signalId,
      month: item.month,
      text: item.text,
      cases: proposals.size,
    });
    groups.set(item.category, group);
  }
  const order = Object.keys(signalCategories);
  return [...groups.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([category, signals]) => ({
      category,
      signals: signals.sort((a, b) => a.month.localeCompare(b.month)),
    }));
}
