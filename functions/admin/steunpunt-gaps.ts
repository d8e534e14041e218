/**
 * What a steunpunt still has to fill in before parents can reach it, read live from the
 * registers: which public contact fields are empty in the steunpunt register, whether it
 * has a reply address, and how many staff accounts are active. A steunpunt without a reply
 * address or without an active medewerker is urgent: a parent's question or reply would
 * sit unread. Counts only, never names: the beheerder and coördinator see gaps, not people.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TableHandle } from '../core/table-deps.ts';
import { listAccounts, type Account } from './accounts.ts';
import { steunpuntRegisterKey, steunpuntenPartition } from './admin-keys.ts';

/** The public contact fields of a steunpunt, in the order the back office lists them. */
export const contactFields = [
  'email',
  'phone',
  'hours',
  'whatsapp',
  'visitingAddress',
  'complaints',
] as const;
export type ContactField = (typeof contactFields)[number];

export interface SteunpuntGaps {
  id: string;
  name: string;
  /** False when the beheerder never saved this steunpunt in the register. */
  registered: boolean;
  /** The public contact fields that are still empty. */
  missing: ContactField[];
  /** The steunpunt's e-mail address: the Reply-To of every mail to a parent. */
  hasReplyAddress: boolean;
  /** Switched-on accounts of medewerkers and coördinatoren of this steunpunt. */
  activeStaff: number;
  /** No reply address or nobody to read the questions. */
  urgent: boolean;
}

const filledText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function isFilled(item: Record<string, unknown>, field: ContactField): boolean {
  if (field !== 'complaints') return filledText(item[field]);
  const complaints = item.complaints as Record<string, unknown> | undefined;
  return (
    typeof complaints === 'object' &&
    complaints !== null &&
    filledText(complaints.name) &&
    filledText(complaints.address)
  );
}

/** An account that can read and answer this steunpunt's questions today. */
const isActiveStaffOf = (steunpunt: string) => (account: Account) =>
  account.enabled &&
  (account.role === 'medewerker' || account.role === 'coordinator') &&
  account.steunpunt === steunpunt;

function gapsOf(
  id: string,
  item: Record<string, unknown> | undefined,
  accounts: Account[],
): SteunpuntGaps {
  const found = item ?? {};
  const hasReplyAddress = isFilled(found, 'email');
  const activeStaff = accounts.filter(isActiveStaffOf(id)).length;
  return {
    id,
    name: filledText(found.name) ? String(found.name) : id,
    registered: item !== undefined,
    missing: contactFields.filter((field) => !isFilled(found, field)),
    hasReplyAddress,
    activeStaff,
    urgent: !hasReplyAddress || activeStaff === 0,
  };
}

/** Urgent steunpunten first, then by name. */
const urgentFirst = (a: SteunpuntGaps, b: SteunpuntGaps) =>
  Number(b.urgent) - Number(a.urgent) || a.name.localeCompare(b.name, 'nl');

/** Every steunpunt in the register, urgent ones first (for the beheerder). */
export async function listSteunpuntGaps(store: TableHandle): Promise<SteunpuntGaps[]> {
  const items: Record<string, unknown>[] = [];
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
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  const accounts = await listAccounts(store);
  return items.map((item) => gapsOf(String(item.id), item, accounts)).sort(urgentFirst);
}

/** One steunpunt (for its coördinator), also when the register does not know it yet. */
export async function steunpuntGaps(store: TableHandle, id: string): Promise<SteunpuntGaps> {
  const [{ Item }, accounts] = await Promise.all([
    store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: steunpuntRegisterKey(id),
        ConsistentRead: true,
      }),
    ),
    listAccounts(store),
  ]);
  return gapsOf(id, Item, accounts);
}
