/**
 * The Cognito side of beheer on its failure paths, with a stand-in client: a retried
 * create finds the user made by the first try instead of failing, and a role change
 * leaves the user in exactly one group. The same calls against a local Cognito are in
 * test/integration/cognito-local.test.ts, which names what that emulator cannot show.
 */
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { cognitoIdentityAdmin } from './cognito-identity-admin.ts';

type Sent = { name: string; input: Record<string, unknown> };

function stubClient(answers: Record<string, (input: Record<string, unknown>) => unknown>) {
  const sent: Sent[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      sent.push({ name, input: command.input });
      const answer = answers[name];
      return answer ? answer(command.input) : {};
    },
  } as unknown as CognitoIdentityProviderClient;
  return { client, sent };
}

const input = {
  name: 'Noor Jansen',
  email: 'noor@steunpunt.example',
  role: 'medewerker' as const,
  steunpunt: 'amstel-en-meer',
};

describe('cognitoIdentityAdmin', () => {
  it('finds the user a first try made when a retry is told the user exists', async () => {
    const { client, sent } = stubClient({
      AdminCreateUser: () => {
        throw Object.assign(new Error('exists'), { name: 'UsernameExistsException' });
      },
      AdminGetUser: () => ({ UserAttributes: [{ Name: 'sub', Value: 'sub-123' }] }),
      AdminListGroupsForUser: () => ({ Groups: [] }),
    });
    const userId = await cognitoIdentityAdmin(client, 'pool').createUser(input);
    expect(userId).toBe('sub-123');
    expect(sent.map((s) => s.name)).toEqual([
      'AdminCreateUser',
      'AdminGetUser',
      'AdminListGroupsForUser',
      'AdminAddUserToGroup',
    ]);
  });

  it('passes on any other failure of the create', async () => {
    const { client } = stubClient({
      AdminCreateUser: () => {
        throw Object.assign(new Error('slow down'), { name: 'TooManyRequestsException' });
      },
    });
    await expect(cognitoIdentityAdmin(client, 'pool').createUser(input)).rejects.toThrow(
      'slow down',
    );
  });

  it('leaves a user in only the group of the new role, and drops the former organisation', async () => {
    const { client, sent } = stubClient({
      AdminListGroupsForUser: () => ({ Groups: [{ GroupName: 'medewerker' }] }),
    });
    await cognitoIdentityAdmin(client, 'pool').updateUser({
      userId: 'sub-123',
      name: 'Noor Jansen',
      email: input.email,
      role: 'swv-lezer',
      swv: 'po-haarlemmermeer',
      enabled: true,
      createdAt: '',
      updatedAt: '',
    });
    const removed = sent.find((s) => s.name === 'AdminRemoveUserFromGroup');
    const added = sent.find((s) => s.name === 'AdminAddUserToGroup');
    expect(removed?.input.GroupName).toBe('medewerker');
    expect(added?.input.GroupName).toBe('swv-lezer');
    const deleted = sent.find((s) => s.name === 'AdminDeleteUserAttributes');
    expect(deleted?.input.UserAttributeNames).toEqual(['custom:steunpunt']);
  });
});
