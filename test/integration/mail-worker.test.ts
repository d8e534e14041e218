import { randomUUID } from 'node:crypto';
import type { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drainOutbox, type MailWorkerDeps } from '../../functions/mail/mail-worker.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { caseKey } from '../../functions/cases/case-keys.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import {
  localWorker,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from '../support/local-aws.ts';
import { readItem } from '../support/table-reads.ts';

let aws: LocalAws;
let now: Date;
const tenant = testTenant('swv-mail');

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(() => aws.stop());
beforeEach(async () => {
  now = new Date('2026-11-24T10:00:00Z');
  await fetch(`${aws.localSes.endpoint}/clear-store`, { method: 'POST' });
  // Leave no due mail from an earlier test behind.
  await drainOutbox(worker());
});

const worker = (overrides: Partial<MailWorkerDeps> = {}): MailWorkerDeps =>
  localWorker(aws, () => now, overrides);

async function askQuestion(
  email = `ouder-${randomUUID()}@example.nl`,
  overrides: Record<string, unknown> = {},
) {
  const key = randomUUID();
  const outcome = await submitQuestion(
    { db: aws.db, tableName: aws.tableName, clock: () => now },
    tenant,
    questionInput.parse(validQuestion({ email, ...overrides })),
    key,
  );
  if (outcome.kind === 'key-reused') throw new Error('unexpected');
  return { key, email, reference: outcome.reference };
}

async function item(key: string) {
  return (await readItem(aws, caseKey(tenant.slug, key)))!;
}

/** An SES client that fails the way the real one does, for the failure paths only. */
function failingSes(names: string[]): SESClient {
  const queue = [...names];
  return {
    send: async () => {
      const name = queue.shift();
      if (!name) throw new Error('no more failures planned');
      throw Object.assign(new Error('planned failure'), { name });
    },
  } as unknown as SESClient;
}

describe('mail worker', () => {
  it('sends the confirmation in Dutch, as text and HTML, with the reference, and marks it sent', async () => {
    const { key, email, reference } = await askQuestion();
    const result = await drainOutbox(worker());
    expect(result).toMatchObject({ sent: 1, failed: 0, retried: 0 });

    const mails = await aws.localSes.mails();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.destination.to).toEqual([email]);
    expect(mail!.replyTo).toEqual([tenant.steunpuntEmail]);
    expect(mail!.subject).toBe(`We hebben je vraag ontvangen (${reference})`);
    expect(mail!.body.text).toContain(`Je referentienummer is ${reference}`);
    expect(mail!.body.text).toContain('dinsdag 24 november 2026, 11.00 uur'); // Amsterdam time
    expect(mail!.body.text).toMatch(/^Hallo Anna de Vries,\n/);
    // Five working days, the default term: Tuesday to Tuesday.
    expect(mail!.body.text).toContain(
      'Je krijgt uiterlijk op dinsdag 1 december 2026 een reactie.',
    );
    expect(mail!.body.html).toContain(`<strong>${reference}</strong>`);
    expect(mail!.body.html).toContain('lang="nl"');

    const stored = await item(key);
    expect(stored.mails.confirmation).toMatchObject({ status: 'sent', attempts: 1 });
    expect(stored.mails.confirmation.messageId).toBe(mail!.messageId);
    expect(stored.pendingMails).toBeUndefined();
    expect(stored.outboxPk).toBeUndefined();
  });

  it('greets with a plain "Hallo," when no name was given', async () => {
    const { email } = await askQuestion(undefined, { name: undefined });
    await drainOutbox(worker());
    const [mail] = await aws.localSes.mails();
    expect(mail!.destination.to).toEqual([email]);
    expect(mail!.body.text).toMatch(/^Hallo,\n/);
    expect(mail!.body.text).toContain('uiterlijk op dinsdag 1 december 2026');
  });

  it('never sends a mail twice, also when workers run at the same time', async () => {
    const asked = await Promise.all(Array.from({ length: 8 }, () => askQuestion()));
    const results = await Promise.all(Array.from({ length: 4 }, () => drainOutbox(worker())));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(8);
    await drainOutbox(worker());
    const mails = await aws.localSes.mails();
    expect(mails).toHaveLength(8);
    expect(new Set(mails.map((m) => m.destination.to[0]))).toEqual(
      new Set(asked.map((a) => a.email)),
    );
  });

  it('retries after a passing SES failure with backoff, then sends', async () => {
    const { key, reference } = await askQuestion();
    const first = await drainOutbox(worker({ ses: failingSes(['Throttling']) }));
    expect(first).toMatchObject({ sent: 0, retried: 1 });
    const waiting = await item(key);
    expect(waiting.mails.confirmation).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'Throttling',
    });
    // First retry waits between 15 and 30 seconds (half the ceiling plus jitter).
    const due = new Date(waiting.mails.confirmation.nextAttemptAt).getTime() - now.getTime();
    expect(due).toBeGreaterThanOrEqual(15_000);
    expect(due).toBeLessThanOrEqual(30_000);

    expect(await drainOutbox(worker())).toMatchObject({ sent: 0 });
    now = new Date(now.getTime() + due);
    expect(await drainOutbox(worker())).toMatchObject({ sent: 1 });
    const mails = await aws.localSes.mails();
    expect(mails.map((m) => m.subject)).toEqual([`We hebben je vraag ontvangen (${reference})`]);
    expect((await item(key)).mails.confirmation).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up on a permanent rejection and takes the mail out of the outbox', async () => {
    const { key } = await askQuestion();
    expect(await drainOutbox(worker({ ses: failingSes(['MessageRejected']) }))).toMatchObject({
      failed: 1,
    });
    const stored = await item(key);
    expect(stored.mails.confirmation).toMatchObject({
      status: 'failed',
      lastError: 'MessageRejected',
    });
    expect(stored.outboxPk).toBeUndefined();
  });

  it('gives up after the last attempt', async () => {
    const { key } = await askQuestion();
    const policy = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 4000 };
    const ses = failingSes(['ServiceUnavailable', 'ServiceUnavailable', 'ServiceUnavailable']);
    for (let attempt = 0; attempt < 3; attempt++) {
      await drainOutbox(worker({ ses, retryPolicy: policy }));
      now = new Date(now.getTime() + 5000);
    }
    expect((await item(key)).mails.confirmation).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await drainOutbox(worker())).toMatchObject({ sent: 0 });
    expect(await aws.localSes.mails()).toHaveLength(0);
  });

  it('takes over a mail whose worker died mid-send once the lease has run out', async () => {
    const { key } = await askQuestion();
    // A worker that hangs in SES until its lease is long gone.
    const hanging = { send: () => new Promise(() => undefined) } as unknown as SESClient;
    void drainOutbox(worker({ ses: hanging }));
    // Wait for the hanging worker's claim, however long a busy machine takes to make it.
    await expect.poll(async () => (await item(key)).mails.confirmation.status).toBe('sending');

    expect(await drainOutbox(worker())).toMatchObject({ sent: 0 });
    now = new Date(now.getTime() + 3 * 60_000);
    expect(await drainOutbox(worker())).toMatchObject({ sent: 1 });
    expect((await item(key)).mails.confirmation.status).toBe('sent');
  });

  it('sends nothing for a question without an e-mail address', async () => {
    await submitQuestion(
      { db: aws.db, tableName: aws.tableName, clock: () => now },
      tenant,
      questionInput.parse(
        validQuestion({ contactChannel: 'telefoon', email: '', phone: '06 12345678' }),
      ),
      randomUUID(),
    );
    expect(await drainOutbox(worker())).toMatchObject({ sent: 0, skipped: 0 });
  });
});
