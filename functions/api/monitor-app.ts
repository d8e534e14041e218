import { Hono } from 'hono/tiny';
import { allSwvs } from '../admin/all-swvs.ts';
import { monitorReader } from '../monitor/monitor-read.ts';
import { nationalReader } from '../monitor/national-read.ts';
import type { BackofficeApiDeps } from './deps.ts';
import { withSiteOrigin } from './backoffice-gate.ts';
import { backofficeSignalRoutes } from './backoffice-signal-routes.ts';
import { monitorExportRoutes } from './monitor-export-routes.ts';
import { reportRoutes } from './monitor-report-routes.ts';
import { monitorRoutes } from './monitor-routes.ts';
import { nationalMonitorRoutes } from './national-monitor-routes.ts';

/** The signaleringsmonitor: figures, exports, signal texts, half-year reports, the national view. */
export function monitorGroupRoutes(deps: BackofficeApiDeps) {
  // A test may hand in its own reader; the portal reads the month summaries.
  const monitorDeps = { ...deps, readMonitor: deps.readMonitor ?? monitorReader(deps) };
  const readNational = deps.readNational ?? nationalReader(deps, () => allSwvs(deps));
  return new Hono()
    .route('/', backofficeSignalRoutes(deps))
    .route('/', monitorRoutes(monitorDeps))
    .route('/', monitorExportRoutes(monitorDeps))
    .route('/', nationalMonitorRoutes({ clock: deps.clock, readNational }))
    .route('/', reportRoutes({ ...withSiteOrigin(deps), readMonitor: monitorDeps.readMonitor }));
}
