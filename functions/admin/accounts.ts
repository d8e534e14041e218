/**
 * The portal's register of back-office accounts, kept by the beheerder. It is what the
 * beheer pages list; the identity provider (Cognito in AWS, the local issuer locally) is
 * told every change through an IdentityAdmin, and the local issuer signs in from it.
 *
 * Items, all in one partition (a portal has hundreds of staff, not millions):
 *   pk = ACCOUNTS, sk = USER#<userId>     the account
 *   pk = ACCOUNTS, sk = EMAIL#<email>     claims the address, so two accounts never share it
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Role } from '../auth/principal.ts';
import type { AccountInput, AccountUpdate } from './account-schema.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { accountEmailKey, accountKey, accountSortPrefix, accountsPartition } from './admin-keys.ts';

export interface Account {
  userId: string;
  name: string;
  email: string;
  role: Role;
  steunpunt?: string;
  swv?: string;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

function accountFromItem(item: Record<string, unknown>): Account {
  return {
    userId: String(item.userId),
    name: String(item.name),
    email: String(item.email),
    role: item.role as Role,
    ...(item.steunpunt ? { steunpunt: String(item.steunpunt) } : {}),
    ...(item.swv ? { swv: String(item.swv) } : {}),
    enabled: item.enabled !== false,
    createdAt: String(item.createdAt),
    updatedAt: String(item.updatedAt),
  };
}

/** Only the organisation the role needs is kept: a medewerker has no SWV, a beheerder neither. */
function organisation(input: Pick<AccountInput, 'role' | 'steunpunt' | 'swv'>) {
  if (input.role === 'medewerker' || input.role === 'coordinator') {
    return { steunpunt: input.steunpunt };
  }
  if (input.role === 'swv-lezer') return { swv: input.swv };
  return {};
}

export async function listAccounts(store: TableHandle): Promise<Account[]> {
  const accounts: Account[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :user)',
        ExpressionAttributeValues: { ':pk': accountsPartition, ':user': accountSortPrefix },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    accounts.push(...(page.Items ?? []).map(accountFromItem));
    start = page.LastEvaluatedKey;
  } while (start);
  return accounts.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function getAccount(store: TableHandle, userId: string) {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: accountKey(userId), ConsistentRead: true }),
  );
  return Item ? accountFromItem(Item) : undefined;
}

/**
 * Claims an address for one request, before anything is made in the identity provider, so
 * a second request for the address changes nothing there. The same request may claim it
 * again (a retry); any other is refused.
 */
export async function claimEmail(
  store: TableHandle,
  email: string,
  requestKey: string,
): Promise<boolean> {
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...accountEmailKey(email), kind: 'account-email', requestKey },
        ConditionExpression: 'attribute_not_exists(pk) OR requestKey = :key',
        ExpressionAttributeValues: { ':key': requestKey },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Writes the account of a claimed address; a retry gets the account written first. */
export async function writeAccount(
  store: TableHandle,
  userId: string,
  input: AccountInput,
  now: Date,
): Promise<{ kind: 'created' | 'replayed'; account: Account }> {
  const account: Account = {
    userId,
    name: input.name,
    email: input.email,
    role: input.role,
    ...organisation(input),
    enabled: true,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...accountKey(userId), kind: 'account', ...account },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return { kind: 'created', account };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const existing = await getAccount(store, userId);
    if (!existing) throw error;
    return { kind: 'replayed', account: existing };
  }
}

/** Name, role and organisation; the same values again change nothing. */
export async function updateAccount(
  store: TableHandle,
  userId: string,
  update: AccountUpdate,
  now: Date,
): Promise<Account | undefined> {
  const org = organisation(update);
  try {
    const { Attributes } = await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: accountKey(userId),
        UpdateExpression: `SET #name = :name, #role = :role, updatedAt = :now${
          org.steunpunt ? ', steunpunt = :sp' : ''
        }${org.swv ? ', swv = :swv' : ''} REMOVE ${[
          ...(org.steunpunt ? [] : ['steunpunt']),
          ...(org.swv ? [] : ['swv']),
        ].join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#name': 'name', '#role': 'role' },
        ExpressionAttributeValues: {
          ':name': update.name,
          ':role': update.role,
          ':now': now.toISOString(),
          ...(org.steunpunt ? { ':sp': org.steunpunt } : {}),
          ...(org.swv ? { ':swv': org.swv } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? accountFromItem(Attributes) : undefined;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

export async function setAccountEnabled(
  store: TableHandle,
  userId: string,
  enabled: boolean,
  now: Date,
): Promise<Account | undefined> {
  try {
    const { Attributes } = await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: accountKey(userId),
        UpdateExpression: 'SET enabled = :enabled, updatedAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':enabled': enabled, ':now': now.toISOString() },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? accountFromItem(Attributes) : undefined;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}
