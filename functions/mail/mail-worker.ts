/**
 * Sends the mails waiting in the outbox. The same function runs in the mail-worker
 * Lambda (every minute) and in the local poller.
 *
 * Each mail is claimed with a conditional write (a lease) before it is sent, so two
 * workers never send the same mail, and marked sent with a write that checks the
 * lease. A send that fails is retried with backoff; after the last attempt, or on a
 * permanent rejection, the mail is marked failed and stays visible on its item.
 * This worker is the only place a mail is retried (the SES client makes one attempt per
 * call, lib/ses-client.ts). The gap left: SES accepted a mail but its answer never came
 * (a reset, a timeout) or the worker died before the mark. SES has no idempotency key, so
 * that mail goes out once more at its next attempt: one lost answer, one extra copy.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { SendEmailCommand, SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { TableDeps } from '../core/table-deps.ts';
import { errorName, log } from '../lib/log.ts';
import {
  defaultRetryPolicy,
  outboxPartition,
  outboxSortKey,
  outboxUpperBound,
  retryDelayMs,
  type MailEntry,
  type RetryPolicy,
} from './outbox.ts';
import { buildMime } from './mime.ts';
import { renderFrom, type RenderedMail, type Template } from './templates.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

export interface MailWorkerDeps extends TableDeps {
  /**
   * Every template the worker may render, by name. Its composition root hands them in, so
   * the outbox machinery knows no capability (functions/mail-worker/mail-templates.ts).
   */
  templates: Readonly<Record<string, Template>>;
  ses: SESClient;
  mailFrom: string;
  retryPolicy?: RetryPolicy;
  random?: () => number;
  /** How long a claimed mail is reserved for the worker that claimed it. */
  leaseMs?: number;
}

export interface DrainResult {
  sent: number;
  retried: number;
  failed: number;
  /** Claimed by another worker in the meantime, or not due after all. */
  skipped: number;
}

type OutboxItem = Record<string, unknown> & {
  pk: string;
  sk: string;
  mails?: Record<string, MailEntry>;
  pendingMails?: Set<string>;
};

/**
 * How long a claimed mail stays reserved for its worker. Longer than one SES call may take
 * (`sesCallSettings` in lib/ses-client.ts gives up after 13 s at most), so a worker always
 * records its own outcome before the mail can be claimed again.
 */
export const defaultLeaseMs = 120_000;

/** SES answers that retrying cannot fix. */
const permanentErrors = new Set([
  'MessageRejected',
  'InvalidParameterValue',
  'UnknownTemplateError',
]);

export async function drainOutbox(deps: MailWorkerDeps, limit = 50): Promise<DrainResult> {
  const result: DrainResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  const now = deps.clock();
  const due = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'outbox',
      KeyConditionExpression: 'outboxPk = :p AND outboxSk < :bound',
      ExpressionAttributeValues: { ':p': outboxPartition, ':bound': outboxUpperBound(now) },
      ProjectionExpression: 'pk, sk',
      Limit: limit,
    }),
  );
  for (const key of due.Items ?? []) {
    await processItem(deps, { pk: String(key.pk), sk: String(key.sk) }, result);
  }
  return result;
}

async function processItem(
  deps: MailWorkerDeps,
  key: { pk: string; sk: string },
  result: DrainResult,
): Promise<void> {
  // The index is eventually consistent; the item itself is the truth.
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: key, ConsistentRead: true }),
  );
  if (!Item) return;
  const item = Item as OutboxItem;
  const now = deps.clock();
  for (const mailId of item.pendingMails ?? []) {
    const mail = item.mails?.[mailId];
    if (!mail || !isDue(mail, now)) {
      result.skipped++;
      continue;
    }
    await sendOne(deps, key, mailId, mail, item, result);
  }
  await tidyOutboxKeys(deps, key);
}

function isDue(mail: MailEntry, now: Date): boolean {
  const iso = now.toISOString();
  if (mail.status === 'pending') return mail.nextAttemptAt <= iso;
  if (mail.status === 'sending') return (mail.leaseUntil ?? '') <= iso;
  return false;
}

