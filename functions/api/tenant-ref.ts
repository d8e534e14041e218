import type { Tenant } from '../tenants/swv-profile.ts';

/** How the back office names an SWV in its menus and lists. */
export const tenantRef = (tenant: Tenant) => ({
  slug: tenant.slug,
  name: tenant.name,
  shortName: tenant.shortName,
});
