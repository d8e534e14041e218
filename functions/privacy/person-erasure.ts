/**
 * A person asks to be forgotten: a coördinator erases the personal data of all their
 * cases within the steunpunt at once. The anonymous facts stay.
 *
 * Open cases are refused, not closed here: closing is the case API's transition (inbox
 * keys, history, mails), and a case someone is still working on should not lose its
 * data under their hands. The coördinator closes those cases first and asks again.
 *
 * Idempotent under retries: the first request records, under its Idempotency-Key, which
 * cases it covers. A retry erases exactly those (the person index no longer finds erased
 * cases) and answers the same. The record holds references and a salted hash of the
 * address and number asked for, never the address or number.
 */
import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../auth/principal.ts';
import { canonicalPhone, steunpuntPartition } from '../core/keys.ts';
import { recordAudit } from '../audit/audit.ts';
import { eraseCase } from './erasure.ts';
import { findPersonCases } from './person-cases.ts';
import type { PersonInput } from './person-input.ts';
import { type PrivacyRouteDeps } from './privacy-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

export interface CaseRef {
  tenant: string;
  reference: string;
}

export type PersonErasureOutcome =
  | { kind: 'erased'; cases: CaseRef[]; erasedAt: string }
  | { kind: 'nothing-found' }
  /** `started`: other cases of this request were erased already. */
  | { kind: 'open-cases'; cases: CaseRef[]; started: boolean }
  | { kind: 'key-reused' };

interface RequestRecord {
  pk: string;
  sk: string;
  print: string;
  requestedAt: string;
  userId: string;
  cases: (CaseRef & { pk: string; sk: string })[];
  doneAt?: string;
}

const requestKey = (steunpunt: string, idempotencyKey: string) => ({
  pk: `${steunpuntPartition(steunpunt)}#ERASURE#${idempotencyKey}`,
  sk: 'REQUEST',
});

/**
 * Salted with the key, so the record cannot be matched against the person indexes. The
 * same address and number in another spelling give the same print: the same request.
 */
const requestPrint = (idempotencyKey: string, person: PersonInput) =>
  createHash('sha256')
    .update(
      [
        idempotencyKey,
        person.email?.trim().toLowerCase() ?? '',
        person.phone ? canonicalPhone(person.phone) : '',
      ].join('\n'),
    )
    .digest('hex');

export async function erasePerson(
  deps: PrivacyRouteDeps,
  principal: Principal & { steunpunt: string },
  person: PersonInput,
  idempotencyKey: string,
): Promise<PersonErasureOutcome> {
  const key = requestKey(principal.steunpunt, idempotencyKey);
  const print = requestPrint(idempotencyKey, person);

  const record =
    (await readRecord(deps, key)) ?? (await startRequest(deps, principal, person, key, print));
  if ('kind' in record) return record;
  if (record.print !== print) return { kind: 'key-reused' };
  const cases = record.cases.map(refOf);
  if (record.doneAt) return { kind: 'erased', cases, erasedAt: record.doneAt };

  const reopened: CaseRef[] = [];
  for (const c of record.cases) {
    const outcome = await eraseCase(deps, { pk: c.pk, sk: c.sk });
    if (outcome === 'not-closed') reopened.push(refOf(c));
  }
  // Reopened since the request began: the record stays unfinished, a retry completes it.
  if (reopened.length > 0) return { kind: 'open-cases', cases: reopened, started: true };

  await recordAudit(deps, principal, 'verwijderd', cases, {
    at: new Date(record.requestedAt),
    idempotencyKey: key.pk,
  });
  const doneAt = deps.clock().toISOString();
  const { Attributes } = await deps.db.send(
    new UpdateCommand({
      TableName: deps.tableName,
      Key: key,
      // The first to finish sets the moment; a parallel retry answers with the same.
      UpdateExpression: 'SET doneAt = if_not_exists(doneAt, :now)',
      ExpressionAttributeValues: { ':now': doneAt },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return { kind: 'erased', cases, erasedAt: String(Attributes?.doneAt ?? doneAt) };
}

/**
 * Finds the person's cases and records them under the request's key, unless one is
 * open. Answers with the record a parallel retry made, if it got there first.
 */
async function startRequest(
  deps: PrivacyRouteDeps,
  principal: Principal & { steunpunt: string },
  person: PersonInput,
  key: { pk: string; sk: string },
  print: string,
): Promise<RequestRecord | PersonErasureOutcome> {
  const found = await findPersonCases(deps, person, principal.steunpunt);
  if (found.length === 0) {
    // A parallel retry may have recorded and erased everything since our first read.
    return (await readRecord(deps, key)) ?? { kind: 'nothing-found' };
  }
  const open = found.filter(({ item }) => item.status !== 'afgerond');
  if (open.length > 0) {
    return { kind: 'open-cases', cases: open.map(({ item }) => refOf(item)), started: false };
  }
  const record: RequestRecord = {
    ...key,
    print,
    requestedAt: deps.clock().toISOString(),
    userId: principal.userId,
    cases: found.map(({ item }) => ({ pk: item.pk, sk: item.sk, ...refOf(item) })),
  };
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: record,
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return record;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const winner = await readRecord(deps, key);
    if (!winner) throw error;
    return winner;
  }
}

async function readRecord(deps: PrivacyRouteDeps, key: { pk: string; sk: string }) {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: key, ConsistentRead: true }),
  );
  return Item as RequestRecord | undefined;
}

const refOf = (c: { tenant: string; reference: string }): CaseRef => ({
  tenant: c.tenant,
  reference: c.reference,
});