async function sendOne(
  deps: MailWorkerDeps,
  key: { pk: string; sk: string },
  mailId: string,
  mail: MailEntry,
  source: OutboxItem,
  result: DrainResult,
): Promise<void> {
  const now = deps.clock();
  const token = randomUUID();
  const names = { '#mails': 'mails', '#m': mailId, '#status': 'status' };
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression:
          'SET #mails.#m.#status = :sending, #mails.#m.leaseUntil = :lease, #mails.#m.leaseToken = :token ADD mailsSeq :one',
        ConditionExpression:
          '(#mails.#m.#status = :pending AND #mails.#m.nextAttemptAt <= :now) OR (#mails.#m.#status = :sending AND #mails.#m.leaseUntil <= :now)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: {
          ':sending': 'sending',
          ':pending': 'pending',
          ':now': now.toISOString(),
          ':lease': new Date(now.getTime() + (deps.leaseMs ?? defaultLeaseMs)).toISOString(),
          ':token': token,
          ':one': 1,
        },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) {
      result.skipped++;
      return;
    }
    throw error;
  }

  const attempts = mail.attempts + 1;
  try {
    const recipient = mail.toRef ? await recipientOf(deps, mail.toRef) : undefined;
    const to = mail.toRef ? recipientAddress(recipient) : mail.to;
    if (!to) {
      // The person's data was erased (or never finished): nobody to write to.
      await finish(deps, key, mailId, token, {
        set: { status: 'failed', attempts, lastError: 'RecipientGone' },
        done: true,
      });
      result.failed++;
      log.warn('mail.dropped', { mailId, template: mail.template });
      return;
    }
    const context = mail.sourceRef
      ? { source: (await recipientOf(deps, mail.sourceRef)) ?? {}, recipient: source }
      : { source, ...(recipient ? { recipient } : {}) };
    let rendered: RenderedMail;
    try {
      rendered = renderFrom(deps.templates, mail.template, mail.params, context);
    } catch (error) {
      if (errorName(error) !== 'MailNotApplicable') throw error;
      // The template found nothing to say any more (the person cancelled meanwhile).
      await finish(deps, key, mailId, token, {
        set: { status: 'failed', attempts, lastError: 'MailNotApplicable' },
        done: true,
      });
      result.skipped++;
      return;
    }
    const sent = await sendRendered(deps.ses, deps.mailFrom, to, mail.replyTo, rendered, now);
    await finish(deps, key, mailId, token, {
      set: {
        status: 'sent',
        attempts,
        sentAt: deps.clock().toISOString(),
        messageId: sent.MessageId ?? '',
      },
      done: true,
      forget: mail.forget === true,
    });
    result.sent++;
    log.info('mail.sent', { mailId, template: mail.template, attempts });
  } catch (error) {
    const name = errorName(error);
    const policy = deps.retryPolicy ?? defaultRetryPolicy;
    const giveUp = permanentErrors.has(name) || attempts >= policy.maxAttempts;
    if (giveUp) {
      await finish(deps, key, mailId, token, {
        set: { status: 'failed', attempts, lastError: name },
        done: true,
      });
      result.failed++;
      log.error('mail.failed', { mailId, template: mail.template, attempts, errorName: name });
    } else {
      const delay = retryDelayMs(attempts, policy, deps.random);
      const nextAttemptAt = new Date(deps.clock().getTime() + delay).toISOString();
      await finish(deps, key, mailId, token, {
        set: { status: 'pending', attempts, lastError: name, nextAttemptAt },
        done: false,
      });
      result.retried++;
      log.warn('mail.retry', { mailId, template: mail.template, attempts, errorName: name });
    }
  }
}

