/**
 * What a beheerder's change does, step by step: check the organisation, claim the address,
 * tell the identity provider, write the register, forget a former colleague, and log it.
 * Each step is safe to repeat, so a retried request finishes what a failed one started.
 * The beheer routes (functions/api/backoffice-admin-routes.ts) only parse and answer.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../auth/principal.ts';
import { roleLabels } from '../auth/principal.ts';
import { forgetReader, forgetUser, rememberReader } from '../auth/user-directory.ts';
import type { Clock } from '../lib/clock.ts';
import { log } from '../lib/log.ts';
import { referencesTaken } from '../cases/reference.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import { listTenantsOfSteunpunt, putTenant, type TenantLookup } from '../tenants/tenant-store.ts';
import type { AccountInput, AccountUpdate, SteunpuntInput } from './account-schema.ts';
import { slugPattern } from './account-schema.ts';
import {
  claimEmail,
  getAccount,
  listAccounts,
  setAccountEnabled,
  updateAccount,
  writeAccount,
  type Account,
} from './accounts.ts';
import { recordAdminChange } from './admin-log.ts';
import type { IdentityAdmin } from './identity-admin.ts';
import type { SteunpuntContactInput } from './steunpunt-contact-schema.ts';
import {
  getSteunpunt,
  listSteunpunten,
  saveSteunpunt,
  saveSteunpuntContact,
  type ContactSave,
  type Steunpunt,
} from './steunpunten.ts';

export interface AdminDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
  tenants: TenantLookup;
  identityAdmin: IdentityAdmin;
}

export const adminMessages = {
  beheerderOnly: 'Alleen een beheerder kan dit doen.',
  accountNotFound: 'Dit account bestaat niet.',
  steunpuntNotFound: 'Dit steunpunt bestaat niet.',
  tenantNotFound: 'Dit samenwerkingsverband bestaat niet.',
  notYourself: 'Je kunt je eigen account niet uitzetten of een andere rol geven.',
  tenantHasCases:
    'Dit samenwerkingsverband heeft al vragen bij zijn steunpunt. Die kunnen nog niet mee verhuizen, dus het blijft bij het huidige steunpunt.',
} as const;

/** A field the form must change, with what to say there. */
export interface FieldRefusal {
  kind: 'refused';
  field: string;
  message: string;
}
const refused = (field: string, message: string): FieldRefusal => ({
  kind: 'refused',
  field,
  message,
});

const storeOf = (deps: Pick<AdminDeps, 'db' | 'tableName'>) => ({
  db: deps.db,
  tableName: deps.tableName,
});

/** Every steunpunt with its SWVs and how many accounts work there. */
export async function listOrganisations(deps: AdminDeps) {
  const store = storeOf(deps);
  const [steunpunten, accounts] = await Promise.all([listSteunpunten(store), listAccounts(store)]);
  // The steunpunten's SWVs are read side by side, not one steunpunt after another.
  return Promise.all(
    steunpunten.map(async (steunpunt) => ({
      ...steunpunt,
      tenants: await listTenantsOfSteunpunt(deps.db, deps.tableName, steunpunt.id),
      accounts: accounts.filter((account) => account.steunpunt === steunpunt.id).length,
    })),
  );
}

export async function saveSteunpuntBy(
  deps: AdminDeps,
  by: Principal,
  input: SteunpuntInput,
): Promise<Steunpunt> {
  const steunpunt = await saveSteunpunt(storeOf(deps), input);
  await recordAdminChange(
    storeOf(deps),
    by,
    { action: 'steunpunt-saved', target: steunpunt.id, targetName: steunpunt.name },
    deps.clock(),
  );
  log.info('admin.steunpunt.saved', { steunpunt: steunpunt.id });
  return steunpunt;
}

/**
 * Saves a steunpunt's public contact (the route's guard has checked it is the caller's to
 * change) and logs it in the beheer log; a retry with the same key logs nothing new.
 */
export async function saveSteunpuntContactBy(
  deps: Pick<AdminDeps, 'db' | 'tableName' | 'clock'>,
  by: Principal,
  id: string,
  contact: SteunpuntContactInput,
  requestKey: string,
): Promise<ContactSave> {
  const outcome = await saveSteunpuntContact(storeOf(deps), id, contact, requestKey, deps.clock());
  if (outcome.kind === 'not-found') return outcome;
  await recordAdminChange(
    storeOf(deps),
    by,
    {
      action: 'steunpunt-contact-saved',
      target: outcome.steunpunt.id,
      targetName: outcome.steunpunt.name,
    },
    new Date(outcome.updatedAt),
    requestKey,
  );
  log.info(`admin.steunpunt.contact.${outcome.kind}`, { steunpunt: id });
  return outcome;
}

export type TenantMove =
  | { kind: 'not-found' }
  | FieldRefusal
  | { kind: 'has-cases' }
  | { kind: 'moved' | 'unchanged'; tenant: Tenant };

/** Moves an SWV to another steunpunt, only while it has no questions. */
export async function moveTenant(
  deps: AdminDeps,
  by: Principal,
  slug: string,
  steunpuntId: string,
): Promise<TenantMove> {
  const tenant = await deps.tenants(slug);
  if (!tenant) return { kind: 'not-found' };
  const target = await getSteunpunt(storeOf(deps), steunpuntId);
  if (!target) return refused('steunpunt', 'Kies een steunpunt uit de lijst');
  if (target.id === tenant.steunpunt) return { kind: 'unchanged', tenant };
  // The inbox keeps cases under their steunpunt; moving them is not built yet.
  if (await referencesTaken(deps, tenant)) return { kind: 'has-cases' };
  const { steunpuntEmail: _old, ...rest } = tenant;
  await putTenant(deps.db, deps.tableName, {
    ...rest,
    steunpunt: target.id,
    steunpuntName: target.name,
    ...(target.email ? { steunpuntEmail: target.email } : {}),
  });
  await recordAdminChange(
    storeOf(deps),
    by,
    { action: 'swv-moved', target: slug, targetName: tenant.name, detail: target.name },
    deps.clock(),
  );
  log.info('admin.tenant.moved', { tenant: slug, steunpunt: target.id });
  return { kind: 'moved', tenant };
}

