/**
 * The beheerder's log: who made, changed or switched off which account, and who changed a
 * steunpunt or moved an SWV. Append-only items `pk = ADMIN#LOG#<yyyy-mm>` (Amsterdam month),
 * `sk = <at>#<uuid>`, each written once. Staff accounts only: never anything of a parent.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../auth/principal.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { nameBasedUuid } from '../audit/audit.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { adminLogPartition } from './admin-keys.ts';
import type { AdminAction, AdminLogEntry } from './admin-actions.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

export type { AdminAction, AdminLogEntry };

/** One entry; a retried request (same key) writes the same item once. */
export async function recordAdminChange(
  store: TableHandle,
  by: Principal,
  entry: Omit<AdminLogEntry, 'at' | 'byUserId' | 'byName'>,
  at: Date,
  requestKey?: string,
): Promise<void> {
  const iso = at.toISOString();
  const id = requestKey ? nameBasedUuid(requestKey, entry.action, entry.target) : randomUUID();
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          pk: adminLogPartition(amsterdamMonth(at)),
          sk: `${iso}#${id}`,
          kind: 'admin-log',
          at: iso,
          byUserId: by.userId,
          byName: by.name,
          ...entry,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** A month of the log, newest first. */
export async function listAdminChanges(
  store: TableHandle,
  month: string,
): Promise<AdminLogEntry[]> {
  const entries: AdminLogEntry[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': adminLogPartition(month) },
        ScanIndexForward: false,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) {
      entries.push({
        at: String(item.at),
        byUserId: String(item.byUserId),
        byName: String(item.byName),
        action: item.action as AdminAction,
        target: String(item.target),
        targetName: String(item.targetName),
        ...(item.detail ? { detail: String(item.detail) } : {}),
      });
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return entries;
}
