/**
 * The beheerder's account calls (functions/admin/cognito-identity-admin.ts) against a
 * local Cognito (cognito-local, test/support/local-cognito.ts): an account made with its
 * name, organisation and group, a retried create that finds it, a change that deletes the
 * former organisation, and switching it off and on.
 *
 * Where the emulator falls short, the stand-in tests (cognito-identity-admin.test.ts)
 * cover the call: cognito-local 5.3.0 answers AdminListGroupsForUser with no groups (so a
 * role change cannot be seen to leave the old group here) and does not know
 * AdminUserGlobalSignOut (so switching off stops after disabling).
 */
import {
  AdminGetUserCommand,
  ListUsersInGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../functions/admin/accounts.ts';
import { cognitoIdentityAdmin } from '../../functions/admin/cognito-identity-admin.ts';
import type { IdentityAdmin } from '../../functions/admin/identity-admin.ts';
import { startLocalCognito, type LocalCognito } from '../support/local-cognito.ts';

let cognito: LocalCognito;
let admin: IdentityAdmin;
beforeAll(async () => {
  cognito = await startLocalCognito();
  admin = cognitoIdentityAdmin(cognito.client, cognito.userPoolId);
});
afterAll(() => cognito?.stop());

const noor = {
  name: 'Noor Jansen',
  email: 'noor@steunpunt.example',
  role: 'medewerker' as const,
  steunpunt: 'amstel-en-meer',
};

async function userOf(email: string) {
  const user = await cognito.client.send(
    new AdminGetUserCommand({ UserPoolId: cognito.userPoolId, Username: email }),
  );
  return {
    enabled: user.Enabled,
    attributes: Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value])),
  };
}

async function membersOf(group: string): Promise<string[]> {
  const { Users } = await cognito.client.send(
    new ListUsersInGroupCommand({ UserPoolId: cognito.userPoolId, GroupName: group }),
  );
  return (Users ?? []).map((user) => String(user.Username));
}

describe('account calls against a local Cognito', () => {
  let sub = '';
  const account = (): Account => ({
    userId: sub,
    ...noor,
    enabled: true,
    createdAt: '2026-12-05T10:00:00.000Z',
    updatedAt: '2026-12-05T10:00:00.000Z',
  });

  it('makes the account with its name, steunpunt and group; a retried create finds it', async () => {
    sub = await admin.createUser(noor);
    expect(sub).toMatch(/^[0-9a-f-]{36}$/);
    expect(await admin.createUser(noor)).toBe(sub);
    expect((await userOf(noor.email)).attributes).toMatchObject({
      sub,
      email: noor.email,
      email_verified: 'true',
      name: 'Noor Jansen',
      'custom:steunpunt': 'amstel-en-meer',
    });
    expect(await membersOf('medewerker')).toContain(sub);
  });

  it('changes name and organisation, deleting the steunpunt of the former role', async () => {
    await admin.updateUser({
      ...account(),
      name: 'Noor de Graaf',
      role: 'swv-lezer',
      steunpunt: undefined,
      swv: 'po-haarlemmermeer',
    } as Account);
    const { attributes } = await userOf(noor.email);
    expect(attributes).toMatchObject({ name: 'Noor de Graaf', 'custom:swv': 'po-haarlemmermeer' });
    expect(attributes['custom:steunpunt']).toBeUndefined();
    expect(await membersOf('swv-lezer')).toContain(sub);
  });

  it('switches the account off (the emulator stops at the sign-out) and on again', async () => {
    await expect(admin.setEnabled(account(), false)).rejects.toThrow(/AdminUserGlobalSignOut/);
    expect((await userOf(noor.email)).enabled).toBe(false);
    await admin.setEnabled(account(), true);
    expect((await userOf(noor.email)).enabled).toBe(true);
  });
});
