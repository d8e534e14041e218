/**
 * The register of steunpunten: `pk = STEUNPUNTEN`, `sk = SP#<id>`. The beheerder adds a
 * steunpunt and names it; its public contact (e-mail, phone, hours, WhatsApp, visiting
 * address, where complaints go) is kept by its coördinator (or a beheerder). A tenant
 * record carries its steunpunt's name and e-mail address (they go into every mail), so
 * changing them here also rewrites the tenants the steunpunt serves.
 */
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Tenant } from '../tenants/swv-profile.ts';
import { listTenantsOfSteunpunt, putTenant } from '../tenants/tenant-store.ts';
import type { SteunpuntInput } from './account-schema.ts';
import type { SteunpuntContactInput } from './steunpunt-contact-schema.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { steunpuntRegisterKey, steunpuntenPartition } from './admin-keys.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

export type SteunpuntContact = SteunpuntContactInput;

export interface Steunpunt extends SteunpuntContact {
  id: string;
  name: string;
  /** When the contact was last saved (ISO), absent while nobody has. */
  contactUpdatedAt?: string;
}

/** The contact's attributes on the register item, each absent when not filled in. */
export const contactAttributes = [
  'email',
  'phone',
  'hours',
  'whatsapp',
  'visitingAddress',
  'complaints',
] as const;

const optionalString = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value : undefined;

function steunpuntFromItem(item: Record<string, unknown>): Steunpunt {
  const complaints = item.complaints as { name?: unknown; address?: unknown } | undefined;
  const found: Steunpunt = { id: String(item.id), name: String(item.name) };
  for (const key of ['email', 'phone', 'hours', 'whatsapp', 'visitingAddress'] as const) {
    const value = optionalString(item[key]);
    if (value) found[key] = value;
  }
  if (optionalString(complaints?.name) && optionalString(complaints?.address)) {
    found.complaints = { name: String(complaints!.name), address: String(complaints!.address) };
  }
  const updatedAt = optionalString(item.contactUpdatedAt);
  if (updatedAt) found.contactUpdatedAt = updatedAt;
  return found;
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
    for (const item of page.Items ?? []) found.push(steunpuntFromItem(item));
    start = page.LastEvaluatedKey;
  } while (start);
  return found.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

async function readRegisterItem(store: TableHandle, id: string) {
  const { Item } = await store.db.send(
    new GetCommand({
      TableName: store.tableName,
      Key: steunpuntRegisterKey(id),
      ConsistentRead: true,
    }),
  );
  return Item;
}

export async function getSteunpunt(store: TableHandle, id: string): Promise<Steunpunt | undefined> {
  const item = await readRegisterItem(store, id);
  return item ? steunpuntFromItem(item) : undefined;
}

/** SET what is given, REMOVE what is not: one UpdateExpression for the named attributes. */
function updateOf(values: Record<string, unknown>, names: readonly string[]) {
  const set: string[] = [];
  const remove: string[] = [];
  const attributeNames: Record<string, string> = {};
  const attributeValues: Record<string, unknown> = {};
  for (const name of names) {
    attributeNames[`#${name}`] = name;
    if (values[name] === undefined) {
      remove.push(`#${name}`);
    } else {
      set.push(`#${name} = :${name}`);
      attributeValues[`:${name}`] = values[name];
    }
  }
  return {
    UpdateExpression: [
      set.length ? `SET ${set.join(', ')}` : '',
      remove.length ? `REMOVE ${remove.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    ExpressionAttributeNames: attributeNames,
    ...(Object.keys(attributeValues).length ? { ExpressionAttributeValues: attributeValues } : {}),
  };
}

/** Rewrites the name and address the steunpunt's tenants carry into mails. Safe to repeat. */
async function syncTenants(store: TableHandle, steunpunt: Steunpunt): Promise<void> {
  for (const tenant of await listTenantsOfSteunpunt(store.db, store.tableName, steunpunt.id)) {
    const { steunpuntEmail: _old, ...rest } = tenant;
    const updated: Tenant = {
      ...rest,
      steunpuntName: steunpunt.name,
      ...(steunpunt.email ? { steunpuntEmail: steunpunt.email } : {}),
    };
    await putTenant(store.db, store.tableName, updated);
  }
}

/**
 * Writes the steunpunt's name and e-mail address (the rest of its contact stays), then
 * its tenants' copies. Safe to repeat: a run stopped halfway is finished by the next save.
 */
export async function saveSteunpunt(store: TableHandle, input: SteunpuntInput): Promise<Steunpunt> {
  const { Attributes } = await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: steunpuntRegisterKey(input.id),
      ...updateOf({ kind: 'steunpunt', id: input.id, name: input.name, email: input.email }, [
        'kind',
        'id',
        'name',
        'email',
      ]),
      ReturnValues: 'ALL_NEW',
    }),
  );
  const steunpunt = steunpuntFromItem(Attributes ?? {});
  await syncTenants(store, steunpunt);
  return steunpunt;
}

export type ContactSave =
  { kind: 'not-found' } | { kind: 'saved' | 'replayed'; steunpunt: Steunpunt; updatedAt: string };

/** The last requests that saved the contact: a retry of any of them is recognised. */
interface ContactRequest {
  key: string;
  at: string;
}
const rememberedRequests = 20;

/**
 * Replaces the steunpunt's public contact (a field left empty is removed), then its
 * tenants' copies of the e-mail address. A retry with the key of one of the last requests
 * writes nothing again (not even over a later change), but still finishes the tenants, so
 * a request stopped halfway is completed.
 */
export async function saveSteunpuntContact(
  store: TableHandle,
  id: string,
  contact: SteunpuntContact,
  requestKey: string,
  at: Date,
): Promise<ContactSave> {
  const before = await readRegisterItem(store, id);
  if (!before) return { kind: 'not-found' };
  const requests = (before.contactRequests ?? []) as ContactRequest[];
  const earlier = requests.find((request) => request.key === requestKey);
  if (earlier) {
    const steunpunt = steunpuntFromItem(before);
    await syncTenants(store, steunpunt);
    return { kind: 'replayed', steunpunt, updatedAt: earlier.at };
  }
  const updatedAt = at.toISOString();
  const contactRequests = [...requests, { key: requestKey, at: updatedAt }].slice(
    -rememberedRequests,
  );
  try {
    const { Attributes } = await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: steunpuntRegisterKey(id),
        ...updateOf({ ...contact, contactRequests, contactUpdatedAt: updatedAt }, [
          ...contactAttributes,
          'contactRequests',
          'contactUpdatedAt',
        ]),
        ConditionExpression: 'attribute_exists(pk)',
        ReturnValues: 'ALL_NEW',
      }),
    );
    const steunpunt = steunpuntFromItem(Attributes ?? {});
    await syncTenants(store, steunpunt);
    return { kind: 'saved', steunpunt, updatedAt };
  } catch (error) {
    // Removed between the read and the write: nothing to save it on.
    if (isConditionFailure(error)) return { kind: 'not-found' };
    throw error;
  }
}
