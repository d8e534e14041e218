/**
 * Internal notes: each its own history item `EVENT#<at>#<idempotency key>` in the case's
 * partition, so a note never touches the case item (no version, no conflict). The `at`
 * of a key is claimed once (`NOTEKEY#<key>`), so a retry, however late, puts the same
 * sort key again, and the conditional put stores nothing new.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Staff } from '../auth/tenant-access.ts';
import type { CaseDeps } from './case-deps.ts';
import { caseKey, eventSortKey, noteClaimSortKey } from './case-keys.ts';
import type { CaseEvent } from './case.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

export type NoteOutcome =
  | { kind: 'created' | 'replayed'; event: CaseEvent; reference: string }
  | { kind: 'not-found' }
  | { kind: 'closed' }
  /** The key was used before for a different note. */
  | { kind: 'key-reused' };

export async function addNote(
  deps: Pick<CaseDeps, 'db' | 'tableName' | 'clock'>,
  staff: Staff,
  target: { tenant: string; caseId: string },
  text: string,
  idempotencyKey: string,
): Promise<NoteOutcome> {
  const key = caseKey(target.tenant, target.caseId);
  const { Item: found } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: key,
      ConsistentRead: true,
      ProjectionExpression: 'steunpunt, #ref, #status',
      ExpressionAttributeNames: { '#ref': 'reference', '#status': 'status' },
    }),
  );
  if (!found || found.steunpunt !== staff.steunpunt) return { kind: 'not-found' };
  const reference = String(found.reference);

  // A retry finds the moment its first attempt claimed, and so the same item.
  const claimed = await readClaim(deps, key.pk, idempotencyKey);
  if (claimed) {
    const existing = await readEvent(deps, {
      pk: key.pk,
      sk: eventSortKey(claimed, idempotencyKey),
    });
    if (existing) return replay(existing, text, reference);
  }
  // A closed case takes no new free text: its personal data is due to be erased.
  if (found.status === 'afgerond') return { kind: 'closed' };

  const at = claimed ?? (await claimMoment(deps, key.pk, idempotencyKey));
  const event: CaseEvent = { type: 'note', at, by: staff.userId, byName: staff.name, text };
  const eventKey = { pk: key.pk, sk: eventSortKey(at, idempotencyKey) };
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: { ...eventKey, kind: 'case-event', ...event },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const winner = await readEvent(deps, eventKey);
    if (winner) return replay(winner, text, reference);
    throw error;
  }
  return { kind: 'created', event, reference };
}

function replay(existing: CaseEvent, text: string, reference: string): NoteOutcome {
  if (existing.text !== undefined && existing.text !== text) return { kind: 'key-reused' };
  return { kind: 'replayed', event: existing, reference };
}

async function readEvent(
  deps: Pick<CaseDeps, 'db' | 'tableName'>,
  key: { pk: string; sk: string },
): Promise<CaseEvent | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: key, ConsistentRead: true }),
  );
  if (!Item) return undefined;
  return {
    type: 'note',
    at: String(Item.at),
    by: String(Item.by),
    byName: String(Item.byName),
    ...(typeof Item.text === 'string' ? { text: Item.text } : {}),
  };
}

async function readClaim(
  deps: Pick<CaseDeps, 'db' | 'tableName'>,
  pk: string,
  idempotencyKey: string,
): Promise<string | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: { pk, sk: noteClaimSortKey(idempotencyKey) },
      ConsistentRead: true,
    }),
  );
  return Item ? String(Item.at) : undefined;
}

/** Claims the moment of the note with this key; a parallel attempt that won keeps its own. */
async function claimMoment(
  deps: Pick<CaseDeps, 'db' | 'tableName' | 'clock'>,
  pk: string,
  idempotencyKey: string,
): Promise<string> {
  const at = deps.clock().toISOString();
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: { pk, sk: noteClaimSortKey(idempotencyKey), kind: 'note-claim', at },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return at;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const winner = await readClaim(deps, pk, idempotencyKey);
    if (winner) return winner;
    throw error;
  }
}
