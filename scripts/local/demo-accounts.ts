/**
 * The local portal's account register: the steunpunten of content/ and the demo users go
 * in once (a beheerder's later changes survive a restart), and the local issuer signs in
 * whoever the register holds, so an account a beheerder makes can sign in at once.
 */
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { accountInput } from '../../functions/admin/account-schema.ts';
import { claimEmail, listAccounts, writeAccount } from '../../functions/admin/accounts.ts';
import { getSteunpunt, type Steunpunt } from '../../functions/admin/steunpunten.ts';
import { demoUsers, type DemoUser } from './demo-users.ts';
import { isConditionFailure } from '../../functions/lib/dynamo-errors.ts';

interface Store {
  db: DynamoDBDocumentClient;
  tableName: string;
}

/** Adds the steunpunt unless the register has it; returns what the register holds. */
export async function ensureSteunpunt(store: Store, steunpunt: Steunpunt): Promise<Steunpunt> {
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { pk: 'STEUNPUNTEN', sk: `SP#${steunpunt.id}`, kind: 'steunpunt', ...steunpunt },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return steunpunt;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return (await getSteunpunt(store, steunpunt.id)) ?? steunpunt;
  }
}

export async function seedDemoAccounts(store: Store, now: Date): Promise<void> {
  for (const user of demoUsers) {
    const input = accountInput.parse({
      name: user.name,
      email: user.email,
      role: user.role,
      steunpunt: user.steunpunt,
      swv: user.swv,
    });
    if (await claimEmail(store, input.email, `demo-${user.id}`)) {
      await writeAccount(store, user.id, input, now);
    }
  }
}

/** Everyone who may sign in locally: the register's active accounts. */
export async function registeredUsers(store: Store): Promise<DemoUser[]> {
  return (await listAccounts(store))
    .filter((account) => account.enabled)
    .map((account) => ({
      id: account.userId,
      name: account.name,
      email: account.email,
      role: account.role,
      ...(account.steunpunt ? { steunpunt: account.steunpunt } : {}),
      ...(account.swv ? { swv: account.swv } : {}),
    }));
}
