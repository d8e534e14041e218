/**
 * What a steunpunt still has to fill in before parents can reach it, read live from the
 * registers: which public contact fields are empty in the steunpunt register, whether it
 * has a reply address, and how many staff accounts are active. A steunpunt without a reply
 * address or without an active medewerker is urgent: a parent's question or reply would
 * sit unread. Counts only, never names: the beheerder and coördinator see gaps, not people.
 */
import type { TableHandle } from '../core/table-deps.ts';
import { listAccounts, type Account } from './accounts.ts';
import {
  contactAttributes as contactFields,
  getSteunpunt,
  listSteunpunten,
  type Steunpunt,
} from './steunpunten.ts';

export { contactFields };
/** The public contact fields of a steunpunt, in the order the back office lists them. */
export type ContactField = (typeof contactFields)[number];

export interface SteunpuntGaps {
  id: string;
  name: string;
  /** False when the beheerder never saved this steunpunt in the register. */
  registered: boolean;
  /** The public contact fields that are still empty. */
  missing: ContactField[];
  /** The steunpunt's e-mail address: the Reply-To of every mail to a parent. */
  hasReplyAddress: boolean;
  /** Switched-on accounts of medewerkers and coördinatoren of this steunpunt. */
  activeStaff: number;
  /** No reply address or nobody to read the questions. */
  urgent: boolean;
}

/** An account that can read and answer this steunpunt's questions today. */
const isActiveStaffOf = (steunpunt: string) => (account: Account) =>
  account.enabled &&
  (account.role === 'medewerker' || account.role === 'coordinator') &&
  account.steunpunt === steunpunt;

function gapsOf(id: string, steunpunt: Steunpunt | undefined, accounts: Account[]): SteunpuntGaps {
  // The register's reader leaves out every contact field that is not filled in.
  const hasReplyAddress = steunpunt?.email !== undefined;
  const activeStaff = accounts.filter(isActiveStaffOf(id)).length;
  return {
    id,
    name: steunpunt?.name.trim() ? steunpunt.name : id,
    registered: steunpunt !== undefined,
    missing: contactFields.filter((field) => steunpunt?.[field] === undefined),
    hasReplyAddress,
    activeStaff,
    urgent: !hasReplyAddress || activeStaff === 0,
  };
}

/** Urgent steunpunten first, then by name. */
const urgentFirst = (a: SteunpuntGaps, b: SteunpuntGaps) =>
  Number(b.urgent) - Number(a.urgent) || a.name.localeCompare(b.name, 'nl');

/** Every steunpunt in the register, urgent ones first (for the beheerder). */
export async function listSteunpuntGaps(store: TableHandle): Promise<SteunpuntGaps[]> {
  const [steunpunten, accounts] = await Promise.all([listSteunpunten(store), listAccounts(store)]);
  return steunpunten.map((found) => gapsOf(found.id, found, accounts)).sort(urgentFirst);
}

/** One steunpunt (for its coördinator), also when the register does not know it yet. */
export async function steunpuntGaps(store: TableHandle, id: string): Promise<SteunpuntGaps> {
  const [steunpunt, accounts] = await Promise.all([getSteunpunt(store, id), listAccounts(store)]);
  return gapsOf(id, steunpunt, accounts);
}
