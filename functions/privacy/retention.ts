/**
 * Retention: the personal data of a closed case goes when its term ends. Whoever closes
 * a case sets its purge keys (`purgeAttributes`) in the same write; reopening removes
 * them. The job below finds the cases that are due and erases them (erasure.ts).
 */
import { defaultSettings } from '../cases/case-settings.ts';
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import { timeZone } from '../lib/amsterdam-time.ts';
import { log } from '../lib/log.ts';
import { eraseCase } from './erasure.ts';
import { type PrivacyDeps } from './privacy-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

/** How long a closed case keeps its personal data, unless a steunpunt chooses otherwise. */
/** The term when a steunpunt has not set its own (functions/cases/case-settings.ts). */
export const defaultRetentionMonths = defaultSettings.retentionMonths;

export const purgePartition = 'PURGE';

/** The purge keys of a case closed at `closedAt`: set them in the closing write. */
export function purgeAttributes(
  casePk: string,
  closedAt: Date,
  months: number = defaultRetentionMonths,
) {
  return {
    purgePk: purgePartition,
    // Calendar months in Amsterdam; stored in UTC like every other moment.
    purgeSk: `${new Date(addMonths(new TZDate(closedAt, timeZone), months).getTime()).toISOString()}#${casePk}`,
  };
}

export interface PurgeResult {
  erased: number;
  /** Reopened, closed again with a later term, or gone: their data stays. */
  kept: number;
}

export async function purgeExpired(deps: PrivacyDeps, limit = 25): Promise<PurgeResult> {
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
  deps: PrivacyDeps,
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
