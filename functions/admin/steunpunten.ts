/**
 * The register of steunpunten, kept by the beheerder: `pk = STEUNPUNTEN`, `sk = SP#<id>`.
 * A tenant record carries its steunpunt's name and address (they go into every mail), so
 * changing them here also rewrites the tenants the steunpunt serves.
 */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Tenant } from '../tenants/swv-profile.ts';
import { listTenantsOfSteunpunt, putTenant } from '../tenants/tenant-store.ts';
import type { SteunpuntInput } from './account-schema.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { steunpuntRegisterKey, steunpuntenPartition } from './admin-keys.ts';

export interface Steunpunt {
  id: string;
  name: string;
  email?: string;
}

export async function listSteunpunten(store: TableHandle): Promise<Steunpunt[]> {
  const found: Steunpunt[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': steunpuntenPartition },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) {
      found.push({
        id: String(item.id),
        name: String(item.name),
        ...(item.email ? { email: String(item.email) } : {}),
      });
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return found.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function getSteunpunt(store: TableHandle, id: string) {
  const { Item } = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: steunpuntRegisterKey(id),
      ConsistentRead: true,
    }),
  );
  return Item
    ? { id, name: String(Item.name), ...(Item.email ? { email: String(Item.email) } : {}) }
    : undefined;
}

/**
 * Writes the steunpunt, then its tenants' copies of the name and address. Safe to repeat:
 * a run stopped halfway is finished by the next save.
 */
export async function saveSteunpunt(store: TableHandle, input: SteunpuntInput): Promise<Steunpunt> {
  const steunpunt: Steunpunt = {
    id: input.id,
    name: input.name,
    ...(input.email ? { email: input.email } : {}),
  };
  await store.db.send(
    new PutCommand({
      TableName: store.tableName,
      Item: { ...steunpuntRegisterKey(input.id), kind: 'steunpunt', ...steunpunt },
    }),
  );
  for (const tenant of await listTenantsOfSteunpunt(store.db, store.tableName, input.id)) {
    const { steunpuntEmail: _old, ...rest } = tenant;
    const updated: Tenant = {
      ...rest,
      steunpuntName: steunpunt.name,
      ...(steunpunt.email ? { steunpuntEmail: steunpunt.email } : {}),
    };
    await putTenant(store.db, store.tableName, updated);
  }
  return steunpunt;
}
