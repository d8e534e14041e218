/** Every SWV in the register with its steunpunt: what the national monitor sums. */
import type { TableHandle } from '../core/table-deps.ts';
import { listTenantsOfSteunpunt } from '../tenants/tenant-store.ts';
import { listSteunpunten } from './steunpunten.ts';

export async function allSwvs(store: TableHandle): Promise<{ slug: string; steunpunt: string }[]> {
  const steunpunten = await listSteunpunten(store);
  const lists = await Promise.all(
    steunpunten.map((steunpunt) => listTenantsOfSteunpunt(store.db, store.tableName, steunpunt.id)),
  );
  return lists.flat().map(({ slug, steunpunt }) => ({ slug, steunpunt }));
}
