/**
 * Storing a new case, whichever way it came in (the form, a phone call, WhatsApp, the
 * walk-in hour): one conditional PutItem writes the case, its place in the inbox and
 * reference indexes, and any mail it causes, so there is never a case without its mail
 * or a mail without its case. A retry with the same idempotency key lands on the same
 * item and answers as the first request did.
 *
 * The idempotency check is that write's condition, not a read before it: a new case costs
 * two calls (the reference, then the PutItem). A retry finds its item when the condition
 * fails (one GetItem more); the number it took stays unused, so references may have gaps,
 * never doubles (reference.ts), as they already could when a process stopped midway.
 *
 * The two calls are two steps (`caseTicket`, then `writeCase`), so a public form's route
 * can take the reference in the same round trip as its limits' writes and decide between
 * the steps (public-intake.ts); `createCase` makes both for everyone else.
 */
import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { personPartition, phonePartition } from '../core/keys.ts';
import { sourceLocale, type Locale } from '../core/locales.ts';
import type { TableDeps } from '../core/table-deps.ts';
import { amsterdamYear } from '../lib/amsterdam-time.ts';
import { outboxAttributes, type MailEntry } from '../mail/outbox.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import {
  caseKey,
  deadlineKeys,
  inboxPartition,
  inboxSortKey,
  referencePartition,
} from './case-keys.ts';
import { factDirtyAttributes } from './case-fact-mark.ts';
import type { CaseItem, CaseKind, CasePersonal, CaseStatus, IntakeChannel } from './case.ts';
import { defaultSettings } from './case-settings.ts';
import { responseTarget } from './response-target.ts';
import { nextReference } from './reference.ts';
import { caseKinds } from './case-kinds.ts';
import { statusChanges } from './case-status.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import { restrictionAtIntake, type IntakeRestriction } from './case-restriction.ts';
import { replyAddressFor, type ReplyAddress } from './case-reply-address.ts';

/** What a new case is made of: its kind, the monitor's fields, the personal data, who took it. */
export interface NewCase {
  /** Its kind (case-kinds.ts), and so the prefix of its reference. */
  kind: CaseKind;
  channel: IntakeChannel;
  role: string;
  topic: string;
  schoolType: string;
  gemeente: string;
  contactChannel: string;
  /** A complaint's route, date of the decision or event, and last day to file (ISO days). */
  route?: string;
  decisionDate?: string;
  /** Caps the first-answer target (response-target.ts). */
  filingDeadline?: string;
  /** A complaint: the person wants help writing the letter; a reminder before the deadline. */
  wantsLetterHelp?: boolean;
  reminder?: boolean;
  /**
   * A complaint about the steunpunt itself: only the person it named for that sees the
   * case (or, when nobody is named, its coördinatoren); case-restriction.ts.
   */
  aboutSteunpunt?: boolean;
  personal: CasePersonal;
  /** The form's language, when not Dutch, and the wish for a tolk (CaseItem). */
  language?: Locale;
  tolk?: boolean;
  /** `nieuw` when left out. */
  status?: CaseStatus;
  /** The medewerker who registered the contact (and takes it). */
  createdBy?: { userId: string; name: string };
  /** Identifies the request's content: a reused key with other content is refused. */
  fingerprint: string;
  /** The mails the case causes, made once its reference and answer date are known. */
  mails?: (made: MadeCase) => Record<string, MailEntry>;
  /** Needed when the case starts closed; the steunpunt's term. */
  retentionMonths?: number;
}

/** What the person is told of a case just made. */
export interface MadeCase {
  reference: string;
  now: Date;
  /** The steunpunt answers by then: `responseDays` working days from now (response-target.ts). */
  dueAt: Date;
  /** Where an answer to its mails goes (case-reply-address.ts): decided here, for every mail. */
  reply: ReplyAddress;
}

export type CreateOutcome =
  | { kind: 'created' | 'replayed'; reference: string; createdAt: string; dueAt: string }
  /** The idempotency key was used before for a different case. */
  | { kind: 'key-reused' };

