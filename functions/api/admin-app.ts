import { Hono } from 'hono/tiny';
import { registerOnlyIdentityAdmin } from '../admin/identity-admin.ts';
import type { BackofficeApiDeps } from './deps.ts';
import { backofficeAdminRoutes } from './backoffice-admin-routes.ts';
import { backofficeGapsRoutes } from './backoffice-gaps-routes.ts';
import { backofficeSteunpuntContactRoutes } from './backoffice-steunpunt-contact-routes.ts';

/** Beheer: accounts, steunpunten, SWVs, their contact and what is still to be filled in. */
export function adminRoutes(deps: BackofficeApiDeps) {
  return new Hono()
    .route('/', backofficeGapsRoutes(deps))
    .route(
      '/',
      backofficeAdminRoutes({
        ...deps,
        identityAdmin: deps.identityAdmin ?? registerOnlyIdentityAdmin,
      }),
    )
    .route('/', backofficeSteunpuntContactRoutes(deps));
}
