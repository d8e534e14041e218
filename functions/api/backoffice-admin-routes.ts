/**
 * The beheerder's routes: steunpunten, which steunpunt serves an SWV, and the accounts of
 * everyone who signs in to the back office. Never a case: a beheerder manages the portal.
 * Each handler parses, calls one function of functions/admin/admin-changes.ts and answers.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
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
  adminMessages,
  changeAccount,
  createAccount,
  listOrganisations,
  moveTenant,
  saveSteunpuntBy,
  switchAccount,
  type AccountChange,
  type AdminDeps,
} from '../admin/admin-changes.ts';
import { listAccounts } from '../admin/accounts.ts';
import { listAdminChanges } from '../admin/admin-log.ts';
import { principalOf, type BackofficeEnv } from '../auth/middleware.ts';
import { auditMonthPattern } from '../cases/case-audit.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { checks, route } from './route-kit.ts';
import { fieldProblem, pathParam, swvParam, tenantSlugPattern } from './router.ts';
import { tenantRef } from './tenant-ref.ts';

export type { AdminDeps };
export { adminMessages };

const adminLogQuery = z.object({
  month: z.optional(
    z.string().check(z.regex(auditMonthPattern, { error: 'Kies een maand zoals 2026-11' })),
  ),
});

const beheerder = { role: 'beheerder' } as const;
const accountParams = { userId: pathParam(slugPattern) };

export const adminDeclarations = {
  organisations: route({
    method: 'get',
    path: '/backoffice/beheer/organisaties',
    operationId: 'listOrganisations',
    summary: 'Steunpunten met hun samenwerkingsverbanden',
    who: beheerder,
    answers: { 200: 'De steunpunten, elk met zijn samenwerkingsverbanden en aantal accounts' },
  }),
  saveSteunpunt: route({
    method: 'put',
    path: '/backoffice/beheer/steunpunten',
    operationId: 'saveSteunpunt',
    summary: 'Een steunpunt toevoegen of wijzigen',
    who: beheerder,
    body: { schema: steunpuntInput, fieldOrder: steunpuntFieldOrder },
    answers: { 200: 'Het steunpunt zoals het nu is' },
  }),
  moveTenant: route({
    method: 'put',
    path: '/backoffice/beheer/samenwerkingsverbanden/:swv/steunpunt',
    operationId: 'moveTenant',
    summary: 'Een samenwerkingsverband zonder vragen naar een ander steunpunt verhuizen',
    who: beheerder,
    params: { swv: swvParam },
    body: { schema: tenantMove, fieldOrder: ['steunpunt'] },
    answers: {
      200: 'Het samenwerkingsverband',
      404: adminMessages.tenantNotFound,
      409: 'Het samenwerkingsverband heeft al vragen',
    },
  }),
  log: route({
    method: 'get',
    path: '/backoffice/beheer/logboek',
    operationId: 'listAdminChanges',
    summary: 'Het logboek van beheer: wie welk account, steunpunt of samenwerkingsverband wijzigde',
    who: beheerder,
    query: {
      schema: adminLogQuery,
      fieldOrder: ['month'],
      descriptions: { month: 'De maand, zoals 2026-11' },
    },
    answers: { 200: 'De regels van die maand' },
  }),
  accounts: route({
    method: 'get',
    path: '/backoffice/beheer/gebruikers',
    operationId: 'listAccounts',
    summary: 'Alle accounts',
    who: beheerder,
    answers: { 200: 'De accounts' },
  }),
  createAccount: route({
    method: 'post',
    path: '/backoffice/beheer/gebruikers',
    operationId: 'createAccount',
    summary: 'Een account maken',
    who: beheerder,
    body: { schema: accountInput, fieldOrder: accountFieldOrder },
    idempotent: true,
    answers: { 201: 'Het account is gemaakt', 200: 'Dit account was al gemaakt (zelfde sleutel)' },
  }),
  changeAccount: route({
    method: 'put',
    path: '/backoffice/beheer/gebruikers/:userId',
    operationId: 'changeAccount',
    summary: 'Naam, rol en organisatie van een account wijzigen',
    who: beheerder,
    params: accountParams,
    body: { schema: accountUpdate, fieldOrder: accountUpdateFieldOrder },
    answers: { 200: 'Het account zoals het nu is', 404: adminMessages.accountNotFound },
  }),
  switchAccount: route({
    method: 'put',
    path: '/backoffice/beheer/gebruikers/:userId/actief',
    operationId: 'switchAccount',
    summary: 'Een account uit- of aanzetten',
    who: beheerder,
    params: accountParams,
    body: { schema: accountActive, fieldOrder: ['enabled'] },
    answers: { 200: 'Het account zoals het nu is', 404: adminMessages.accountNotFound },
  }),
};

function accountAnswer(c: Context, outcome: AccountChange) {
  switch (outcome.kind) {
    case 'not-found':
      return c.json({ message: adminMessages.accountNotFound }, 404);
    case 'refused':
      return fieldProblem(c, outcome.field, outcome.message);
    case 'done':
      return c.json(outcome.account, 200);
  }
}

export function backofficeAdminRoutes(deps: AdminDeps) {
  const store = { db: deps.db, tableName: deps.tableName };
  const r = adminDeclarations;
  return new Hono<BackofficeEnv>()
    .get(r.organisations.path, ...checks(r.organisations), async (c) => {
      const organisations = await listOrganisations(deps);
      const steunpunten = organisations.map(({ tenants, ...steunpunt }) => ({
        ...steunpunt,
        tenants: tenants.map(tenantRef),
      }));
      return c.json({ steunpunten }, 200);
    })
    .put(r.saveSteunpunt.path, ...checks(r.saveSteunpunt), async (c) =>
      c.json(await saveSteunpuntBy(deps, principalOf(c), c.req.valid('json')), 200),
    )
    .put(r.moveTenant.path, ...checks(r.moveTenant), async (c) => {
      const slug = c.req.param('swv');
      const outcome = tenantSlugPattern.test(slug)
        ? await moveTenant(deps, principalOf(c), slug, c.req.valid('json').steunpunt)
        : { kind: 'not-found' as const };
      switch (outcome.kind) {
        case 'not-found':
          return c.json({ message: adminMessages.tenantNotFound }, 404);
        case 'refused':
          return fieldProblem(c, outcome.field, outcome.message);
        case 'has-cases':
          return c.json({ message: adminMessages.tenantHasCases }, 409);
        default:
          return c.json(tenantRef(outcome.tenant), 200);
      }
    })
    .get(r.log.path, ...checks(r.log), async (c) => {
      const month = c.req.valid('query').month ?? amsterdamMonth(deps.clock());
      return c.json({ month, entries: await listAdminChanges(store, month) }, 200);
    })
    .get(r.accounts.path, ...checks(r.accounts), async (c) =>
      c.json({ accounts: await listAccounts(store) }, 200),
    )
    .post(r.createAccount.path, ...checks(r.createAccount), async (c) => {
      const key = c.req.valid('header').key;
      const outcome = await createAccount(deps, principalOf(c), c.req.valid('json'), key);
      if (outcome.kind === 'refused') return fieldProblem(c, outcome.field, outcome.message);
      return c.json(outcome.account, outcome.kind === 'created' ? 201 : 200);
    })
    .put(r.changeAccount.path, ...checks(r.changeAccount), async (c) =>
      accountAnswer(
        c,
        await changeAccount(deps, principalOf(c), c.req.param('userId'), c.req.valid('json')),
      ),
    )
    .put(r.switchAccount.path, ...checks(r.switchAccount), async (c) =>
      accountAnswer(
        c,
        await switchAccount(
          deps,
          principalOf(c),
          c.req.param('userId'),
          c.req.valid('json').enabled,
        ),
      ),
    );
}