/** The organisation named in an account must exist: else the field and its message. */
async function organisationRefusal(
  deps: AdminDeps,
  value: { steunpunt?: string; swv?: string },
): Promise<FieldRefusal | undefined> {
  if (value.steunpunt && !(await getSteunpunt(storeOf(deps), value.steunpunt))) {
    return refused('steunpunt', 'Kies een steunpunt uit de lijst');
  }
  if (value.swv && !(await deps.tenants(value.swv))) {
    return refused('swv', 'Kies een samenwerkingsverband uit de lijst');
  }
  return undefined;
}

/**
 * An enabled SWV reader made or changed here is told of the SWV's reports from now on,
 * without waiting for a first sign-in (user-directory.ts, `rememberReader`).
 */
async function keepReader(deps: AdminDeps, account: Account): Promise<void> {
  if (account.role !== 'swv-lezer' || !account.swv || !account.enabled) return;
  const { userId, name, email, swv } = account;
  await rememberReader(deps.db, deps.tableName, { userId, name, email, swv }, deps.clock());
}

export type AccountCreation = FieldRefusal | { kind: 'created' | 'replayed'; account: Account };

/** Claims the address for this request first, so a second request changes nothing. */
export async function createAccount(
  deps: AdminDeps,
  by: Principal,
  input: AccountInput,
  requestKey: string,
): Promise<AccountCreation> {
  const refusal = await organisationRefusal(deps, input);
  if (refusal) return refusal;
  const store = storeOf(deps);
  if (!(await claimEmail(store, input.email, requestKey))) {
    return refused('email', 'Er is al een account met dit e-mailadres');
  }
  const userId = await deps.identityAdmin.createUser(input);
  const outcome = await writeAccount(store, userId, input, deps.clock());
  await keepReader(deps, outcome.account);
  await recordAdminChange(
    store,
    by,
    {
      action: 'account-created',
      target: userId,
      targetName: outcome.account.name,
      detail: roleLabels[outcome.account.role],
    },
    new Date(outcome.account.createdAt),
    requestKey,
  );
  log.info(`admin.account.${outcome.kind}`, { userId });
  return outcome;
}

export type AccountChange =
  { kind: 'not-found' } | FieldRefusal | { kind: 'done'; account: Account };

const findAccount = async (deps: AdminDeps, userId: string) =>
  slugPattern.test(userId) ? await getAccount(storeOf(deps), userId) : undefined;

/** Name, role and organisation; nobody changes their own role. */
export async function changeAccount(
  deps: AdminDeps,
  by: Principal,
  userId: string,
  input: AccountUpdate,
): Promise<AccountChange> {
  const before = await findAccount(deps, userId);
  if (!before) return { kind: 'not-found' };
  if (userId === by.userId && input.role !== before.role) {
    return refused('role', adminMessages.notYourself);
  }
  const refusal = await organisationRefusal(deps, input);
  if (refusal) return refusal;
  const account = (await updateAccount(storeOf(deps), userId, input, deps.clock())) as Account;
  await deps.identityAdmin.updateUser(account);
  // No longer staff of that steunpunt: not assignable there any more.
  if (before.steunpunt && before.steunpunt !== account.steunpunt) {
    await forgetUser(deps.db, deps.tableName, before.steunpunt, userId);
  }
  // No longer that SWV's reader: not told of its reports any more.
  if (before.swv && before.swv !== account.swv) {
    await forgetReader(deps.db, deps.tableName, before.swv, userId);
  }
  await keepReader(deps, account);
  await recordAdminChange(
    storeOf(deps),
    by,
    {
      action: 'account-changed',
      target: userId,
      targetName: account.name,
      detail: roleLabels[account.role],
    },
    deps.clock(),
  );
  log.info('admin.account.updated', { userId });
  return { kind: 'done', account };
}

/** Switches an account off or on; nobody switches off themselves. */
export async function switchAccount(
  deps: AdminDeps,
  by: Principal,
  userId: string,
  enabled: boolean,
): Promise<AccountChange> {
  const before = await findAccount(deps, userId);
  if (!before) return { kind: 'not-found' };
  if (userId === by.userId) return refused('enabled', adminMessages.notYourself);
  const account = (await setAccountEnabled(
    storeOf(deps),
    userId,
    enabled,
    deps.clock(),
  )) as Account;
  await deps.identityAdmin.setEnabled(account, enabled);
  if (!enabled && account.steunpunt) {
    await forgetUser(deps.db, deps.tableName, account.steunpunt, userId);
  }
  if (!enabled && account.swv) {
    await forgetReader(deps.db, deps.tableName, account.swv, userId);
  }
  await keepReader(deps, account);
  await recordAdminChange(
    storeOf(deps),
    by,
    {
      action: enabled ? 'account-enabled' : 'account-disabled',
      target: userId,
      targetName: account.name,
    },
    deps.clock(),
  );
  log.info(enabled ? 'admin.account.enabled' : 'admin.account.disabled', { userId });
  return { kind: 'done', account };
}
