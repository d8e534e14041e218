/**
 * A complaint about the steunpunt itself is for the person the steunpunt named for that
 * (Instellingen: `complaintsHandler`), and for nobody else: the case item carries
 * `restrictedTo` (functions/auth/tenant-access.ts says who passes it). This module takes
 * the restriction when such a case comes in, and gives the reads that must honour it: the
 * guard of every case route (`readCaseAccess`) and the inbox's filter (`restrictionFilter`).
 *
 * Taken once, at intake, and never loosened: a later change of the setting only applies
 * to complaints that come in after it.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { IntakeRoute } from '../core/route-chooser/outcomes.ts';
import type { Colleague } from '../core/colleague.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { colleagueOf, colleaguesOf } from '../auth/user-directory.ts';
import {
  coordinatorsOnly,
  holderOf,
  isCoordinator,
  personOnly,
  restrictionsPassedBy,
  type CaseRestriction,
  type Staff,
} from '../auth/tenant-access.ts';
import { caseKey } from './case-keys.ts';
import { readSettings } from './case-settings.ts';

/** The complaint route whose cases are restricted (the chooser's `klacht-over-steunpunt`). */
export const aboutSteunpuntRoute: IntakeRoute = 'klacht-over-steunpunt';

export interface IntakeRestriction {
  restrictedTo: CaseRestriction;
  /** The named person takes the case at once; a case for the coördinatoren waits unassigned. */
  assignee?: Colleague;
  /** The Reply-To the steunpunt set for these complaints, read with the same setting. */
  complaintsEmail?: string;
}

/**
 * The restriction for a complaint about the steunpunt that comes in now: the named
 * person, if the setting names one who is still in the staff directory (not switched
 * off, not moved, still a medewerker or coördinator); else the coördinatoren. Read
 * consistently, so a setting saved a moment ago already counts.
 */
export async function restrictionAtIntake(
  deps: TableHandle,
  steunpunt: string,
): Promise<IntakeRestriction> {
  const { complaintsHandler, complaintsEmail } = await readSettings(deps, steunpunt, true);
  const named = complaintsHandler
    ? await colleagueOf(deps.db, deps.tableName, steunpunt, complaintsHandler.userId)
    : undefined;
  return {
    ...(named
      ? { restrictedTo: personOnly(named.userId), assignee: named }
      : { restrictedTo: coordinatorsOnly }),
    ...(complaintsEmail ? { complaintsEmail } : {}),
  };
}

/** What a case route's guard needs to know of a case: whose it is, and who may open it. */
export async function readCaseAccess(
  deps: TableHandle,
  tenant: string,
  caseId: string,
): Promise<{ steunpunt: string; restrictedTo?: string } | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: caseKey(tenant, caseId),
      ProjectionExpression: 'steunpunt, restrictedTo',
    }),
  );
  if (!Item) return undefined;
  return {
    steunpunt: String(Item.steunpunt),
    ...(typeof Item.restrictedTo === 'string' ? { restrictedTo: Item.restrictedTo } : {}),
  };
}

/**
 * A case's access facts with what only the staff directory knows: whether the person it
 * is restricted to has left it (switched off, another role or steunpunt) without handing
 * the case on, so its coördinatoren may open it (`mayOpenCase`). Looked up only when that
 * can decide: a coördinator, and a case held by someone else (one GetItem).
 */
export async function withHolderStanding<T extends { steunpunt: string; restrictedTo?: string }>(
  deps: TableHandle,
  staff: Staff,
  item: T,
): Promise<T & { holderLeft?: boolean }> {
  const holder = item.restrictedTo ? holderOf(item.restrictedTo) : undefined;
  if (!holder || holder === staff.userId || !isCoordinator(staff)) return item;
  const inDirectory = await colleagueOf(deps.db, deps.tableName, item.steunpunt, holder);
  return inDirectory ? item : { ...item, holderLeft: true };
}

/**
 * Who of the steunpunt is still in the staff directory, when that decides what this staff
 * member sees: for a coördinator, a case held by anyone else is theirs to open once its
 * person has left (`mayOpenCase`). Undefined for a medewerker: no read.
 */
export async function staffStillThere(
  deps: TableHandle,
  staff: Staff,
): Promise<readonly string[] | undefined> {
  if (!isCoordinator(staff)) return undefined;
  return (await colleaguesOf(deps.db, deps.tableName, staff.steunpunt)).map((c) => c.userId);
}

/** DynamoDB takes at most 100 operands in one IN; the directory is split below that. */
const inChunk = 90;

/**
 * The inbox's condition: cases without a restriction, and those whose restriction this
 * staff member passes. Given who is still in the directory (`staffStillThere`), a
 * coördinator also gets the cases held by a person who is not: the rescue of `mayOpenCase`,
 * the same rule inside the Query. Part of the Query's FilterExpression, so a hidden case is
 * never read into a page.
 */
export function restrictionFilter(
  staff: Staff,
  stillThere?: readonly string[],
): {
  condition: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
} {
  const passed = restrictionsPassedBy(staff);
  const values: Record<string, unknown> = Object.fromEntries(
    passed.map((value, index) => [`:restricted${index}`, value]),
  );
  const alternatives = [
    'attribute_not_exists(#restrictedTo)',
    `#restrictedTo IN (${Object.keys(values).join(', ')})`,
  ];
  if (stillThere && isCoordinator(staff)) {
    values[':heldByPerson'] = personOnly('');
    const notThere = ['begins_with(#restrictedTo, :heldByPerson)'];
    for (let start = 0; start < stillThere.length; start += inChunk) {
      const chunk = stillThere.slice(start, start + inChunk).map((userId, index) => {
        const name = `:stillThere${start + index}`;
        values[name] = personOnly(userId);
        return name;
      });
      notThere.push(`NOT (#restrictedTo IN (${chunk.join(', ')}))`);
    }
    alternatives.push(`(${notThere.join(' AND ')})`);
  }
  return {
    condition: `(${alternatives.join(' OR ')})`,
    names: { '#restrictedTo': 'restrictedTo' },
    values,
  };
}
