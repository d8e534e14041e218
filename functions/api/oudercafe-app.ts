/**
 * The Oudercafé for parents: the agenda, a meeting, signing up and the cancel link. A public
 * function of its own in AWS (api-functions.ts), beside the forms' (forms-app.ts).
 */
import type { PublicApiDeps } from './deps.ts';
import { defaultSiteOrigin } from './deps.ts';
import { meetingRoutes } from './meeting-routes.ts';

export const oudercafeRoutes = (deps: PublicApiDeps) =>
  meetingRoutes({ ...deps, siteOrigin: deps.siteOrigin ?? defaultSiteOrigin });
