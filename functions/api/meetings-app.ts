import type { BackofficeApiDeps } from './deps.ts';
import { withSiteOrigin } from './backoffice-gate.ts';
import { backofficeMeetingRoutes } from './backoffice-meeting-routes.ts';

/** The Oudercafé in the back office: meetings, their attendees, presence and cancelling. */
export const meetingsRoutes = (deps: BackofficeApiDeps) =>
  backofficeMeetingRoutes(withSiteOrigin(deps));
