/**
 * Case references: "V-2026-000123" is a vraag, the year in Amsterdam, and a counter per
 * steunpunt, prefix and year. Every kind of case has its own prefix (and so its own counter),
 * declared with its kind in case-kinds.ts. The counter is the steunpunt's, not the SWV's:
 * the medewerker sees the cases of all its SWVs in one inbox, so one reference must name
 * one case there.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  counterPrefix,
  counterSortKey,
  steunpuntPartition,
  tenantPartition,
} from '../core/keys.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import { listTenantsOfSteunpunt } from '../tenants/tenant-store.ts';
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

/** The SWV a case comes from: its slug and the steunpunt that counts its references. */
export interface ReferenceOwner {
  slug: string;
  steunpunt: string;
}

const steunpuntCounterKey = (steunpunt: string, prefix: ReferencePrefix, year: number) => ({
  pk: steunpuntPartition(steunpunt),
  sk: counterSortKey(prefix, year),
});

/** Before references were counted per steunpunt, each SWV counted its own. */
const tenantCounterKey = (slug: string, prefix: ReferencePrefix, year: number) => ({
  pk: tenantPartition(slug),
  sk: counterSortKey(prefix, year),
});

/**
 * Takes the next number from the steunpunt's counter for this prefix and year with one
 * atomic ADD, so two cases of a steunpunt never share a reference, whichever of its SWVs
 * they come from. A number taken by a request that then loses a race (see new-case.ts)
 * stays unused: references may have gaps, never doubles.
 *
 * The counter's first number lies above every number an SWV of the steunpunt handed out
 * with its own counter (as all SWVs did before), so no reference is handed out twice.
 * DynamoDB writes one item at a time here (dynalite has no transactions), so the first
 * number is a conditional create: of two first cases at once one creates the counter, the
 * other finds it made and takes the next number from it.
 */
export async function nextReference(
  deps: TableHandle,
  owner: ReferenceOwner,
  prefix: ReferencePrefix,
  year: number,
): Promise<string> {
  const key = steunpuntCounterKey(owner.steunpunt, prefix, year);
  // The second round always finds the counter: an item once created is never removed.
  for (let round = 0; round < 2; round++) {
    const taken = await takeNext(deps, key, owner.slug);
    if (taken !== undefined) return formatReference(year, taken, prefix);
    const first = (await highestTenantNumber(deps, owner, prefix, year)) + 1;
    if (await createCounter(deps, key, first, owner.slug)) {
      return formatReference(year, first, prefix);
    }
  }
  throw new Error('The reference counter could not be created nor read');
}

/** The next number of an existing counter; undefined when the counter is not there yet. */
async function takeNext(
  deps: TableHandle,
  key: { pk: string; sk: string },
  slug: string,
): Promise<number | undefined> {
  try {
    const { Attributes } = await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        // `tenants` remembers which SWVs took a number: referencesTaken reads it.
        UpdateExpression: 'ADD #n :one, tenants :slug',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#n': 'next' },
        ExpressionAttributeValues: { ':one': 1, ':slug': new Set([slug]) },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.next);
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/** Creates the counter at its first number; false when another request created it first. */
async function createCounter(
  deps: TableHandle,
  key: { pk: string; sk: string },
  first: number,
  slug: string,
): Promise<boolean> {
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: { ...key, next: first, tenants: new Set([slug]) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** The highest number any SWV of the steunpunt handed out with its own counter, or 0. */
async function highestTenantNumber(
  deps: TableHandle,
  owner: ReferenceOwner,
  prefix: ReferencePrefix,
  year: number,
): Promise<number> {
  const tenants = await listTenantsOfSteunpunt(deps.db, deps.tableName, owner.steunpunt);
  const slugs = new Set([owner.slug, ...tenants.map((tenant) => tenant.slug)]);
  const numbers = await Promise.all(
    [...slugs].map(async (slug) => {
      const { Item } = await deps.db.send(
        new GetCommand({
          TableName: deps.tableName,
          Key: tenantCounterKey(slug, prefix, year),
          ConsistentRead: true,
        }),
      );
      return Number(Item?.next ?? 0);
    }),
  );
  return Math.max(0, ...numbers);
}

/**
 * Has this SWV handed out a reference yet (has anyone asked it a question)? Its own
 * counters from before, or a steunpunt counter that names it, say so.
 */
export async function referencesTaken(deps: TableHandle, owner: ReferenceOwner): Promise<boolean> {
  const counters = (pk: string) =>
    deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :counter)',
        ExpressionAttributeValues: { ':pk': pk, ':counter': counterPrefix },
        ConsistentRead: true,
      }),
    );
  const own = await counters(tenantPartition(owner.slug));
  if ((own.Items?.length ?? 0) > 0) return true;
  const shared = await counters(steunpuntPartition(owner.steunpunt));
  return (shared.Items ?? []).some((item) =>
    (item.tenants as Set<string> | undefined)?.has(owner.slug),
  );
}