/** Same content after normalisation gives the same fingerprint, whatever the key order. */
export function fingerprintOf(input: object): string {
  const canonical = JSON.stringify(
    Object.fromEntries(Object.entries(input).sort(([a], [b]) => a.localeCompare(b))),
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/** What a case takes from the table before it is written: its moment and its reference. */
export interface CaseTicket {
  now: Date;
  reference: string;
  /** A complaint about the steunpunt itself: who may see it (case-restriction.ts). */
  restriction: IntakeRestriction | undefined;
}

/**
 * The first step: the case's reference (and, for a complaint about the steunpunt, who may
 * see it), read side by side. A ticket not written stays unused: a gap in the references.
 */
export async function caseTicket(
  deps: TableDeps,
  tenant: Tenant,
  fields: Pick<NewCase, 'kind' | 'aboutSteunpunt'>,
): Promise<CaseTicket> {
  const now = deps.clock();
  const [restriction, reference] = await Promise.all([
    fields.aboutSteunpunt ? restrictionAtIntake(deps, tenant.steunpunt) : undefined,
    nextReference(deps, tenant, caseKinds[fields.kind].prefix, amsterdamYear(now)),
  ]);
  return { now, reference, restriction };
}

/** Both steps: a new case, or the answer its idempotency key already had. */
export async function createCase(
  deps: TableDeps,
  tenant: Tenant,
  fields: NewCase,
  idempotencyKey: string,
): Promise<CreateOutcome> {
  return writeCase(deps, tenant, fields, idempotencyKey, await caseTicket(deps, tenant, fields));
}

/** The second step: the case, its indexes and its mails in one conditional PutItem. */
export async function writeCase(
  deps: TableDeps,
  tenant: Tenant,
  fields: NewCase,
  idempotencyKey: string,
  { now, reference, restriction }: CaseTicket,
): Promise<CreateOutcome> {
  const key = caseKey(tenant.slug, idempotencyKey);
  const createdAt = now.toISOString();
  const dueAt = responseTarget(
    now,
    tenant.responseDays ?? defaultSettings.responseDays,
    fields.filingDeadline,
  );
  const reply = replyAddressFor(tenant, restriction);
  const mails = fields.mails?.({ reference, now, dueAt, reply }) ?? {};
  const status = fields.status ?? 'nieuw';
  const { email, phone } = fields.personal;
  const statusSet =
    status === 'nieuw'
      ? {}
      : statusChanges(
          { pk: key.pk, steunpunt: tenant.steunpunt },
          status,
          now,
          fields.retentionMonths ?? defaultSettings.retentionMonths,
        ).set;

  const item: CaseItem & Record<string, unknown> = {
    ...key,
    kind: fields.kind,
    caseId: idempotencyKey,
    tenant: tenant.slug,
    steunpunt: tenant.steunpunt,
    reference,
    createdAt,
    channel: fields.channel,
    status,
    dueAt: dueAt.toISOString(),
    version: 1,
    fingerprint: fields.fingerprint,
    // What the monitor may count: no person in here.
    role: fields.role,
    topic: fields.topic,
    schoolType: fields.schoolType,
    gemeente: fields.gemeente,
    contactChannel: fields.contactChannel,
    ...(fields.route ? { route: fields.route } : {}),
    ...(fields.decisionDate ? { decisionDate: fields.decisionDate } : {}),
    ...(fields.filingDeadline ? { filingDeadline: fields.filingDeadline } : {}),
    ...(fields.wantsLetterHelp === undefined ? {} : { wantsLetterHelp: fields.wantsLetterHelp }),
    ...(fields.reminder === undefined ? {} : { reminder: fields.reminder }),
    // Personal data, kept together so that erasing a person is one REMOVE.
    personal: fields.personal,
    ...(fields.language && fields.language !== sourceLocale ? { language: fields.language } : {}),
    ...(fields.tolk ? { tolk: true } : {}),
    ...(restriction
      ? {
          restrictedTo: restriction.restrictedTo,
          ...(restriction.assignee
            ? { assignee: restriction.assignee.userId, assigneeName: restriction.assignee.name }
            : {}),
        }
      : {}),
    ...(fields.createdBy
      ? {
          createdBy: fields.createdBy.userId,
          createdByName: fields.createdBy.name,
          assignee: fields.createdBy.userId,
          assigneeName: fields.createdBy.name,
        }
      : {}),
    // Changes add their history line here; the map must exist to add to it.
    changes: {},
    inboxPk: inboxPartition(tenant.steunpunt, status),
    inboxSk: inboxSortKey(createdAt, reference),
    ...deadlineKeys(
      {
        steunpunt: tenant.steunpunt,
        createdAt,
        reference,
        ...(fields.filingDeadline ? { filingDeadline: fields.filingDeadline } : {}),
      },
      status,
    ),
    refPk: referencePartition(tenant.slug, reference),
    ...(email ? { personPk: personPartition(email), personSk: createdAt } : {}),
    ...(phone ? { phonePk: phonePartition(phone), phoneSk: createdAt } : {}),
    // The anonymous monitor fact is written by the fact sync (functions/monitor).
    ...factDirtyAttributes(key.pk, now),
    // A contact that starts answered or closed: its first answer and purge keys.
    ...statusSet,
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
    if (!isConditionFailure(error)) throw error;
    // The key was used before (a retry, or a parallel request that won): answer as it did.
    const winner = await findEarlier(deps, key, fields.fingerprint);
    if (winner) return winner;
    throw error;
  }
  return { kind: 'created', reference, createdAt, dueAt: dueAt.toISOString() };
}

async function findEarlier(
  deps: TableDeps,
  key: { pk: string; sk: string },
  print: string,
): Promise<CreateOutcome | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: key,
      ConsistentRead: true,
      ProjectionExpression: '#ref, createdAt, dueAt, fingerprint',
      ExpressionAttributeNames: { '#ref': 'reference' },
    }),
  );
  if (!Item) return undefined;
  if (Item.fingerprint !== print) return { kind: 'key-reused' };
  return {
    kind: 'replayed',
    reference: String(Item.reference),
    createdAt: String(Item.createdAt),
    dueAt: String(Item.dueAt),
  };
}
