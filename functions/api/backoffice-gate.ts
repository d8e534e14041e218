/**
 * What every back-office function puts in front of its routes (backoffice-app.ts says which
 * function has which).
 */
import { Hono } from 'hono/tiny';
import { accountStanding } from '../admin/account-standing.ts';
import { colleagueOf } from '../auth/user-directory.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { listTenantsOfSteunpunt } from '../tenants/tenant-store.ts';
import { authenticate } from '../auth/middleware.ts';
import { refuseEveryToken } from '../auth/verify.ts';
import { defaultSiteOrigin, type BackofficeApiDeps } from './deps.ts';

/**
 * The gate in front of every back-office route: it turns the ID token into the caller; each
 * route's own guard (guard.ts) then checks role and tenant.
 */
export const backofficeGate = (deps: BackofficeApiDeps) =>
  new Hono().use(
    '/backoffice/*',
    authenticate(
      deps.verifyToken ?? refuseEveryToken,
      deps.accountStanding ?? accountStanding({ db: deps.db, tableName: deps.tableName }),
    ),
  );

/** Links in mails point here. */
export const withSiteOrigin = <D extends BackofficeApiDeps>(deps: D) => ({
  ...deps,
  siteOrigin: deps.siteOrigin ?? defaultSiteOrigin,
});

/** What the case routes take besides the table: a steunpunt's SWVs, and a colleague by id. */
export const caseDepsOf = (deps: BackofficeApiDeps): CaseDeps => ({
  ...deps,
  steunpuntTenants: async (steunpunt) =>
    (await listTenantsOfSteunpunt(deps.db, deps.tableName, steunpunt)).map((t) => t.slug),
  colleague: (steunpunt, userId) => colleagueOf(deps.db, deps.tableName, steunpunt, userId),
});
