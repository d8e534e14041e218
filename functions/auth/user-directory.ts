/**
 * The staff of a steunpunt, as the portal knows them: a user is remembered when they sign
 * in (GET /api/backoffice/me), so colleagues can be assigned cases. Items
 * `pk = STAFF#<steunpunt>`, `sk = USER#<userId>`; only medewerkers and coördinatoren.
 * People have partitions of their own (STAFF#, READERS#), apart from the steunpunt's and
 * the SWV's, which the public functions may touch (functions/api/public-access.ts).
 */
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Colleague } from '../core/colleague.ts';
import type { Principal, Role } from './principal.ts';

const staffRoles: readonly Role[] = ['medewerker', 'coordinator'];

const staffPartition = (steunpunt: string) => `STAFF#${steunpunt}`;
const readersPartition = (swv: string) => `READERS#${swv}`;

export const userKey = (steunpunt: string, userId: string) => ({
  pk: staffPartition(steunpunt),
  sk: `USER#${userId}`,
});

export interface StaffMember {
  userId: string;
  name: string;
  role: Role;
  steunpunt: string;
}

export async function rememberUser(
  db: DynamoDBDocumentClient,
  tableName: string,
  user: StaffMember,
  now: Date,
): Promise<void> {
  if (!staffRoles.includes(user.role)) return;
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...userKey(user.steunpunt, user.userId),
        kind: 'user',
        ...user,
        lastSeenAt: now.toISOString(),
      },
    }),
  );
}

export function staffMemberOf(principal: Principal): StaffMember | undefined {
  if (!principal.steunpunt || !staffRoles.includes(principal.role)) return undefined;
  return {
    userId: principal.userId,
    name: principal.name,
    role: principal.role,
    steunpunt: principal.steunpunt,
  };
}

const colleagueFrom = (item: Record<string, unknown>): Colleague => ({
  userId: String(item.userId),
  name: String(item.name),
  role: item.role === 'coordinator' ? 'coordinator' : 'medewerker',
});

export async function colleagueOf(
  db: DynamoDBDocumentClient,
  tableName: string,
  steunpunt: string,
  userId: string,
): Promise<Colleague | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: userKey(steunpunt, userId) }),
  );
  if (!Item || !staffRoles.includes(Item.role as Role)) return undefined;
  return colleagueFrom(Item);
}

export async function colleaguesOf(
  db: DynamoDBDocumentClient,
  tableName: string,
  steunpunt: string,
): Promise<Colleague[]> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :user)',
      ExpressionAttributeValues: { ':pk': staffPartition(steunpunt), ':user': 'USER#' },
    }),
  );
  return (Items ?? [])
    .filter((item) => staffRoles.includes(item.role as Role))
    .map(colleagueFrom)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/**
 * Takes a user out of a steunpunt's directory (switched off, another role or another
 * steunpunt): colleagues can no longer assign cases to them. Signing in again as staff
 * of the steunpunt puts them back.
 */
export async function forgetUser(
  db: DynamoDBDocumentClient,
  tableName: string,
  steunpunt: string,
  userId: string,
): Promise<void> {
  await db.send(new DeleteCommand({ TableName: tableName, Key: userKey(steunpunt, userId) }));
}

/**
 * An SWV's readers (role swv-lezer), remembered when they sign in like staff, so the
 * steunpunt can tell them a half-year report is published. Items `pk = READERS#<slug>`,
 * `sk = READER#<userId>`; the address sits under `personal.email`, where the mail worker
 * reads a recipient by reference (`toRef`), so a report's mail holds no address and
 * forgetting a reader is one delete. A reader is remembered when the beheerder makes,
 * changes or switches on their account in the portal (admin-changes.ts), and at each
 * sign-in. One made outside the portal (straight in Cognito) is known from their first
 * sign-in: listing the user pool would need a client of its own.
 */
export const readerPrefix = 'READER#';
export const readerKey = (swv: string, userId: string) => ({
  pk: readersPartition(swv),
  sk: `${readerPrefix}${userId}`,
});

export interface SwvReader {
  userId: string;
  name: string;
  email: string;
  swv: string;
}

export function swvReaderOf(principal: Principal): SwvReader | undefined {
  if (principal.role !== 'swv-lezer' || !principal.swv || !principal.email) return undefined;
  return {
    userId: principal.userId,
    name: principal.name,
    email: principal.email,
    swv: principal.swv,
  };
}

export async function rememberReader(
  db: DynamoDBDocumentClient,
  tableName: string,
  reader: SwvReader,
  now: Date,
): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...readerKey(reader.swv, reader.userId),
        kind: 'swv-reader',
        userId: reader.userId,
        personal: { name: reader.name, email: reader.email },
        lastSeenAt: now.toISOString(),
      },
    }),
  );
}

/** The user ids of an SWV's remembered readers (their addresses stay on their items). */
export async function readersOf(
  db: DynamoDBDocumentClient,
  tableName: string,
  swv: string,
): Promise<string[]> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reader)',
      ExpressionAttributeValues: { ':pk': readersPartition(swv), ':reader': readerPrefix },
      ConsistentRead: true,
      ProjectionExpression: 'userId',
    }),
  );
  return (Items ?? []).map((item) => String(item.userId)).sort();
}

/**
 * Takes a reader out of an SWV's readers (switched off, another role or SWV): a report
 * published afterwards is not mailed to them. Signing in again as its reader puts them back.
 */
export async function forgetReader(
  db: DynamoDBDocumentClient,
  tableName: string,
  swv: string,
  userId: string,
): Promise<void> {
  await db.send(new DeleteCommand({ TableName: tableName, Key: readerKey(swv, userId) }));
}
