/**
 * The public forms and the site's small reads: questions, complaints, the form check, the
 * topics, a steunpunt's contact, the back office's sign-in settings. One public function in
 * AWS (api-functions.ts); the Oudercafé's routes are the other (oudercafe-app.ts).
 */
import { Hono } from 'hono/tiny';
import type { PublicApiDeps } from './deps.ts';
import { authConfigRoutes } from './auth-config-routes.ts';
import { intakeRoutes } from './intake-routes.ts';
import { publicSteunpuntContactRoutes } from './public-contact-routes.ts';
import { serviceRoutes } from './service-routes.ts';

export function formsRoutes(deps: PublicApiDeps) {
  return new Hono()
    .route('/', serviceRoutes())
    .route('/', intakeRoutes(deps))
    .route('/', publicSteunpuntContactRoutes(deps))
    .route('/', authConfigRoutes(deps.signIn));
}
