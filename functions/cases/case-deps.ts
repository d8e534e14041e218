import type { Colleague } from '../core/colleague.ts';
import type { TableDeps } from '../core/table-deps.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';

/** What the back-office case domain needs; the routes take the same. */
export interface CaseDeps extends TableDeps {
  tenants: TenantLookup;
  /** The slugs of the SWVs a steunpunt works for (to find a case by its reference). */
  steunpuntTenants: (steunpunt: string) => Promise<string[]>;
  /** A user of the steunpunt who may handle cases, to assign a case to; else undefined. */
  colleague: (steunpunt: string, userId: string) => Promise<Colleague | undefined>;
  /** At most this many index items are read for one inbox page (default 600). */
  inboxReadLimit?: number;
}
