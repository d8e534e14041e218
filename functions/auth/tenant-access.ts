/**
 * Which tenants (SWVs) a caller may touch. The one rule module behind every back-office
 * check (functions/api/guard.ts): staff work only for their own steunpunt, an SWV reader
 * reads only their own SWV's monitor, and a beheerder never sees cases. A case of another
 * steunpunt does not exist as far as the caller can tell.
 */
import type { Tenant } from '../tenants/swv-profile.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';
import type { Principal, Role } from './principal.ts';

/** A caller who may handle cases, with the steunpunt they work for. */
export type Staff = Principal & { role: 'medewerker' | 'coordinator'; steunpunt: string };

const caseRoles: ReadonlySet<Role> = new Set(['medewerker', 'coordinator']);

/** The caller as staff of a steunpunt, or undefined when they handle no cases. */
export function staffOf(principal: Principal): Staff | undefined {
  return caseRoles.has(principal.role) && principal.steunpunt ? (principal as Staff) : undefined;
}

export const isCoordinator = (staff: Staff) => staff.role === 'coordinator';

/** Whether the tenant's cases are this caller's to handle. */
export function handlesTenant(staff: Staff, tenant: Tenant | undefined): tenant is Tenant {
  return tenant !== undefined && canHandleCasesOf(staff, tenant);
}

/**
 * May this caller see and change the cases of this tenant? Also takes a case item, which
 * carries its tenant's `steunpunt`: check the item itself, not only the URL's tenant.
 */
export function canHandleCasesOf(principal: Principal, tenant: Pick<Tenant, 'steunpunt'>) {
  return (
    (principal.role === 'medewerker' || principal.role === 'coordinator') &&
    principal.steunpunt !== undefined &&
    principal.steunpunt === tenant.steunpunt
  );
}

/**
 * May this caller change the steunpunt's public contact? Its own coördinator, or a
 * beheerder (any steunpunt). A medewerker reads it in the back office, but does not change it.
 */
export function keepsContactOf(principal: Principal, steunpunt: string) {
  if (principal.role === 'beheerder') return true;
  return principal.role === 'coordinator' && principal.steunpunt === steunpunt;
}

/** May this caller read the tenant's monitor (anonymous figures, never a case)? */
export function canReadMonitorOf(principal: Principal, tenant: Pick<Tenant, 'slug' | 'steunpunt'>) {
  if (principal.role === 'swv-lezer')
    return principal.swv !== undefined && principal.swv === tenant.slug;
  if (principal.role === 'coordinator') return canHandleCasesOf(principal, tenant);
  return false;
}

export interface TenantAccessDeps {
  tenants: TenantLookup;
  /** The tenants a steunpunt serves (tenant-store's listTenantsOfSteunpunt). */
  tenantsOfSteunpunt: (steunpunt: string) => Promise<Tenant[]>;
}

export interface AccessibleTenants {
  /** Tenants whose cases the caller handles. */
  cases: Tenant[];
  /** Tenants whose monitor the caller reads. */
  monitor: Tenant[];
}

/** Every tenant the caller may work on or read, sorted by name. */
export async function accessibleTenants(
  deps: TenantAccessDeps,
  principal: Principal,
): Promise<AccessibleTenants> {
  let candidates: Tenant[] = [];
  if (principal.steunpunt) candidates = await deps.tenantsOfSteunpunt(principal.steunpunt);
  else if (principal.swv) {
    const tenant = await deps.tenants(principal.swv);
    candidates = tenant ? [tenant] : [];
  }
  // The checks decide, not the way the candidates were found.
  const byName = (a: Tenant, b: Tenant) => a.name.localeCompare(b.name, 'nl');
  return {
    cases: candidates.filter((t) => canHandleCasesOf(principal, t)).sort(byName),
    monitor: candidates.filter((t) => canReadMonitorOf(principal, t)).sort(byName),
  };
}

export type CaseTenant =
  | { kind: 'allowed'; tenant: Tenant }
  | { kind: 'unknown' }
  /** The tenant exists but belongs to another steunpunt (or the caller handles no cases). */
  | { kind: 'forbidden' };

/** The tenant of a `/swv/:swv/...` back-office URL, if the caller may handle its cases. */
export async function caseTenant(
  tenants: TenantLookup,
  principal: Principal,
  slug: string,
): Promise<CaseTenant> {
  const tenant = /^[a-z0-9-]{2,64}$/.test(slug) ? await tenants(slug) : undefined;
  if (!tenant) return { kind: 'unknown' };
  return canHandleCasesOf(principal, tenant) ? { kind: 'allowed', tenant } : { kind: 'forbidden' };
}

/**
 * A case only some staff of its steunpunt may open: a complaint about the steunpunt
 * itself. `USER#<userId>`: only that person (the one the steunpunt named for such
 * complaints); `ROLE#coordinator`: only its coördinatoren (when nobody was named). Stored on
 * the case item as `restrictedTo` when it comes in, and never loosened afterwards.
 */
export type CaseRestriction = `USER#${string}` | typeof coordinatorsOnly;
export const coordinatorsOnly = 'ROLE#coordinator';
export const personOnly = (userId: string): CaseRestriction => `USER#${userId}`;

/** The restrictions this staff member passes; a case with another one does not exist for them. */
export function restrictionsPassedBy(staff: Staff): CaseRestriction[] {
  const passed: CaseRestriction[] = [personOnly(staff.userId)];
  if (isCoordinator(staff)) passed.push(coordinatorsOnly);
  return passed;
}

/**
 * May this caller open this case? Its steunpunt's staff, and for a restricted case only
 * those its restriction names. One exception, never wider than the coördinatoren: a case
 * restricted to a person who has left the staff directory without handing it on
 * (`holderLeft`, read by case-restriction.ts) is opened by the steunpunt's coördinatoren,
 * so that nobody is left holding it. A beheerder and an SWV reader never open a case.
 */
export function mayOpenCase(
  principal: Principal,
  item: { steunpunt: string; restrictedTo?: string | undefined; holderLeft?: boolean },
): boolean {
  const staff = staffOf(principal);
  if (!staff || !canHandleCasesOf(staff, item)) return false;
  if (item.restrictedTo === undefined) return true;
  if ((restrictionsPassedBy(staff) as string[]).includes(item.restrictedTo)) return true;
  return item.holderLeft === true && isCoordinator(staff) && heldByPerson(item.restrictedTo);
}

/** Whether a restriction names one person (`USER#<userId>`): that person is its holder. */
export const heldByPerson = (restrictedTo: string) => restrictedTo.startsWith('USER#');

/** The holder a person restriction names. */
export const holderOf = (restrictedTo: string) =>
  heldByPerson(restrictedTo) ? restrictedTo.slice('USER#'.length) : undefined;

/**
 * Why this staff member sees a restricted case they opened: they hold it (`person`), it is
 * for the coördinatoren (`coordinators`), or its holder left (`holder-left`: only the
 * exception in `mayOpenCase` lets anyone else in).
 */
export function restrictionSeenBy(
  restrictedTo: string,
  userId: string,
): 'person' | 'coordinators' | 'holder-left' {
  if (restrictedTo === coordinatorsOnly) return 'coordinators';
  return restrictedTo === personOnly(userId) ? 'person' : 'holder-left';
}
