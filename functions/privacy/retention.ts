/**
 * Retention: the personal data of a closed case goes when its term ends. Whoever closes
 * a case sets its purge keys (`purgeAttributes`, functions/cases/case-retention.ts) in the
 * same write; reopening removes them. The job below finds the cases that are due and
 * erases them (erasure.ts).
 */
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { purgePartition } from '../core/keys.ts';
import { log } from '../lib/log.ts';
import { eraseCase } from './erasure.ts';
import { type TableDeps } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

export interface PurgeResult {
  erased: number;
  /** Reopened, closed again with a later term, or gone: their data stays. */
  kept: number;
}

export async function purgeExpired(deps: TableDeps, limit = 25): Promise<PurgeResult> {
  const result: PurgeResult = { erased: 0, kept: 0 };
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'purge',
      KeyConditionExpression: 'purgePk = :p AND purgeSk < :bound',
      ExpressionAttributeValues: {
        ':p': purgePartition,
        ':bound': `${deps.clock().toISOString()}$`,
      },
      ProjectionExpression: 'pk, sk, purgeSk',
      Limit: limit,
    }),
  );
  for (const due of Items ?? []) {
    const key = { pk: String(due.pk), sk: String(due.sk) };
    const purgeSk = String(due.purgeSk);
    const outcome = await eraseCase(deps, key, { purgeSk });
    if (outcome === 'erased') {
      result.erased++;
      continue;
    }
    result.kept++;
    if (outcome === 'not-closed') await dropStalePurgeKeys(deps, key, purgeSk);
  }
  if (Items?.length) log.info('retention.purged', { count: result.erased });
  return result;
}

/**
 * A reopened case should have lost its purge keys in the reopening write; if it still
 * has them, take them away here so it does not come back every run. Closing it again
 * sets new ones.
 */
async function dropStalePurgeKeys(
  deps: TableDeps,
  key: { pk: string; sk: string },
  purgeSk: string,
) {
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: 'REMOVE purgePk, purgeSk',
        ConditionExpression: 'purgeSk = :sk AND #status <> :closed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sk': purgeSk, ':closed': 'afgerond' },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
