import { Hono } from 'hono/tiny';
import type { CaseDeps } from '../cases/case-deps.ts';
import type { BackofficeApiDeps } from './deps.ts';
import { caseDepsOf } from './backoffice-gate.ts';
import { backofficeAuditRoutes } from './backoffice-audit-routes.ts';
import { backofficeContactRoutes } from './backoffice-contact-routes.ts';
import { backofficeSettingsRoutes } from './backoffice-settings-routes.ts';
import { backofficeTemplateRoutes } from './backoffice-template-routes.ts';
import { backofficeTopicRoutes } from './backoffice-topic-routes.ts';

/**
 * Around the cases: registering a contact, and what the coördinator keeps (templates,
 * settings, topics, the audit log).
 */
export function steunpuntCaseRoutes(caseDeps: CaseDeps) {
  return new Hono()
    .route('/', backofficeContactRoutes(caseDeps))
    .route('/', backofficeTemplateRoutes(caseDeps))
    .route('/', backofficeSettingsRoutes(caseDeps))
    .route('/', backofficeTopicRoutes(caseDeps))
    .route('/', backofficeAuditRoutes(caseDeps));
}

export const steunpuntRoutes = (deps: BackofficeApiDeps) => steunpuntCaseRoutes(caseDepsOf(deps));
