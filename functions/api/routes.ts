/**
 * Every route the API declares, in the order the document lists them. The OpenAPI document
 * is built from this list, and the access-matrix test reads each route's `who` from it.
 */
import { authConfigDeclarations } from './auth-config-routes.ts';
import { adminDeclarations } from './backoffice-admin-routes.ts';
import { backofficeContactDeclarations } from './backoffice-steunpunt-contact-routes.ts';
import { auditDeclarations } from './backoffice-audit-routes.ts';
import { caseDeclarations } from './backoffice-case-routes.ts';
import { contactDeclarations } from './backoffice-contact-routes.ts';
import { gapsDeclarations } from './backoffice-gaps-routes.ts';
import { meDeclarations } from './backoffice-me-routes.ts';
import { backofficeMeetingDeclarations } from './backoffice-meeting-routes.ts';
import { privacyDeclarations } from './backoffice-privacy-routes.ts';
import { settingsDeclarations } from './backoffice-settings-routes.ts';
import { signalReviewDeclarations } from './backoffice-signal-routes.ts';
import { templateDeclarations } from './backoffice-template-routes.ts';
import { topicDeclarations } from './backoffice-topic-routes.ts';
import { meetingDeclarations } from './meeting-routes.ts';
import { monitorExportDeclarations } from './monitor-export-routes.ts';
import { monitorDeclarations } from './monitor-routes.ts';
import { nationalMonitorDeclarations } from './national-monitor-routes.ts';
import { reportDeclarations } from './monitor-report-routes.ts';
import { complaintDeclarations } from './complaint-routes.ts';
import { intakeDeclarations } from './intake-routes.ts';
import { publicContactDeclarations } from './public-contact-routes.ts';
import type { RouteDeclaration } from './route-kit.ts';
import { serviceDeclarations } from './service-routes.ts';

export const routeDeclarations: readonly RouteDeclaration[] = [
  serviceDeclarations,
  authConfigDeclarations,
  intakeDeclarations,
  complaintDeclarations,
  meetingDeclarations,
  meDeclarations,
  caseDeclarations,
  contactDeclarations,
  templateDeclarations,
  topicDeclarations,
  settingsDeclarations,
  auditDeclarations,
  privacyDeclarations,
  backofficeMeetingDeclarations,
  adminDeclarations,
  gapsDeclarations,
  publicContactDeclarations,
  backofficeContactDeclarations,
  signalReviewDeclarations,
  monitorDeclarations,
  monitorExportDeclarations,
  nationalMonitorDeclarations,
  reportDeclarations,
].flatMap((group) => Object.values(group) as RouteDeclaration[]);