/** Records the outcome of a send, but only while this worker still holds the lease. */
async function finish(
  deps: MailWorkerDeps,
  key: { pk: string; sk: string },
  mailId: string,
  token: string,
  outcome: { set: Partial<MailEntry>; done: boolean; forget?: boolean },
): Promise<void> {
  const names: Record<string, string> = { '#mails': 'mails', '#m': mailId };
  const values: Record<string, unknown> = { ':token': token, ':one': 1 };
  // DynamoDB refuses placeholders an expression does not use: a forgotten mail sets nothing.
  const sets = outcome.forget
    ? []
    : Object.entries(outcome.set).map(([field, value], index) => {
        names[`#f${index}`] = field;
        values[`:v${index}`] = value;
        return `#mails.#m.#f${index} = :v${index}`;
      });
  let expression = outcome.forget
    ? 'REMOVE #mails.#m'
    : `SET ${sets.join(', ')} REMOVE #mails.#m.leaseUntil, #mails.#m.leaseToken`;
  // mailsSeq tells a writer that rewrites the whole mails map (a meeting's edit) that the
  // worker changed it since that writer read it.
  expression += ' ADD mailsSeq :one';
  if (outcome.done) {
    expression += ' DELETE pendingMails :done';
    values[':done'] = new Set([mailId]);
  }
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: expression,
        ConditionExpression: '#mails.#m.leaseToken = :token',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  } catch (error) {
    // The lease ran out and another worker took the mail over: its outcome counts.
    if (isConditionFailure(error)) log.warn('mail.lease-lost', { mailId });
    else throw error;
  }
}

/**
 * Keeps the sparse outbox index in step with the item: gone when nothing is pending,
 * otherwise sorted under the earliest moment something is due.
 */
async function tidyOutboxKeys(
  deps: MailWorkerDeps,
  key: { pk: string; sk: string },
): Promise<void> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: key, ConsistentRead: true }),
  );
  const item = Item as OutboxItem | undefined;
  if (!item) return;
  const ids = [...(item.pendingMails ?? [])];
  // A writer that takes a mail back (a reminder of someone who cancelled) removes the
  // entry; its id is cleared here, as one write cannot both add to and delete from the set.
  const stale = ids.filter(
    (id) => !['pending', 'sending'].includes(item.mails?.[id]?.status ?? ''),
  );
  if (stale.length > 0) {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: 'DELETE pendingMails :stale ADD mailsSeq :one',
        ExpressionAttributeValues: { ':stale': new Set(stale), ':one': 1 },
      }),
    );
    return tidyOutboxKeys(deps, key);
  }
  const pending = ids
    .map((id) => item.mails?.[id])
    .filter((mail): mail is MailEntry => Boolean(mail));
  try {
    if (pending.length === 0) {
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: key,
          UpdateExpression: 'REMOVE outboxPk, outboxSk',
          ConditionExpression: 'attribute_not_exists(pendingMails)',
        }),
      );
      return;
    }
    const due = pending
      .map((mail) => (mail.status === 'sending' ? (mail.leaseUntil ?? '') : mail.nextAttemptAt))
      .sort()[0]!;
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: 'SET outboxPk = :p, outboxSk = :s',
        // Only if no mail was added since the read: its writer set the keys itself.
        ConditionExpression: 'size(pendingMails) = :n',
        ExpressionAttributeValues: {
          ':p': outboxPartition,
          ':s': outboxSortKey(due, key.pk, key.sk),
          ':n': pending.length,
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

async function recipientOf(
  deps: MailWorkerDeps,
  ref: { pk: string; sk: string },
): Promise<Record<string, unknown> | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: ref, ConsistentRead: true }),
  );
  return Item;
}

function recipientAddress(recipient: Record<string, unknown> | undefined): string | undefined {
  const personal = recipient?.personal as { email?: unknown } | undefined;
  return typeof personal?.email === 'string' && personal.email ? personal.email : undefined;
}

/** SendEmail for a plain mail; SendRawEmail with MIME made here when it has attachments. */
async function sendRendered(
  ses: SESClient,
  from: string,
  to: string,
  replyTo: string | undefined,
  rendered: RenderedMail,
  now: Date,
) {
  if (rendered.attachments?.length) {
    const raw = buildMime({
      from,
      to,
      ...(replyTo ? { replyTo } : {}),
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      attachments: rendered.attachments,
      date: now,
    });
    return ses.send(
      new SendRawEmailCommand({
        Source: from,
        Destinations: [to],
        RawMessage: { Data: new TextEncoder().encode(raw) },
      }),
    );
  }
  const command = new SendEmailCommand({
    Source: from,
    Destination: { ToAddresses: [to] },
    ...(replyTo ? { ReplyToAddresses: [replyTo] } : {}),
    Message: {
      Subject: { Data: rendered.subject, Charset: 'UTF-8' },
      Body: {
        Text: { Data: rendered.text, Charset: 'UTF-8' },
        Html: { Data: rendered.html, Charset: 'UTF-8' },
      },
    },
  });
  return ses.send(command);
}
