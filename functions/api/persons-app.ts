import type { BackofficeApiDeps } from './deps.ts';
import { backofficePrivacyRoutes } from './backoffice-privacy-routes.ts';

/** Requests from a person (AVG): find their cases, export them, erase them. Rare, and apart. */
export const personsRoutes = (deps: BackofficeApiDeps) => backofficePrivacyRoutes(deps);
