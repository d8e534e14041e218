/**
 * The beheerder's routes: steunpunten, which steunpunt serves an SWV, and the accounts of
 * everyone who signs in to the back office. Never a case: a beheerder manages the portal.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { createMiddleware } from 'hono/factory';
import {
  accountActive,
  accountFieldOrder,
  accountInput,
  accountUpdate,
  accountUpdateFieldOrder,
  slugPattern,
  steunpuntFieldOrder,
  steunpuntInput,
  tenantMove,
} from '../admin/account-schema.ts';
import {
  claimEmail,
  getAccount,
  listAccounts,
  setAccountEnabled,
  updateAccount,
  writeAccount,
  type Account,
} from '../admin/accounts.ts';
import type { IdentityAdmin } from '../admin/identity-admin.ts';
import { getSteunpunt, listSteunpunten, saveSteunpunt } from '../admin/steunpunten.ts';
import { listAdminChanges, recordAdminChange } from '../admin/admin-log.ts';
import { principalOf, type AuthEnv } from '../auth/middleware.ts';
import { roleLabels } from '../auth/principal.ts';
import { auditMonthPattern } from '../cases/case-audit.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { fieldProblem, queryParams } from './backoffice-guards.ts';
import { forgetUser } from '../auth/user-directory.ts';
import type { Clock } from '../lib/clock.ts';
import { log } from '../lib/log.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import { listTenantsOfSteunpunt, putTenant, type TenantLookup } from '../tenants/tenant-store.ts';
import { idempotencyKey, jsonBody, tenantSlugPattern } from './router.ts';

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

const adminLogQuery = z.object({
  month: z.optional(
    z.string().check(z.regex(auditMonthPattern, { error: 'Kies een maand zoals 2026-11' })),
  ),
});

const beheerderOnly = createMiddleware<AuthEnv>(async (c, next) => {
  if (principalOf(c).role !== 'beheerder') {
    return c.json({ message: adminMessages.beheerderOnly }, 403);
  }
  await next();
});

const tenantRef = (tenant: Tenant) => ({
  slug: tenant.slug,
  name: tenant.name,
  shortName: tenant.shortName,
});

/** Has anyone asked this SWV a question yet? Its reference counters say so. */
async function hasCases(deps: AdminDeps, slug: string): Promise<boolean> {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :counter)',
      ExpressionAttributeValues: { ':pk': `SWV#${slug}`, ':counter': 'COUNTER#' },
      Limit: 1,
    }),
  );
  return (Items?.length ?? 0) > 0;
}

