import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Tenant } from './swv-profile.ts';

export const tenantKey = (slug: string) => ({ pk: `SWV#${slug}`, sk: 'PROFILE' });

export type TenantLookup = (slug: string) => Promise<Tenant | undefined>;

export async function putTenant(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenant: Tenant,
): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...tenantKey(tenant.slug), kind: 'tenant', ...tenant },
    }),
  );
}

/**
 * Tenants change rarely and every question needs one, so a warm Lambda keeps them
 * for a minute instead of reading the table on each request.
 */
export function cachedTenantLookup(
  db: DynamoDBDocumentClient,
  tableName: string,
  ttlMs = 60_000,
  now: () => number = Date.now,
): TenantLookup {
  const cache = new Map<string, { tenant: Tenant | undefined; until: number }>();
  return async (slug) => {
    const hit = cache.get(slug);
    if (hit && hit.until > now()) return hit.tenant;
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: tenantKey(slug) }));
    const tenant = Item
      ? ({
          slug: String(Item.slug),
          steunpunt: String(Item.steunpunt),
          name: String(Item.name),
          shortName: String(Item.shortName),
          sector: Item.sector,
          gemeenten: Item.gemeenten as string[],
          steunpuntName: String(Item.steunpuntName),
          ...(Item.steunpuntEmail ? { steunpuntEmail: String(Item.steunpuntEmail) } : {}),
        } as Tenant)
      : undefined;
    cache.set(slug, { tenant, until: now() + ttlMs });
    return tenant;
  };
}
