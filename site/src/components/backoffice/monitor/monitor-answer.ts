/** The monitor's answer as the page reads it, typed from the route (hono/client). */
import { portal } from '../../../lib/portal-client.ts';
import type { Answer } from '../shell/api.ts';

export const monitorRoute = portal.backoffice.monitor[':swv'].$get;
export type MonitorAnswer = Answer<typeof monitorRoute>;
export type Counts = MonitorAnswer['current'];
export type PeriodChoices = MonitorAnswer['periods'];
/** The figures without the period choices: what the half-year report shows as well. */
export type FiguresAnswer = Omit<MonitorAnswer, 'periods'>;

export const nationalMonitorRoute = portal.backoffice.beheer.monitor.$get;
export type NationalMonitorAnswer = Answer<typeof nationalMonitorRoute>;
