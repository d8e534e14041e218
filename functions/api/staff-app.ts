import { Hono } from 'hono/tiny';
import { colleagueOf } from '../auth/user-directory.ts';
import { listTenantsOfSteunpunt } from '../tenants/tenant-store.ts';
import type { BackofficeApiDeps } from './deps.ts';
import { withSiteOrigin } from './backoffice-gate.ts';
import { backofficeCaseRoutes } from './backoffice-case-routes.ts';
import { backofficeMeRoutes } from './backoffice-me-routes.ts';
import { backofficeMeetingRoutes } from './backoffice-meeting-routes.ts';
import { backofficePrivacyRoutes } from './backoffice-privacy-routes.ts';

/** A steunpunt's daily work: its cases, contacts, meetings, settings, person requests. */
export function staffRoutes(deps: BackofficeApiDeps) {
  // One chain, so that the app's type carries every route's input and answers (hono/client).
  return new Hono()
    .route('/', backofficeMeRoutes(deps))
    .route('/', backofficePrivacyRoutes(deps))
    .route('/', backofficeMeetingRoutes(withSiteOrigin(deps)))
    .route(
      '/',
      backofficeCaseRoutes({
        ...deps,
        steunpuntTenants: async (steunpunt) =>
          (await listTenantsOfSteunpunt(deps.db, deps.tableName, steunpunt)).map((t) => t.slug),
        colleague: (steunpunt, userId) => colleagueOf(deps.db, deps.tableName, steunpunt, userId),
      }),
    );
}
