/**
 * The beheerder's account changes, made in the Cognito user pool (infra/auth.ts): the
 * role is the user's only group, the steunpunt or SWV a custom attribute. Cognito mails
 * the new user a temporary password (the pool's invitation text).
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { errorName } from '../lib/log.ts';
import type { Account } from './accounts.ts';
import type { IdentityAdmin } from './identity-admin.ts';

const subOf = (attributes: AttributeType[] | undefined) =>
  attributes?.find((attribute) => attribute.Name === 'sub')?.Value;

const organisationAttributes = (account: Pick<Account, 'steunpunt' | 'swv'>): AttributeType[] => [
  ...(account.steunpunt ? [{ Name: 'custom:steunpunt', Value: account.steunpunt }] : []),
  ...(account.swv ? [{ Name: 'custom:swv', Value: account.swv }] : []),
];

/** The organisation attributes a role no longer has: deleted, not emptied (min length 2). */
const formerOrganisation = (account: Pick<Account, 'steunpunt' | 'swv'>) => [
  ...(account.steunpunt ? [] : ['custom:steunpunt']),
  ...(account.swv ? [] : ['custom:swv']),
];

export function cognitoIdentityAdmin(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
): IdentityAdmin {
  // The pool signs in by e-mail address: it is the username Cognito knows the user by.
  const setGroup = async (username: string, role: string) => {
    const groups = await client.send(
      new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username }),
    );
    for (const group of groups.Groups ?? []) {
      if (group.GroupName && group.GroupName !== role) {
        await client.send(
          new AdminRemoveUserFromGroupCommand({
            UserPoolId: userPoolId,
            Username: username,
            GroupName: group.GroupName,
          }),
        );
      }
    }
    await client.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: userPoolId,
        Username: username,
        GroupName: role,
      }),
    );
  };

  return {
    async createUser(input) {
      let sub: string | undefined;
      try {
        const created = await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: input.email,
            DesiredDeliveryMediums: ['EMAIL'],
            UserAttributes: [
              { Name: 'email', Value: input.email },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'name', Value: input.name },
              ...organisationAttributes(input),
            ],
          }),
        );
        sub = subOf(created.User?.Attributes);
      } catch (error) {
        // A retry after the user was made: find it instead.
        if (errorName(error) !== 'UsernameExistsException') throw error;
        const existing = await client.send(
          new AdminGetUserCommand({ UserPoolId: userPoolId, Username: input.email }),
        );
        sub = subOf(existing.UserAttributes);
      }
      if (!sub) throw new Error('Cognito returned a user without a sub');
      await setGroup(input.email, input.role);
      return sub;
    },
    async updateUser(account) {
      await client.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: userPoolId,
          Username: account.email,
          UserAttributes: [
            { Name: 'name', Value: account.name },
            ...organisationAttributes(account),
          ],
        }),
      );
      await client.send(
        new AdminDeleteUserAttributesCommand({
          UserPoolId: userPoolId,
          Username: account.email,
          UserAttributeNames: formerOrganisation(account),
        }),
      );
      await setGroup(account.email, account.role);
    },
    async setEnabled(account, enabled) {
      const target = { UserPoolId: userPoolId, Username: account.email };
      if (enabled) {
        await client.send(new AdminEnableUserCommand(target));
        return;
      }
      await client.send(new AdminDisableUserCommand(target));
      // Refresh tokens stop working at once; an ID token already issued lapses within the hour.
      await client.send(new AdminUserGlobalSignOutCommand(target));
    },
  };
}
