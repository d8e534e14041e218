/**
 * The back-office API: everything under /api/backoffice/, for staff, coördinatoren, SWV
 * readers and beheerders. In AWS it runs as three functions of its own (api-functions.ts says
 * which paths go where): the steunpunt's daily work (staff-app.ts), beheer (admin-app.ts) and
 * the monitor (monitor-app.ts), each with its own role, behind the same gate. Each part is a
 * module of its own, so a function's bundle holds only its own routes.
 */
import type { BackofficeApiDeps } from './deps.ts';
import { adminRoutes } from './admin-app.ts';
import { backofficeGate } from './backoffice-gate.ts';
import { monitorGroupRoutes } from './monitor-app.ts';
import { staffRoutes } from './staff-app.ts';

/** Every back-office route behind one gate, as the local portal and the in-process tests serve them. */
export function backofficeRoutes(deps: BackofficeApiDeps) {
  return backofficeGate(deps)
    .route('/', staffRoutes(deps))
    .route('/', adminRoutes(deps))
    .route('/', monitorGroupRoutes(deps));
}
