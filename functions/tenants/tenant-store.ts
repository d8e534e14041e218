import {
  BatchGetCommand,
  DeleteCommand,
  type BatchGetCommandOutput,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { boundedCache } from '../lib/bounded-cache.ts';
import { steunpuntPartition, tenantPartition, tenantPrefix } from '../core/keys.ts';
import type { Tenant } from './swv-profile.ts';

export const tenantKey = (slug: string) => ({ pk: tenantPartition(slug), sk: 'PROFILE' });

/**
 * A pointer from a steunpunt to a tenant it serves, so "the SWVs of this steunpunt" is one
 * Query without an index or a scan. The profile stays the truth: a pointer whose profile
 * now names another steunpunt is ignored (see listTenantsOfSteunpunt).
 */
export const steunpuntTenantKey = (steunpunt: string, slug: string) => ({
  pk: steunpuntPartition(steunpunt),
  sk: tenantPartition(slug),
});

export type TenantLookup = (slug: string) => Promise<Tenant | undefined>;

/**
 * Writes a tenant's profile and its steunpunt pointer. Three single-item writes in an order
 * that is safe to stop anywhere and to repeat: the new pointer before the profile (so a
 * profile never lacks its pointer), the old pointer removed last (a leftover one is ignored).
 */
export async function putTenant(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenant: Tenant,
): Promise<void> {
  const { Item: before } = await db.send(
    new GetCommand({ TableName: tableName, Key: tenantKey(tenant.slug), ConsistentRead: true }),
  );
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...steunpuntTenantKey(tenant.steunpunt, tenant.slug),
        kind: 'steunpunt-tenant',
        slug: tenant.slug,
      },
    }),
  );
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...tenantKey(tenant.slug), kind: 'tenant', ...tenant },
    }),
  );
  const previous = before?.steunpunt as string | undefined;
  if (previous && previous !== tenant.steunpunt) {
    await db.send(
      new DeleteCommand({
        TableName: tableName,
        Key: steunpuntTenantKey(previous, tenant.slug),
      }),
    );
  }
}

function tenantFromItem(item: Record<string, unknown>): Tenant {
  return {
    slug: String(item.slug),
    steunpunt: String(item.steunpunt),
    name: String(item.name),
    shortName: String(item.shortName),
    sector: item.sector as Tenant['sector'],
    gemeenten: item.gemeenten as string[],
    steunpuntName: String(item.steunpuntName),
    ...(item.steunpuntEmail ? { steunpuntEmail: String(item.steunpuntEmail) } : {}),
    ...(typeof item.responseDays === 'number' ? { responseDays: item.responseDays } : {}),
  };
}

/** The tenants a steunpunt serves, read consistently (a steunpunt has a handful). */
export async function listTenantsOfSteunpunt(
  db: DynamoDBDocumentClient,
  tableName: string,
  steunpunt: string,
): Promise<Tenant[]> {
  const slugs: string[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :swv)',
        ExpressionAttributeValues: { ':pk': steunpuntPartition(steunpunt), ':swv': tenantPrefix },
        // Only the slug: the public function may list this partition for nothing else
        // (functions/api/public-access.ts), since it also holds the staff directory.
        ProjectionExpression: 'slug',
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) slugs.push(String(item.slug));
    startKey = page.LastEvaluatedKey;
  } while (startKey);

  const tenants: Tenant[] = [];
  // BatchGetItem takes at most 100 keys and may leave some for a next call.
  for (let i = 0; i < slugs.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = slugs.slice(i, i + 100).map(tenantKey);
    for (let attempt = 0; keys?.length; attempt++) {
      if (attempt > 8) throw new Error('Tenant profiles stayed unprocessed');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const result: BatchGetCommandOutput = await db.send(
        new BatchGetCommand({
          RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } },
        }),
      );
      for (const item of result.Responses?.[tableName] ?? []) {
        const tenant = tenantFromItem(item);
        if (tenant.steunpunt === steunpunt) tenants.push(tenant);
      }
      keys = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return tenants.sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * Tenants change rarely and every question needs one, so a warm Lambda keeps them for a
 * minute instead of reading the table on each request. The slug comes from the URL, so
 * anyone can ask for slugs that do not exist: those are kept apart, few and briefly (a
 * broken link asked again and again costs no read), so a flood of made-up slugs neither
 * grows the memory nor pushes the real tenants out.
 */
export function cachedTenantLookup(
  db: DynamoDBDocumentClient,
  tableName: string,
  ttlMs = 60_000,
  now: () => number = Date.now,
  // The whole country is about 150 SWVs; a slug that does not exist is kept 10 s at most.
  bounds: { known: number; unknown: number } = { known: 500, unknown: 100 },
): TenantLookup {
  const known = boundedCache<Tenant>(bounds.known, ttlMs, now);
  const unknown = boundedCache<true>(bounds.unknown, Math.min(ttlMs, 10_000), now);
  return async (slug) => {
    const hit = known.get(slug);
    if (hit) return hit.value;
    if (unknown.get(slug)) return undefined;
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: tenantKey(slug) }));
    if (!Item) {
      unknown.set(slug, true);
      return undefined;
    }
    const tenant = tenantFromItem(Item);
    known.set(slug, tenant);
    return tenant;
  };
}
