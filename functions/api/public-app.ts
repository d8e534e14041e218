/**
 * Every public route: what parents, young people and the site's pages call without signing
 * in, as the local portal and the in-process tests serve them (app.ts). In AWS they run as
 * three functions (api-functions.ts), the forms (forms-app.ts), the complaint form
 * (complaint-routes.ts) and the Oudercafé (oudercafe-app.ts), whose role can write questions, sign-ups and limit counts but cannot
 * list a case, touch Cognito or read the account register (public-access.ts). So nothing
 * here may import a back-office route.
 */
import { Hono } from 'hono/tiny';
import type { PublicApiDeps } from './deps.ts';
import { complaintRoutes } from './complaint-routes.ts';
import { formsRoutes } from './forms-app.ts';
import { oudercafeRoutes } from './oudercafe-app.ts';

export function publicRoutes(deps: PublicApiDeps) {
  return new Hono()
    .route('/', formsRoutes(deps))
    .route('/', complaintRoutes(deps))
    .route('/', oudercafeRoutes(deps));
}
