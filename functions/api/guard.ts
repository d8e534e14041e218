/**
 * The one guard of every route: who may call it (a role rule), and for a route that names
 * a case or a meeting, whether it is theirs (a tenant rule). Both run before any input is
 * read, so the answer never depends on the input: a case of another steunpunt is simply
 * not found. The rules themselves live in functions/auth/tenant-access.ts.
 */
import type { Context, MiddlewareHandler, Next } from 'hono';
import { authMessages, type BackofficeEnv } from '../auth/middleware.ts';
import type { Principal } from '../auth/principal.ts';
import {
  canReadMonitorOf,
  caseTenant,
  isCoordinator,
  keepsContactOf,
  mayOpenCase,
  staffOf,
} from '../auth/tenant-access.ts';
import { caseIdPattern } from '../cases/case-keys.ts';
import { readCaseAccess, withHolderStanding } from '../cases/case-restriction.ts';
import type { TableHandle } from '../core/table-deps.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';

/**
 * Who may call a route; `swv-reader` reads a monitor (an SWV reader, or a coördinator);
 * `steunpunt-keeper` keeps a steunpunt's register entry (its coördinator, or a beheerder).
 */
export type RoleRule =
  | 'public'
  | 'signed-in'
  | 'staff'
  | 'coordinator'
  | 'beheerder'
  | 'swv-reader'
  | 'steunpunt-keeper';
/**
 * Which thing in the URL must be the caller's own steunpunt's (or, for a beheerder, any);
 * `own-swv`: an SWV the caller's steunpunt works for;
 * `own-monitor`: the SWV whose monitor the caller reads (canReadMonitorOf).
 */
export type TenantRule = 'own-case' | 'own-meeting' | 'own-steunpunt' | 'own-swv' | 'own-monitor';

export interface Who {
  role: RoleRule;
  tenant?: TenantRule;
  /** The 403 message, when the route says it more precisely than its role rule does. */
  refusal?: string;
}

export const accessMessages = {
  noCases: 'Je hebt geen toegang tot dossiers.',
  coordinatorOnly: 'Alleen een coördinator kan dit doen.',
  beheerderOnly: 'Alleen een beheerder kan dit doen.',
  noMonitor: 'Je hebt geen toegang tot de monitor.',
  caseNotFound: 'Dit dossier bestaat niet.',
  coordinatorOrBeheerder: 'Alleen een coördinator of een beheerder kan dit doen.',
  steunpuntNotFound: 'Dit steunpunt bestaat niet.',
  swvNotFound: 'Dit samenwerkingsverband bestaat niet.',
  monitorNotFound: 'Deze monitor bestaat niet.',
} as const;

/** Why the role rule refuses this caller, or undefined when it lets them through. */
function roleRefusal(rule: RoleRule, principal: Principal): string | undefined {
  const staff = staffOf(principal);
  switch (rule) {
    case 'public':
    case 'signed-in':
      return undefined;
    case 'staff':
      return staff ? undefined : accessMessages.noCases;
    case 'coordinator':
      if (!staff) return accessMessages.noCases;
      return isCoordinator(staff) ? undefined : accessMessages.coordinatorOnly;
    case 'beheerder':
      return principal.role === 'beheerder' ? undefined : accessMessages.beheerderOnly;
    case 'swv-reader':
      return principal.role === 'swv-lezer' || principal.role === 'coordinator'
        ? undefined
        : accessMessages.noMonitor;
    case 'steunpunt-keeper':
      return (staff && isCoordinator(staff)) || principal.role === 'beheerder'
        ? undefined
        : accessMessages.coordinatorOrBeheerder;
  }
}

/** A tenant rule's check: answers itself when the thing is not the caller's, else next(). */
export type TenantCheck = (c: Context<BackofficeEnv>, next: Next) => Promise<Response | void>;

