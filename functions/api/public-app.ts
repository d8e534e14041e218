/**
 * The public API: what parents, young people and the site's pages call without signing in.
 * It runs as its own Lambda function, whose role can write questions, sign-ups and limit
 * counts but cannot list a case, touch Cognito or read the account register (infra/
 * api-access.ts); so nothing here may import a back-office route.
 */
import { Hono } from 'hono/tiny';
import { defaultSiteOrigin, type PublicApiDeps } from './deps.ts';
import { authConfigRoutes } from './auth-config-routes.ts';
import { intakeRoutes } from './intake-routes.ts';
import { meetingRoutes } from './meeting-routes.ts';
import { publicSteunpuntContactRoutes } from './public-contact-routes.ts';
import { serviceRoutes } from './service-routes.ts';

/** The public routes, without the base path (lambdas/public.ts and app.ts add it). */
export function publicRoutes(deps: PublicApiDeps) {
  const meetingDeps = { ...deps, siteOrigin: deps.siteOrigin ?? defaultSiteOrigin };
  return new Hono()
    .route('/', serviceRoutes())
    .route('/', intakeRoutes(deps))
    .route('/', meetingRoutes(meetingDeps))
    .route('/', publicSteunpuntContactRoutes(deps))
    .route('/', authConfigRoutes(deps.signIn));
}
