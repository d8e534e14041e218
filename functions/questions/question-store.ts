/**
 * Storing a question: one conditional PutItem writes the question, its place in the
 * inbox and reference indexes, and its confirmation mail, so there is never a
 * question without its mail or a mail without its question.
 */
import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../lib/clock.ts';
import { amsterdamYear } from '../lib/amsterdam-time.ts';
import { errorName } from '../lib/log.ts';
import { newMail, outboxAttributes, type MailEntry } from '../mail/outbox.ts';
import type { CaseItem, CaseStatus } from '../cases/case-model.ts';
import { addWorkingDays } from '../lib/working-days.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import type { QuestionInput } from './question-schema.ts';
import { nextReference } from './reference.ts';

export interface QuestionDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
}

export type SubmitOutcome =
  | { kind: 'created' | 'replayed'; reference: string; createdAt: string }
  /** The idempotency key was used before for a different question. */
  | { kind: 'key-reused' };

/** The key is the client's idempotency key, scoped to the tenant: a retry lands on the same item. */
export function questionKey(tenant: string, idempotencyKey: string) {
  return { pk: `SWV#${tenant}#Q#${idempotencyKey}`, sk: 'QUESTION' };
}

/** The inbox index: a steunpunt's cases in one status (see functions/cases). */
export const inboxPartition = (steunpunt: string, status: CaseStatus) =>
  `SP#${steunpunt}#${status}`;
export const inboxSortKey = (createdAt: string, reference: string) => `${createdAt}#${reference}`;

/** The person index key: a hash, so the index does not list e-mail addresses. */
export const personPartition = (email: string) =>
  `PERSON#${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;

/** Default first-answer target, in working days, until a steunpunt sets its own. */
export const defaultResponseDays = 5;
export const referencePartition = (tenant: string, reference: string) =>
  `SWV#${tenant}#REF#${reference}`;

/** Same input after normalisation gives the same fingerprint, whatever the key order. */
export function fingerprint(input: QuestionInput): string {
  const canonical = JSON.stringify(
    Object.fromEntries(Object.entries(input).sort(([a], [b]) => a.localeCompare(b))),
  );
  return createHash('sha256').update(canonical).digest('hex');
}

export async function submitQuestion(
  deps: QuestionDeps,
  tenant: Tenant,
  input: QuestionInput,
  idempotencyKey: string,
): Promise<SubmitOutcome> {
  const key = questionKey(tenant.slug, idempotencyKey);
  const print = fingerprint(input);

  const earlier = await findEarlier(deps, key, print);
  if (earlier) return earlier;

  const now = deps.clock();
  const createdAt = now.toISOString();
  const reference = await nextReference(deps.db, deps.tableName, tenant.slug, amsterdamYear(now));

  const mails: Record<string, MailEntry> = {};
  if (input.email) {
    mails.confirmation = newMail(
      'question-confirmation',
      input.email,
      {
        reference,
        steunpuntName: tenant.steunpuntName,
        receivedAt: createdAt,
        contactChannel: input.contactChannel,
      },
      now,
      tenant.steunpuntEmail,
    );
  }

  const item: CaseItem & Record<string, unknown> = {
    ...key,
    kind: 'question',
    caseId: idempotencyKey,
    tenant: tenant.slug,
    steunpunt: tenant.steunpunt,
    reference,
    createdAt,
    channel: 'formulier',
    status: 'nieuw',
    dueAt: addWorkingDays(now, tenant.responseDays ?? defaultResponseDays).toISOString(),
    version: 1,
    fingerprint: print,
    // What the monitor may count: no person in here.
    role: input.role,
    topic: input.topic,
    schoolType: input.schoolType,
    gemeente: input.gemeente,
    contactChannel: input.contactChannel,
    // Personal data, kept together so that erasing a person is one REMOVE.
    personal: {
      question: input.question,
      ...(input.name ? { name: input.name } : {}),
      ...(input.email ? { email: input.email } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
    },
    inboxPk: inboxPartition(tenant.steunpunt, 'nieuw'),
    inboxSk: inboxSortKey(createdAt, reference),
    refPk: referencePartition(tenant.slug, reference),
    ...(input.email ? { personPk: personPartition(input.email), personSk: createdAt } : {}),
    // The anonymous monitor fact is written by the fact sync (functions/privacy).
    factPk: 'FACT#PENDING',
    factSk: `${createdAt}#${key.pk}`,
    ...outboxAttributes(key.pk, key.sk, mails),
  };

  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (errorName(error) !== 'ConditionalCheckFailedException') throw error;
    // A parallel retry with the same key won the race: answer as it did.
    const winner = await findEarlier(deps, key, print);
    if (winner) return winner;
    throw error;
  }
  return { kind: 'created', reference, createdAt };
}

async function findEarlier(
  deps: QuestionDeps,
  key: { pk: string; sk: string },
  print: string,
): Promise<SubmitOutcome | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: key,
      ConsistentRead: true,
      ProjectionExpression: '#ref, createdAt, fingerprint',
      ExpressionAttributeNames: { '#ref': 'reference' },
    }),
  );
  if (!Item) return undefined;
  if (Item.fingerprint !== print) return { kind: 'key-reused' };
  return { kind: 'replayed', reference: String(Item.reference), createdAt: String(Item.createdAt) };
}