/** The role and tenant rules of `who` as one middleware. */
export function guard(
  who: Who,
  tenantChecks: Partial<Record<TenantRule, TenantCheck>> = {},
): MiddlewareHandler<BackofficeEnv> {
  const tenantCheck = who.tenant ? tenantChecks[who.tenant] : undefined;
  // A route that names a tenant rule without its check would let every tenant through.
  if (who.tenant && !tenantCheck) throw new Error(`No check for tenant rule ${who.tenant}`);
  return async (c, next) => {
    if (who.role === 'public') return next();
    const principal = c.get('principal');
    if (!principal) return c.json({ message: authMessages[401] }, 401);
    const refusal = roleRefusal(who.role, principal);
    if (refusal) return c.json({ message: who.refusal ?? refusal }, 403);
    const staff = staffOf(principal);
    if (staff) c.set('staff', staff);
    return tenantCheck ? tenantCheck(c, next) : next();
  };
}

/**
 * The own-case rule: the case in `/:swv/:caseId` is of an SWV of the caller's steunpunt,
 * and the caller may open it (a complaint about the steunpunt itself only its named
 * person: `mayOpenCase`). One rule for every case route, so no route can forget it; a
 * case the caller may not open answers exactly as one that does not exist.
 */
export function ownCase(deps: TableHandle & { tenants: TenantLookup }): TenantCheck {
  return async (c, next) => {
    const swv = c.req.param('swv') ?? '';
    const caseId = c.req.param('caseId') ?? '';
    const staff = c.get('staff');
    const access = caseIdPattern.test(caseId)
      ? await caseTenant(deps.tenants, staff, swv)
      : { kind: 'unknown' as const };
    const found = access.kind === 'allowed' ? await readCaseAccess(deps, swv, caseId) : undefined;
    // Whether its holder left decides only for a coördinator (the rescue in mayOpenCase).
    const item = found ? await withHolderStanding(deps, staff, found) : undefined;
    if (access.kind !== 'allowed' || !item || !mayOpenCase(staff, item)) {
      return c.json({ message: accessMessages.caseNotFound }, 404);
    }
    // Resolved once here; the handler reads it instead of looking the tenant up again.
    c.set('caseParams', { tenant: access.tenant, target: { tenant: swv, caseId } });
    await next();
  };
}

/**
 * The own-steunpunt rule: the steunpunt in `/:steunpunt/` is the coördinator's own; a
 * beheerder may name any. Another steunpunt answers as if it did not exist.
 */
export const ownSteunpunt: TenantCheck = async (c, next) => {
  const principal = c.get('principal');
  if (!principal || !keepsContactOf(principal, c.req.param('steunpunt') ?? '')) {
    return c.json({ message: accessMessages.steunpuntNotFound }, 404);
  }
  await next();
};

/**
 * The own-swv rule: the SWV in `/:swv/` is one the caller's steunpunt works for. Another
 * steunpunt's SWV answers as one that does not exist.
 */
export function ownSwv(deps: { tenants: TenantLookup }): TenantCheck {
  return async (c, next) => {
    const access = await caseTenant(deps.tenants, c.get('staff'), c.req.param('swv') ?? '');
    if (access.kind !== 'allowed') return c.json({ message: accessMessages.swvNotFound }, 404);
    await next();
  };
}

/**
 * The own-monitor rule: the SWV in `/:swv` is one whose monitor the caller reads (an SWV
 * reader their own, a coördinator each of their steunpunt's). Any other SWV answers as one
 * that does not exist, so a reader cannot even learn which slugs are real.
 */
export function ownMonitor(tenants: TenantLookup): TenantCheck {
  return async (c, next) => {
    const principal = c.get('principal');
    const slug = c.req.param('swv') ?? '';
    const tenant = /^[a-z0-9-]{2,64}$/.test(slug) ? await tenants(slug) : undefined;
    if (!principal || !tenant || !canReadMonitorOf(principal, tenant)) {
      return c.json({ message: accessMessages.monitorNotFound }, 404);
    }
    // Resolved once here; the handler reads it instead of looking the tenant up again.
    c.set('monitorTenant', tenant);
    await next();
  };
}
