import type { TableDeps } from '../core/table-deps.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';

/** The person routes also check every case's tenant against the caller's steunpunt. */
export interface PrivacyRouteDeps extends TableDeps {
  tenants: TenantLookup;
}
