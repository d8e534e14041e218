/** The monitor page's address for an SWV and a period (`?swv=…&periode=2026-H1`). */
import { backofficePaths } from '../shell/paths.ts';

export const monitorUrl = (swv: string, period?: string) =>
  `${backofficePaths.monitor}?${new URLSearchParams({ swv, ...(period ? { periode: period } : {}) }).toString()}`;

/** The national monitor's address for a period (`?periode=2026-H1`). */
export const nationalMonitorUrl = (period?: string) =>
  `${backofficePaths.nationalMonitor}${period ? `?${new URLSearchParams({ periode: period }).toString()}` : ''}`;
