/**
 * The transactional outbox, kept inside the item whose state change causes the mail.
 * A mail that must go out is written in the same single PutItem/UpdateItem as that
 * change, so it can never be lost; the worker (mail-worker.ts) sends it later.
 *
 * On the item:
 *   mails:        { [mailId]: MailEntry }   every mail, with its own status
 *   pendingMails: string set of mailIds still to send (DynamoDB drops an empty set)
 *   outboxPk/outboxSk: keys of the sparse `outbox` index while anything is pending
 */
export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface MailEntry {
  template: string;
  /** The address; empty when the mail names its recipient by `toRef`. */
  to: string;
  /**
   * The item that holds the recipient's address (`personal.email`), read when the mail is
   * sent: an item shared by many people (a meeting) then carries no personal data. When
   * that item is gone (erased), the mail is not sent and is marked failed.
   */
  toRef?: { pk: string; sk: string };
  /** Remove the entry once sent, so an item with many mails (a meeting) does not grow. */
  forget?: boolean;
  /**
   * Another item the template reads when the mail is sent (`context.source`), instead of
   * the item the mail sits in: a sign-up's mail reads the meeting, the truth of its place.
   */
  sourceRef?: { pk: string; sk: string };
  replyTo?: string;
  params: Record<string, string>;
  status: MailStatus;
  attempts: number;
  /** ISO time before which the worker leaves the mail alone. */
  nextAttemptAt: string;
  leaseUntil?: string;
  leaseToken?: string;
  sentAt?: string;
  messageId?: string;
  lastError?: string;
}

export const outboxPartition = 'PENDING';

export function outboxSortKey(dueAt: string, pk: string, sk: string): string {
  return `${dueAt}#${pk}#${sk}`;
}

/** Everything due at or before `now` sorts below this bound (ISO times have a fixed width). */
export function outboxUpperBound(now: Date): string {
  return `${now.toISOString()}$`;
}

export function newMail(
  template: string,
  to: string,
  params: Record<string, string>,
  now: Date,
  replyTo?: string,
): MailEntry {
  return {
    template,
    to,
    ...(replyTo ? { replyTo } : {}),
    params,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now.toISOString(),
  };
}

/** The outbox attributes of a new item that carries the given mails. */
export function outboxAttributes(
  pk: string,
  sk: string,
  mails: Record<string, MailEntry>,
): Record<string, unknown> {
  const ids = Object.keys(mails);
  if (ids.length === 0) return {};
  const firstDue = ids.map((id) => mails[id]!.nextAttemptAt).sort()[0]!;
  return {
    mails,
    pendingMails: new Set(ids),
    outboxPk: outboxPartition,
    outboxSk: outboxSortKey(firstDue, pk, sk),
  };
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 10,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
};

/**
 * Exponential backoff with "full jitter" after the given number of failed attempts,
 * so that many mails failing together do not retry in lockstep.
 */
export function retryDelayMs(
  failedAttempts: number,
  policy: RetryPolicy = defaultRetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
