/**
 * Every change to a case item goes through here: read the case (consistently), decide
 * what changes, and write it in one UpdateItem conditioned on the version read. The
 * change's history line goes into the item's `changes` map under the request's
 * idempotency key in that same write, so:
 *   - a change is never without its history line, nor a line without its change;
 *   - a retry finds its key in the map and changes nothing (it answers "replayed");
 *   - two medewerkers changing one case at once: one write wins, the other re-reads.
 * A caller who sends the version they saw gets a conflict (409) when the case moved on;
 * without one (a note-like action such as a reply), the change is re-planned on the
 * case as it now is.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Staff } from '../auth/tenant-access.ts';
import type { CaseDeps } from './case-deps.ts';
import { caseKey } from './case-keys.ts';
import type { CaseEvent, CaseEventType } from './case.ts';
import type { AttributeChanges } from './case-status.ts';
import type { StoredCase } from './case-view.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

/** Clauses on nested paths (a reply's mail), added to the same update. */
export interface ExtraClauses {
  set: string[];
  add: string[];
  names: Record<string, string>;
  values: Record<string, unknown>;
  conditions: string[];
}

export interface ChangePlan {
  kind: 'change';
  attributes: AttributeChanges;
  /** What the history line says beyond its type (the request's) and who and when. */
  details?: Record<string, string>;
  extra?: ExtraClauses;
}

export interface Rejection {
  kind: 'reject';
  status: 400 | 403;
  message: string;
  field?: string;
}

export type Plan = ChangePlan | Rejection | { kind: 'unchanged' };

export type ChangeOutcome =
  | { kind: 'changed' | 'replayed' | 'unchanged'; item: StoredCase; at: string }
  | { kind: 'not-found' }
  | { kind: 'conflict'; version: number }
  /** The idempotency key was used before for another kind of change. */
  | { kind: 'key-reused' }
  | Rejection;

export interface ChangeRequest {
  idempotencyKey: string;
  /** The kind of change: a key seen before for another kind is refused, not replayed. */
  type: CaseEventType;
  /** The version the caller saw; leave out to apply to whatever version is current. */
  expectedVersion?: number;
}

const attempts = 4;

export async function changeCase(
  deps: Pick<CaseDeps, 'db' | 'tableName' | 'clock'>,
  staff: Staff,
  target: { tenant: string; caseId: string },
  request: ChangeRequest,
  plan: (item: StoredCase, now: Date) => Plan | Promise<Plan>,
): Promise<ChangeOutcome> {
  const key = caseKey(target.tenant, target.caseId);
  let lastVersion = 0;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const { Item } = await deps.db.send(
      new GetCommand({ TableName: deps.tableName, Key: key, ConsistentRead: true }),
    );
    const item = Item as StoredCase | undefined;
    if (!item || item.steunpunt !== staff.steunpunt) return { kind: 'not-found' };
    const earlier = item.changes?.[request.idempotencyKey];
    if (earlier) {
      return earlier.type === request.type
        ? { kind: 'replayed', item, at: earlier.at }
        : { kind: 'key-reused' };
    }
    lastVersion = item.version;
    if (request.expectedVersion !== undefined && item.version !== request.expectedVersion) {
      return { kind: 'conflict', version: item.version };
    }

    const now = deps.clock();
    const planned = await plan(item, now);
    if (planned.kind === 'reject') return planned;
    if (planned.kind === 'unchanged') return { kind: 'unchanged', item, at: now.toISOString() };

    const event: CaseEvent = {
      type: request.type,
      ...(planned.details ? { details: planned.details } : {}),
      at: now.toISOString(),
      by: staff.userId,
      byName: staff.name,
    };
    try {
      const { Attributes } = await deps.db.send(
        buildUpdate(deps.tableName, key, item, request.idempotencyKey, event, planned, staff),
      );
      return { kind: 'changed', item: Attributes as StoredCase, at: event.at };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Changed (or retried) meanwhile: read again and decide on the case as it is now.
    }
  }
  return { kind: 'conflict', version: lastVersion };
}

function buildUpdate(
  tableName: string,
  key: { pk: string; sk: string },
  item: StoredCase,
  idempotencyKey: string,
  event: CaseEvent,
  plan: ChangePlan,
  staff: Staff,
): UpdateCommand {
  const names: Record<string, string> = {
    '#version': 'version',
    '#steunpunt': 'steunpunt',
    '#changes': 'changes',
  };
  const values: Record<string, unknown> = {
    ':version': item.version,
    ':next': item.version + 1,
    ':steunpunt': staff.steunpunt,
  };
  const sets = ['#version = :next'];
  const conditions = ['#version = :version', '#steunpunt = :steunpunt'];

  // A case written before the map existed gets it whole; later ones add their line.
  if (item.changes) {
    names['#key'] = idempotencyKey;
    sets.push('#changes.#key = :event');
    conditions.push('attribute_not_exists(#changes.#key)');
    values[':event'] = event;
  } else {
    sets.push('#changes = :changes');
    conditions.push('attribute_not_exists(#changes)');
    values[':changes'] = { [idempotencyKey]: event };
  }

  Object.entries(plan.attributes.set).forEach(([attribute, value], index) => {
    names[`#s${index}`] = attribute;
    values[`:s${index}`] = value;
    sets.push(`#s${index} = :s${index}`);
  });
  const removes = plan.attributes.remove.map((attribute, index) => {
    names[`#r${index}`] = attribute;
    return `#r${index}`;
  });

  const extra = plan.extra;
  if (extra) {
    sets.push(...extra.set);
    Object.assign(names, extra.names);
    Object.assign(values, extra.values);
    conditions.push(...extra.conditions);
  }

  let expression = `SET ${sets.join(', ')}`;
  if (removes.length > 0) expression += ` REMOVE ${removes.join(', ')}`;
  if (extra && extra.add.length > 0) expression += ` ADD ${extra.add.join(', ')}`;
  return new UpdateCommand({
    TableName: tableName,
    Key: key,
    UpdateExpression: expression,
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ReturnValues: 'ALL_NEW',
  });
}
