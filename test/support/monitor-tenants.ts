/**
 * The SWVs every monitor route test reads: Joost's, a sibling of the same steunpunt, and
 * one of another steunpunt; registered (steunpunt and profile) as the portal keeps them,
 * with tokens for the demo users a test signs in as.
 */
import { saveSteunpunt } from '../../functions/admin/steunpunten.ts';
import { putTenant } from '../../functions/tenants/tenant-store.ts';
import { demoUser } from '../../scripts/local/demo-users.ts';
import { testTenant, type LocalAws } from './local-aws.ts';
import type { RunningIdp } from './signed-in-app.ts';

export const joosts = { ...testTenant('po-haarlemmermeer'), steunpunt: 'amstel-en-meer' };
export const sibling = { ...testTenant('vo-amstelland'), steunpunt: 'amstel-en-meer' };
export const foreign = {
  ...testTenant('vo-noord-kennemerland'),
  steunpunt: 'vo-noord-kennemerland',
};

/** Registers the three SWVs and their steunpunten. */
export async function seedMonitorTenants(local: LocalAws): Promise<void> {
  for (const tenant of [joosts, sibling, foreign]) {
    await saveSteunpunt(local, { id: tenant.steunpunt, name: tenant.steunpuntName });
    await putTenant(local.db, local.tableName, tenant);
  }
}

/** A token per demo user id. */
export async function demoTokens(
  idp: RunningIdp,
  ids: readonly string[],
): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const id of ids) tokens[id] = await idp.tokenFor(demoUser(id)!);
  return tokens;
}
