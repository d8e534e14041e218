/**
 * Which tenants (SWVs) a caller may touch. The one rule behind every back-office check:
 * staff work only for their own steunpunt, an SWV reader reads only their own SWV's
 * monitor, and a beheerder never sees cases.
 */
import type { Tenant } from '../tenants/swv-profile.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';
import type { Principal } from './principal.ts';

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
