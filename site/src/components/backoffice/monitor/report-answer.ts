/** The half-year report's routes as the pages call them, typed from the server (hono/client). */
import { portal } from '../../../lib/portal-client.ts';
import type { Answer } from '../shell/api.ts';

const reports = portal.backoffice.rapportages[':swv'];

export const reportRoutes = {
  list: reports.$get,
  read: reports[':period'].$get,
  draft: reports[':period'].concept.$get,
  save: reports[':period'].concept.$put,
  publish: reports[':period'].publiceren.$post,
};

export type ReportAnswer = Answer<typeof reportRoutes.read>;
export type ReportList = Answer<typeof reportRoutes.list>;

/** The report page's address: the list of an SWV, or one half year's report. */
export function reportUrl(swv: string, period?: string): string {
  const params = new URLSearchParams({ swv, ...(period ? { periode: period } : {}) });
  return `/backoffice/rapportage/?${params.toString()}`;
}