export function backofficeAdminRoutes(deps: AdminDeps) {
  const store = { db: deps.db, tableName: deps.tableName };

  /** The organisation named in an account must exist: else the field and its message. */
  const organisationProblem = async (value: {
    steunpunt?: string;
    swv?: string;
  }): Promise<[string, string] | undefined> => {
    if (value.steunpunt && !(await getSteunpunt(store, value.steunpunt))) {
      return ['steunpunt', 'Kies een steunpunt uit de lijst'];
    }
    if (value.swv && !(await deps.tenants(value.swv))) {
      return ['swv', 'Kies een samenwerkingsverband uit de lijst'];
    }
    return undefined;
  };

  return new Hono<AuthEnv>()
    .get('/backoffice/beheer/organisaties', beheerderOnly, async (c) => {
      const [steunpunten, accounts] = await Promise.all([
        listSteunpunten(store),
        listAccounts(store),
      ]);
      // The steunpunten's SWVs are read side by side, not one steunpunt after another.
      const result = await Promise.all(
        steunpunten.map(async (steunpunt) => ({
          ...steunpunt,
          tenants: (await listTenantsOfSteunpunt(deps.db, deps.tableName, steunpunt.id)).map(
            tenantRef,
          ),
          accounts: accounts.filter((account) => account.steunpunt === steunpunt.id).length,
        })),
      );
      return c.json({ steunpunten: result });
    })
    .put(
      '/backoffice/beheer/steunpunten',
      beheerderOnly,
      jsonBody(steunpuntInput, steunpuntFieldOrder),
      async (c) => {
        const steunpunt = await saveSteunpunt(store, c.req.valid('json'));
        await recordAdminChange(
          store,
          principalOf(c),
          { action: 'steunpunt-saved', target: steunpunt.id, targetName: steunpunt.name },
          deps.clock(),
        );
        log.info('admin.steunpunt.saved', { steunpunt: steunpunt.id });
        return c.json(steunpunt, 200);
      },
    )
    .put(
      '/backoffice/beheer/samenwerkingsverbanden/:swv/steunpunt',
      beheerderOnly,
      jsonBody(tenantMove, ['steunpunt']),
      async (c) => {
        const slug = c.req.param('swv');
        const tenant = tenantSlugPattern.test(slug) ? await deps.tenants(slug) : undefined;
        if (!tenant) return c.json({ message: adminMessages.tenantNotFound }, 404);
        const target = await getSteunpunt(store, c.req.valid('json').steunpunt);
        if (!target) return fieldProblem(c, 'steunpunt', 'Kies een steunpunt uit de lijst');
        if (target.id === tenant.steunpunt) return c.json(tenantRef(tenant), 200);
        // The inbox keeps cases under their steunpunt; moving them is not built yet.
        if (await hasCases(deps, slug)) {
          return c.json({ message: adminMessages.tenantHasCases }, 409);
        }
        const { steunpuntEmail: _old, ...rest } = tenant;
        await putTenant(deps.db, deps.tableName, {
          ...rest,
          steunpunt: target.id,
          steunpuntName: target.name,
          ...(target.email ? { steunpuntEmail: target.email } : {}),
        });
        await recordAdminChange(
          store,
          principalOf(c),
          { action: 'swv-moved', target: slug, targetName: tenant.name, detail: target.name },
          deps.clock(),
        );
        log.info('admin.tenant.moved', { tenant: slug, steunpunt: target.id });
        return c.json(tenantRef(tenant), 200);
      },
    )
    .get(
      '/backoffice/beheer/logboek',
      beheerderOnly,
      queryParams(adminLogQuery, ['month']),
      async (c) => {
        const month = c.req.valid('query').month ?? amsterdamMonth(deps.clock());
        return c.json({ month, entries: await listAdminChanges(store, month) });
      },
    )
    .get('/backoffice/beheer/gebruikers', beheerderOnly, async (c) =>
      c.json({ accounts: await listAccounts(store) }),
    )
    .post(
      '/backoffice/beheer/gebruikers',
      beheerderOnly,
      idempotencyKey,
      jsonBody(accountInput, accountFieldOrder),
      async (c) => {
        const input = c.req.valid('json');
        const problem = await organisationProblem(input);
        if (problem) return fieldProblem(c, ...problem);
        if (!(await claimEmail(store, input.email, c.req.valid('header').key))) {
          return fieldProblem(c, 'email', 'Er is al een account met dit e-mailadres');
        }
        const userId = await deps.identityAdmin.createUser(input);
        const outcome = await writeAccount(store, userId, input, deps.clock());
        await recordAdminChange(
          store,
          principalOf(c),
          {
            action: 'account-created',
            target: userId,
            targetName: outcome.account.name,
            detail: roleLabels[outcome.account.role],
          },
          new Date(outcome.account.createdAt),
          c.req.valid('header').key,
        );
        log.info(`admin.account.${outcome.kind}`, { userId });
        return c.json(outcome.account, outcome.kind === 'created' ? 201 : 200);
      },
    )
    .put(
      '/backoffice/beheer/gebruikers/:userId',
      beheerderOnly,
      jsonBody(accountUpdate, accountUpdateFieldOrder),
      async (c) => {
        const userId = c.req.param('userId');
        const input = c.req.valid('json');
        const before = slugPattern.test(userId) ? await getAccount(store, userId) : undefined;
        if (!before) return c.json({ message: adminMessages.accountNotFound }, 404);
        if (userId === principalOf(c).userId && input.role !== before.role) {
          return fieldProblem(c, 'role', adminMessages.notYourself);
        }
        const problem = await organisationProblem(input);
        if (problem) return fieldProblem(c, ...problem);
        const account = (await updateAccount(store, userId, input, deps.clock())) as Account;
        await deps.identityAdmin.updateUser(account);
        // No longer staff of that steunpunt: not assignable there any more.
        if (before.steunpunt && before.steunpunt !== account.steunpunt) {
          await forgetUser(deps.db, deps.tableName, before.steunpunt, userId);
        }
        await recordAdminChange(
          store,
          principalOf(c),
          {
            action: 'account-changed',
            target: userId,
            targetName: account.name,
            detail: roleLabels[account.role],
          },
          deps.clock(),
        );
        log.info('admin.account.updated', { userId });
        return c.json(account, 200);
      },
    )
    .put(
      '/backoffice/beheer/gebruikers/:userId/actief',
      beheerderOnly,
      jsonBody(accountActive, ['enabled']),
      async (c) => {
        const userId = c.req.param('userId');
        const { enabled } = c.req.valid('json');
        const before = slugPattern.test(userId) ? await getAccount(store, userId) : undefined;
        if (!before) return c.json({ message: adminMessages.accountNotFound }, 404);
        if (userId === principalOf(c).userId) {
          return fieldProblem(c, 'enabled', adminMessages.notYourself);
        }
        const account = (await setAccountEnabled(store, userId, enabled, deps.clock())) as Account;
        await deps.identityAdmin.setEnabled(account, enabled);
        if (!enabled && account.steunpunt) {
          await forgetUser(deps.db, deps.tableName, account.steunpunt, userId);
        }
        await recordAdminChange(
          store,
          principalOf(c),
          {
            action: enabled ? 'account-enabled' : 'account-disabled',
            target: userId,
            targetName: account.name,
          },
          deps.clock(),
        );
        log.info(enabled ? 'admin.account.enabled' : 'admin.account.disabled', { userId });
        return c.json(account, 200);
      },
    );
}
