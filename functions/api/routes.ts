/**
 * Every route the API declares, in the order the document lists them. The OpenAPI document
 * is built from this list, and the access-matrix test reads each route's `who` from it.
 */
import { authConfigDeclarations } from './auth-config-routes.ts';
import { adminRoutes } from './backoffice-admin-routes.ts';
import { auditRoutes } from './backoffice-audit-routes.ts';
import { caseRoutes } from './backoffice-case-routes.ts';
import { contactRoutes } from './backoffice-contact-routes.ts';
import { meDeclarations } from './backoffice-me-routes.ts';
import { backofficeMeetingDeclarations } from './backoffice-meeting-routes.ts';
import { privacyRoutes } from './backoffice-privacy-routes.ts';
import { settingsRoutes } from './backoffice-settings-routes.ts';
import { templateRoutes } from './backoffice-template-routes.ts';
import { topicRoutes } from './backoffice-topic-routes.ts';
import { meetingDeclarations } from './meeting-routes.ts';
import { questionDeclarations } from './question-routes.ts';
import type { RouteDeclaration } from './route-kit.ts';
import { serviceDeclarations } from './service-routes.ts';

export const routeDeclarations: readonly RouteDeclaration[] = [
  serviceDeclarations,
  authConfigDeclarations,
  questionDeclarations,
  meetingDeclarations,
  meDeclarations,
  caseRoutes,
  contactRoutes,
  templateRoutes,
  topicRoutes,
  settingsRoutes,
  auditRoutes,
  privacyRoutes,
  backofficeMeetingDeclarations,
  adminRoutes,
].flatMap((group) => Object.values(group) as RouteDeclaration[]);
