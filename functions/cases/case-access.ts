/**
 * Who may handle which cases. Medewerkers and coördinatoren handle the cases of the SWVs
 * their steunpunt works for; a swv-lezer sees the monitor only and a beheerder manages
 * the portal, so neither ever sees a case. A case of another steunpunt does not exist as
 * far as the caller can tell.
 */
import type { Principal, Role } from '../auth/principal.ts';
import type { Tenant } from '../tenants/swv-profile.ts';

/** A caller who may handle cases, with the steunpunt they work for. */
export type Staff = Principal & { role: 'medewerker' | 'coordinator'; steunpunt: string };

const caseRoles: ReadonlySet<Role> = new Set(['medewerker', 'coordinator']);

export type StaffCheck = { ok: true; staff: Staff } | { ok: false; status: 401 | 403 };

export function staffOf(principal: Principal | undefined): StaffCheck {
  if (!principal) return { ok: false, status: 401 };
  if (!caseRoles.has(principal.role) || !principal.steunpunt) return { ok: false, status: 403 };
  return { ok: true, staff: principal as Staff };
}

export const isCoordinator = (staff: Staff) => staff.role === 'coordinator';

/** Whether the tenant's cases are this caller's to handle. */
export function handlesTenant(staff: Staff, tenant: Tenant | undefined): tenant is Tenant {
  return tenant !== undefined && tenant.steunpunt === staff.steunpunt;
}
