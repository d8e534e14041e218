import { Hono } from 'hono/tiny';
import type { BackofficeApiDeps } from './deps.ts';
import { caseDepsOf } from './backoffice-gate.ts';
import { backofficeCaseRoutes } from './backoffice-case-routes.ts';
import { backofficeMeRoutes } from './backoffice-me-routes.ts';

/** A steunpunt's daily work: who is signed in, the inbox and each case with its changes. */
export function staffRoutes(deps: BackofficeApiDeps) {
  // One chain, so that the app's type carries every route's input and answers (hono/client).
  return new Hono()
    .route('/', backofficeMeRoutes(deps))
    .route('/', backofficeCaseRoutes(caseDepsOf(deps)));
}
