/**
 * The back-office API: everything under /api/backoffice/, for staff, coördinatoren, SWV
 * readers and beheerders. In AWS it runs as six functions of its own (api-functions.ts says
 * which paths go where): the cases (staff-app.ts), what surrounds them (steunpunt-app.ts), the
 * Oudercafé's meetings (meetings-app.ts), requests from a person (persons-app.ts), beheer (admin-app.ts) and the monitor
 * (monitor-app.ts), each with its own role, behind the same gate. Each part is a
 * module of its own, so a function's bundle holds only its own routes.
 */
import type { BackofficeApiDeps } from './deps.ts';
import { adminRoutes } from './admin-app.ts';
import { backofficeGate } from './backoffice-gate.ts';
import { meetingsRoutes } from './meetings-app.ts';
import { monitorGroupRoutes } from './monitor-app.ts';
import { personsRoutes } from './persons-app.ts';
import { staffRoutes } from './staff-app.ts';
import { steunpuntRoutes } from './steunpunt-app.ts';

/** Every back-office route behind one gate, as the local portal and the in-process tests serve them. */
export function backofficeRoutes(deps: BackofficeApiDeps) {
  return backofficeGate(deps)
    .route('/', staffRoutes(deps))
    .route('/', steunpuntRoutes(deps))
    .route('/', meetingsRoutes(deps))
    .route('/', personsRoutes(deps))
    .route('/', adminRoutes(deps))
    .route('/', monitorGroupRoutes(deps));
}
