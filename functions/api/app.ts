import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { authMessages, authenticate } from '../auth/middleware.ts';
import { refuseEveryToken } from '../auth/verify.ts';
import { errorName, log } from '../lib/log.ts';
import { colleagueOf } from '../auth/user-directory.ts';
import { listTenantsOfSteunpunt } from '../tenants/tenant-store.ts';
import { accountStanding } from '../admin/account-standing.ts';
import { registerOnlyIdentityAdmin } from '../admin/identity-admin.ts';
import { backofficeAdminRoutes } from './backoffice-admin-routes.ts';
import { backofficeCaseRoutes } from './backoffice-case-routes.ts';
import { backofficeGapsRoutes } from './backoffice-gaps-routes.ts';
import { backofficeMeRoutes } from './backoffice-me-routes.ts';
import { backofficePrivacyRoutes } from './backoffice-privacy-routes.ts';
import { backofficeSignalRoutes } from './backoffice-signal-routes.ts';
import { defaultSiteOrigin, type ApiDeps } from './deps.ts';
import { authConfigRoutes } from './auth-config-routes.ts';
import { openApiDocument } from './openapi.ts';
import { backofficeMeetingRoutes } from './backoffice-meeting-routes.ts';
import { meetingRoutes } from './meeting-routes.ts';
import { allSwvs } from '../admin/all-swvs.ts';
import { monitorReader } from '../monitor/monitor-read.ts';
import { nationalReader } from '../monitor/national-read.ts';
import { nationalMonitorRoutes } from './national-monitor-routes.ts';
import { monitorExportRoutes } from './monitor-export-routes.ts';
import { monitorRoutes } from './monitor-routes.ts';
import { reportRoutes } from './monitor-report-routes.ts';
import { intakeRoutes } from './intake-routes.ts';
import { serviceRoutes } from './service-routes.ts';
import {
  backofficeSteunpuntContactRoutes,
  publicSteunpuntContactRoutes,
} from './steunpunt-contact-routes.ts';

const problems: Record<number, string> = {
  400: 'De gegevens konden niet worden gelezen. Probeer het opnieuw.',
  401: authMessages[401],
  403: authMessages[403],
  413: 'Je bericht is te groot. Maak het korter en probeer het opnieuw.',
};

export function createApp(deps: ApiDeps) {
  const meetingDeps = { ...deps, siteOrigin: deps.siteOrigin ?? defaultSiteOrigin };
  // A test may hand in its own reader; the portal reads the month summaries.
  const monitorDeps = { ...deps, readMonitor: deps.readMonitor ?? monitorReader(deps) };
  const readNational = deps.readNational ?? nationalReader(deps, () => allSwvs(deps));
  // One chain, so that PortalApi carries every route's input and answers (hono/client).
  const app = new Hono()
    .basePath('/api')
    .use(
      '*',
      bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ message: problems[413] }, 413) }),
    )
    .route('/', serviceRoutes(openApiDocument))
    .route('/', intakeRoutes(deps))
    .route('/', meetingRoutes(meetingDeps))
    .route('/', publicSteunpuntContactRoutes(deps))
    .route('/', authConfigRoutes(deps.signIn))
    // Every back-office route lives under /api/backoffice/ and is behind this gate; each
    // route's own guard (guard.ts) then checks role and tenant.
    .use(
      '/backoffice/*',
      authenticate(
        deps.verifyToken ?? refuseEveryToken,
        deps.accountStanding ?? accountStanding({ db: deps.db, tableName: deps.tableName }),
      ),
    )
    .route('/', backofficeMeRoutes(deps))
    .route('/', backofficePrivacyRoutes(deps))
    .route('/', backofficeMeetingRoutes(meetingDeps))
    .route('/', backofficeGapsRoutes(deps))
    .route(
      '/',
      backofficeAdminRoutes({
        ...deps,
        identityAdmin: deps.identityAdmin ?? registerOnlyIdentityAdmin,
      }),
    )
    .route('/', backofficeSteunpuntContactRoutes(deps))
    .route('/', backofficeSignalRoutes(deps))
    .route('/', monitorRoutes(monitorDeps))
    .route('/', monitorExportRoutes(monitorDeps))
    .route('/', nationalMonitorRoutes({ clock: deps.clock, readNational }))
    .route('/', reportRoutes({ ...meetingDeps, readMonitor: monitorDeps.readMonitor }))
    .route(
      '/',
      backofficeCaseRoutes({
        ...deps,
        steunpuntTenants: async (steunpunt) =>
          (await listTenantsOfSteunpunt(deps.db, deps.tableName, steunpunt)).map((t) => t.slug),
        colleague: (steunpunt, userId) => colleagueOf(deps.db, deps.tableName, steunpunt, userId),
      }),
    );

  app.notFound((c) => c.json({ message: 'Deze pagina bestaat niet' }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ message: problems[error.status] ?? 'Dit verzoek klopt niet' }, error.status);
    }
    log.error('api.error', {
      errorName: errorName(error),
      method: c.req.method,
      route: c.req.routePath,
    });
    return c.json(
      { message: 'Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw.' },
      500,
    );
  });
  return app;
}

export type PortalApi = ReturnType<typeof createApp>;
