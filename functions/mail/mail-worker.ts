/**
 * Sends the mails waiting in the outbox. The same function runs in the mail-worker
 * Lambda (every minute) and in the local poller.
 *
 * Each mail is claimed with a conditional write (a lease) before it is sent, so two
 * workers never send the same mail, and marked sent with a write that checks the
 * lease. A send that fails is retried with backoff; after the last attempt, or on a
 * permanent rejection, the mail is marked failed and stays visible on its item.
 * The one gap left is a worker dying after SES accepted a mail but before the mark:
 * SES has no idempotency key, so that mail would go out again once its lease expires.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SendEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { Clock } from '../lib/clock.ts';
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
import { renderMail } from './templates.ts';

export interface MailWorkerDeps {
  db: DynamoDBDocumentClient;
  ses: SESClient;
  tableName: string;
  mailFrom: string;
  clock: Clock;
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

/** SES answers that retrying cannot fix. */
const permanentErrors = new Set([
  'MessageRejected',
  'InvalidParameterValue',
  'UnknownTemplateError',
]);

const isConditionFailure = (error: unknown) =>
  errorName(error) === 'ConditionalCheckFailedException';

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
    await sendOne(deps, key, mailId, mail, result);
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
          'SET #mails.#m.#status = :sending, #mails.#m.leaseUntil = :lease, #mails.#m.leaseToken = :token',
        ConditionExpression:
          '(#mails.#m.#status = :pending AND #mails.#m.nextAttemptAt <= :now) OR (#mails.#m.#status = :sending AND #mails.#m.leaseUntil <= :now)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: {
          ':sending': 'sending',
          ':pending': 'pending',
          ':now': now.toISOString(),
          ':lease': new Date(now.getTime() + (deps.leaseMs ?? 120_000)).toISOString(),
          ':token': token,
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
    const rendered = renderMail(mail.template, mail.params);
    const sent = await deps.ses.send(
      new SendEmailCommand({
        Source: deps.mailFrom,
        Destination: { ToAddresses: [mail.to] },
        ...(mail.replyTo ? { ReplyToAddresses: [mail.replyTo] } : {}),
        Message: {
          Subject: { Data: rendered.subject, Charset: 'UTF-8' },
          Body: {
            Text: { Data: rendered.text, Charset: 'UTF-8' },
            Html: { Data: rendered.html, Charset: 'UTF-8' },
          },
        },
      }),
    );
    await finish(deps, key, mailId, token, {
      set: {
        status: 'sent',
        attempts,
        sentAt: deps.clock().toISOString(),
        messageId: sent.MessageId ?? '',
      },
      done: true,
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
  outcome: { set: Partial<MailEntry>; done: boolean },
): Promise<void> {
  const names: Record<string, string> = { '#mails': 'mails', '#m': mailId };
  const values: Record<string, unknown> = { ':token': token };
  const sets = Object.entries(outcome.set).map(([field, value], index) => {
    names[`#f${index}`] = field;
    values[`:v${index}`] = value;
    return `#mails.#m.#f${index} = :v${index}`;
  });
  let expression = `SET ${sets.join(', ')} REMOVE #mails.#m.leaseUntil, #mails.#m.leaseToken`;
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
  const pending = [...(item.pendingMails ?? [])]
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
