/**
 * `GET /api/backoffice/me`: who is signed in and which SWVs they work on or read. The
 * back office asks this first, to show the name and role and to build its menus.
 */
import { Hono } from 'hono/tiny';
import { principalOf, type BackofficeEnv } from '../auth/middleware.ts';
import { roleLabels } from '../auth/principal.ts';
import { accessibleTenants } from '../auth/tenant-access.ts';
import {
  colleaguesOf,
  rememberReader,
  rememberUser,
  staffMemberOf,
  swvReaderOf,
} from '../auth/user-directory.ts';
import { listTenantsOfSteunpunt } from '../tenants/tenant-store.ts';
import type { ApiDeps } from './deps.ts';
import { checks, route } from './route-kit.ts';
import { tenantRef } from './tenant-ref.ts';

export const meDeclarations = {
  me: route({
    method: 'get',
    path: '/backoffice/me',
    operationId: 'getMe',
    summary: 'Wie is ingelogd, met rol en samenwerkingsverbanden',
    who: { role: 'signed-in' },
    answers: { 200: 'De ingelogde gebruiker, collega’s en samenwerkingsverbanden' },
  }),
};

export function backofficeMeRoutes(deps: ApiDeps) {
  const { me } = meDeclarations;
  return new Hono<BackofficeEnv>().get(me.path, ...checks(me), async (c) => {
    const principal = principalOf(c);
    const access = await accessibleTenants(
      {
        tenants: deps.tenants,
        tenantsOfSteunpunt: (steunpunt) =>
          listTenantsOfSteunpunt(deps.db, deps.tableName, steunpunt),
      },
      principal,
    );
    // Remembered on sign-in, so colleagues can assign cases to this user.
    const staff = staffMemberOf(principal);
    if (staff) await rememberUser(deps.db, deps.tableName, staff, deps.clock());
    // An SWV's reader, so a published half-year report can be announced to them by mail.
    const reader = swvReaderOf(principal);
    if (reader) await rememberReader(deps.db, deps.tableName, reader, deps.clock());
    const colleagues = staff ? await colleaguesOf(deps.db, deps.tableName, staff.steunpunt) : [];
    return c.json(
      {
        principal,
        colleagues,
        roleLabel: roleLabels[principal.role],
        ...(access.cases[0]
          ? {
              steunpuntName: access.cases[0].steunpuntName,
              // Empty when not filled in: replies then have no Reply-To, the back office warns.
              steunpuntEmail: access.cases[0].steunpuntEmail ?? '',
            }
          : {}),
        caseTenants: access.cases.map(tenantRef),
        monitorTenants: access.monitor.map(tenantRef),
      },
      200,
    );
  });
}
