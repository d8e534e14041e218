/**
 * Case references: "V-2026-000123" is a vraag, the year in Amsterdam, and a counter per
 * tenant, prefix and year. Every kind of case has its own prefix (and so its own counter),
 * declared with its kind in case-kinds.ts.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { counterSortKey, tenantPartition } from '../core/keys.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { referencePrefixes, type ReferencePrefix } from './case-kinds.ts';

export type { ReferencePrefix };

export function formatReference(
  year: number,
  sequence: number,
  prefix: ReferencePrefix = 'V',
): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

const anyPrefix =
  referencePrefixes.length > 1 ? `(?:${referencePrefixes.join('|')})` : referencePrefixes[0];

/** A reference of any kind of case (the OpenAPI document shows this pattern as it is). */
export const referencePattern = new RegExp(`^${anyPrefix}-\\d{4}-\\d{6,}$`);

/**
 * Takes the next number from the tenant's counter for this prefix with one atomic ADD, so
 * two cases never share a reference. A number taken by a request that then loses a race
 * (see new-case.ts) stays unused: references may have gaps, never doubles.
 */
export async function nextReference(
  deps: TableHandle,
  tenant: string,
  prefix: ReferencePrefix,
  year: number,
): Promise<string> {
  const { Attributes } = await deps.db.send(
    new UpdateCommand({
      TableName: deps.tableName,
      Key: { pk: tenantPartition(tenant), sk: counterSortKey(prefix, year) },
      UpdateExpression: 'ADD #n :one',
      ExpressionAttributeNames: { '#n': 'next' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return formatReference(year, Number(Attributes?.next), prefix);
}
