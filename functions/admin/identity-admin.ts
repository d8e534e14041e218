/**
 * What the beheerder's changes to an account mean for the identity provider. In AWS that
 * is Cognito (cognito-identity-admin.ts): the account is made there, with its group and
 * organisation as attributes, so the next sign-in carries them. Locally the portal's own
 * issuer signs in from the account register itself, so there is nothing more to tell it.
 *
 * Every call is idempotent: the beheer routes call it again when a request is retried.
 */
import { createHash } from 'node:crypto';
import type { Account } from './accounts.ts';
import type { AccountInput } from './account-schema.ts';

export interface IdentityAdmin {
  /** Makes the sign-in account (or finds the one made by an earlier try); its user id. */
  createUser(input: AccountInput): Promise<string>;
  /** Role and organisation, as the next token will carry them. */
  updateUser(account: Account): Promise<void>;
  /** A disabled account cannot sign in; its sessions are ended. */
  setEnabled(account: Account, enabled: boolean): Promise<void>;
}

/** The local issuer reads the register: ids are derived from the address, so a retry agrees. */
export const registerOnlyIdentityAdmin: IdentityAdmin = {
  createUser: async (input) =>
    `u-${createHash('sha256').update(input.email).digest('hex').slice(0, 16)}`,
  updateUser: async () => {},
  setEnabled: async () => {},
};
