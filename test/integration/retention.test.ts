import { randomUUID } from 'node:crypto';
import { mailTemplates } from '../../functions/mail-worker/mail-templates.ts';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drainOutbox } from '../../functions/mail/mail-worker.ts';
import { factDirtyAttributes } from '../../functions/cases/case-fact-mark.ts';
import { factKey, factsOf, syncCaseFact, syncFacts } from '../../functions/monitor/facts.ts';
import type { TableDeps } from '../../functions/core/table-deps.ts';
import { runPrivacyJobs } from '../../functions/privacy/privacy-jobs.ts';
import { purgeAttributes } from '../../functions/cases/case-retention.ts';
import { purgeExpired } from '../../functions/privacy/retention.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { inboxPartition, caseKey } from '../../functions/cases/case-keys.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import {
  addTenant,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from '../support/local-aws.ts';
import { captureLogs } from '../support/capture-logs.ts';
import { itemsUnder, readItem } from '../support/table-reads.ts';

let aws: LocalAws;
let now: Date;
const asked = new Date('2026-03-10T09:00:00Z');
const closed = new Date('2026-03-20T15:00:00Z');
// The default term is 12 months after closing.
const due = new Date('2027-03-20T15:00:00Z');
const justAfterDue = new Date(due.getTime() + 60_000);

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(() => aws.stop());
beforeEach(async () => {
  // Leave no queued fact or due erasure from an earlier test behind.
  now = new Date('2100-01-01T00:00:00Z');
  await runPrivacyJobs(deps());
});

const deps = (): TableDeps => ({ db: aws.db, tableName: aws.tableName, clock: () => now });

interface Asked {
  key: string;
  pk: string;
  name: string;
  email: string;
  phone: string;
  question: string;
}

async function newTenant(): Promise<Tenant> {
  return addTenant(aws, testTenant(`swv-bewaar-${randomUUID().slice(0, 8)}`));
}

async function ask(tenant: Tenant, at = asked): Promise<Asked> {
  const key = randomUUID();
  const n = randomUUID().slice(0, 6);
  const person = {
    name: `Fenna Bakker ${n}`,
    email: `fenna.${n}@example.nl`,
    phone: `06 1234${n.replace(/\D/g, '0').slice(0, 4)}`,
    question: `Mijn zoon ${n} zit al weken thuis zonder passende plek op school.`,
  };
  now = at;
  const outcome = await submitQuestion(
    { db: aws.db, tableName: aws.tableName, clock: () => at },
    tenant,
    questionInput.parse(validQuestion({ ...person })),
    key,
  );
  if (outcome.kind !== 'created') throw new Error('not created');
  const phone = String(questionInput.parse(validQuestion(person)).phone);
  return { key, pk: caseKey(tenant.slug, key).pk, ...person, phone };
}

/** A note in the case's history, as the case API writes it: free text, personal data. */
async function addNote(c: Asked, at: Date, text: string) {
  await aws.db.send(
    new PutCommand({
      TableName: aws.tableName,
      Item: {
        pk: c.pk,
        sk: `EVENT#${at.toISOString()}#${randomUUID()}`,
        type: 'note',
        at: at.toISOString(),
        by: 'user-1',
        byName: 'Mieke Medewerker',
        text,
      },
    }),
  );
}

/** Closes the case as the case API will: status, inbox, purge keys and a dirty fact at once. */
async function close(tenant: Tenant, c: Asked, at = closed) {
  await aws.db.send(
    new UpdateCommand({
      TableName: aws.tableName,
      Key: caseKey(tenant.slug, c.key),
      UpdateExpression:
        'SET #status = :closed, closedAt = :at, firstResponseAt = if_not_exists(firstResponseAt, :at), inboxPk = :inbox, purgePk = :purgePk, purgeSk = :purgeSk, factPk = :factPk, factSk = :factSk ADD version :one',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':closed': 'afgerond',
        ':at': at.toISOString(),
        ':inbox': inboxPartition(tenant.steunpunt, 'afgerond'),
        ':one': 1,
        ...prefixed(purgeAttributes(c.pk, at)),
        ...prefixed(factDirtyAttributes(c.pk, at)),
      },
    }),
  );
}

/** Reopens a case; `forgetPurgeKeys` leaves the purge keys as a careless writer would. */
async function reopen(tenant: Tenant, c: Asked, at: Date, forgetPurgeKeys = false) {
  await aws.db.send(
    new UpdateCommand({
      TableName: aws.tableName,
      Key: caseKey(tenant.slug, c.key),
      UpdateExpression: `SET #status = :open, inboxPk = :inbox, factPk = :factPk, factSk = :factSk REMOVE closedAt${forgetPurgeKeys ? '' : ', purgePk, purgeSk'}`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':open': 'in-behandeling',
        ':inbox': inboxPartition(tenant.steunpunt, 'in-behandeling'),
        ...prefixed(factDirtyAttributes(c.pk, at)),
      },
    }),
  );
}

const prefixed = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [`:${k}`, v]));

async function caseItem(tenant: Tenant, c: Asked) {
  return (await readItem(aws, caseKey(tenant.slug, c.key)))!;
}

function history(c: Asked) {
  return itemsUnder(aws, c.pk, 'EVENT#');
}

async function fact(tenant: Tenant, c: Asked) {
  const item = await caseItem(tenant, c);
  return readItem(aws, factKey(tenant.slug, String(item.createdAt), c.key));
}

/** Every piece of personal data of the case, to look for anywhere. */
const traces = (c: Asked) => [c.name, c.email, c.phone, c.question, 'Fenna'];

function expectNoTrace(value: unknown, c: Asked) {
  const text = JSON.stringify(value, (_k, v: unknown) => (v instanceof Set ? [...v] : v));
  for (const trace of traces(c)) expect(text).not.toContain(trace);
}

describe('monitor facts', () => {
  it('writes an anonymous fact per case and takes the case out of the queue', async () => {
    const tenant = await newTenant();
    const c = await ask(tenant);
    now = new Date(asked.getTime() + 60_000);
    expect((await syncFacts(deps())).written).toBeGreaterThanOrEqual(1);

    const written = await fact(tenant, c);
    expect(written).toEqual({
      pk: `FACT#${tenant.slug}`,
      sk: `2026-03#${c.key}`,
      tenant: tenant.slug,
      steunpunt: tenant.steunpunt,
      month: '2026-03',
      kind: 'question',
      channel: 'formulier',
      topic: 'ondersteuning',
      role: 'ouder',
      schoolType: 'po',
      gemeente: 'Haarlemmermeer',
      status: 'open',
      signalCategory: 'none',
      firstResponseWithinTarget: 'unknown',
      changedAt: asked.toISOString(),
      // Written with its mark: the month summary counts it at the summary job's next run.
      sumPk: 'SUM#PENDING',
      sumSk: `${tenant.slug}#2026-03#${now.toISOString()}`,
      sumTargets: [`${tenant.slug}#2026-03`],
    });
    expectNoTrace(written, c);
    const item = await caseItem(tenant, c);
    expect(item.factPk).toBeUndefined();
    expect(item.factSk).toBeUndefined();
  });

  it('groups a case by its month in Amsterdam time', async () => {
    const tenant = await newTenant();
    // 31 March 23:30 UTC is already 1 April in Amsterdam (summer time).
    const c = await ask(tenant, new Date('2026-03-31T23:30:00Z'));
    now = new Date('2026-04-01T00:00:00Z');
    await syncFacts(deps());
    expect((await fact(tenant, c))!.month).toBe('2026-04');
    expect(await factsOf(deps(), tenant.slug, '2026-04')).toHaveLength(1);
    expect(await factsOf(deps(), tenant.slug, '2026-03')).toHaveLength(0);
  });

  it('rewrites the fact when the case is marked dirty again, and never with an older read', async () => {
    const tenant = await newTenant();
    const c = await ask(tenant);
    now = new Date(asked.getTime() + 60_000);
    await syncFacts(deps());
    const before = await caseItem(tenant, c);
    // A read taken now, made stale by the change below.
    const staleRead = { ...before, ...factDirtyAttributes(c.pk, now) };

    const changed = new Date(asked.getTime() + 2 * 86_400_000);
    await aws.db.send(
      new UpdateCommand({
        TableName: aws.tableName,
        Key: caseKey(tenant.slug, c.key),
        UpdateExpression:
          'SET #signal = :signal, firstResponseAt = :at, factPk = :factPk, factSk = :factSk ADD version :one',
        ExpressionAttributeNames: { '#signal': 'signal' },
        ExpressionAttributeValues: {
          ':signal': { category: 'wachttijden', text: 'Lange wachtlijst voor so', markedAt: 'x' },
          ':at': changed.toISOString(),
          ':one': 1,
          ...prefixed(factDirtyAttributes(c.pk, changed)),
        },
      }),
    );
    // Not due before its mark: the sync takes only what was marked until now.
    expect((await syncFacts(deps())).written).toBe(0);
    now = new Date(changed.getTime() + 1000);
    expect((await syncFacts(deps())).written).toBe(1);
    const rewritten = await fact(tenant, c);
    // The text waits for a coördinator's review; the fact never carries it.
    expect(rewritten).not.toHaveProperty('signalText');
    expect(rewritten).toMatchObject({
      signalCategory: 'wachttijden',
      firstResponseWithinTarget: true,
      changedAt: changed.toISOString(),
    });

    // A slow sync that read the case before the change neither overwrites the newer fact
    // nor takes the case out of the queue.
    expect(await syncCaseFact(deps(), staleRead as never)).toBe(false);
    expect(await fact(tenant, c)).toEqual(rewritten);

    const again = new Date(now.getTime() + 1000);
    await aws.db.send(
      new UpdateCommand({
        TableName: aws.tableName,
        Key: caseKey(tenant.slug, c.key),
        UpdateExpression: 'SET factPk = :factPk, factSk = :factSk',
        ExpressionAttributeValues: prefixed(factDirtyAttributes(c.pk, again)),
      }),
    );
    const readBeforeMark = await caseItem(tenant, c);
    await aws.db.send(
      new UpdateCommand({
        TableName: aws.tableName,
        Key: caseKey(tenant.slug, c.key),
        UpdateExpression: 'SET topic = :topic, factSk = :factSk ADD version :one',
        ExpressionAttributeValues: {
          ':topic': 'thuiszitten',
          ':one': 1,
          ':factSk': factDirtyAttributes(c.pk, new Date(again.getTime() + 1)).factSk,
        },
      }),
    );
    await syncCaseFact(deps(), readBeforeMark as never);
    expect((await caseItem(tenant, c)).factPk).toBe('FACT#PENDING');
    now = new Date(again.getTime() + 1000);
    await syncFacts(deps());
    expect((await fact(tenant, c))!.topic).toBe('thuiszitten');
    expect((await caseItem(tenant, c)).factPk).toBeUndefined();
  });
});

describe('retention', () => {
  it('erases a closed case past its term, and the monitor still counts it', async () => {
    const tenant = await newTenant();
    const c = await ask(tenant);
    const other = await ask(tenant);
    await addNote(c, new Date('2026-03-12T10:00:00Z'), `Gebeld met ${c.name} op ${c.phone}`);
    // A reply as the case API records it: its mail, and a history line on the item.
    await aws.db.send(
      new UpdateCommand({
        TableName: aws.tableName,
        Key: caseKey(tenant.slug, c.key),
        UpdateExpression: 'SET mails.reply1 = :mail, changes = :changes',
        ExpressionAttributeValues: {
          ':mail': {
            template: 'case-reply',
            to: c.email,
            params: { subject: `Voor ${c.name}`, body: `Beste ${c.name}, bel ons.` },
            status: 'sent',
            attempts: 1,
            nextAttemptAt: '2026-03-13T10:00:00.000Z',
          },
          ':changes': {
            k1: { type: 'reply', at: '2026-03-13T10:00:00.000Z', by: 'u', byName: 'Mieke' },
            k2: { type: 'reply', at: '2026-03-13T10:00:00.000Z', by: 'u', text: c.name },
          },
        },
      }),
    );
    await close(tenant, c);
    expect((await caseItem(tenant, c)).phonePk).toMatch(/^PHONE#/);
    now = new Date(closed.getTime() + 1000);
    await syncFacts(deps());
    const factBefore = await fact(tenant, c);
    expect(factBefore).toMatchObject({ status: 'afgerond', firstResponseWithinTarget: false });

    now = new Date(due.getTime() - 60_000);
    expect(await purgeExpired(deps())).toEqual({ erased: 0, kept: 0 });

    now = justAfterDue;
    expect(await purgeExpired(deps())).toEqual({ erased: 1, kept: 0 });

    const item = await caseItem(tenant, c);
    expect(item.personal).toBeUndefined();
    expect(item.erasedAt).toBe(justAfterDue.toISOString());
    for (const mail of Object.values(item.mails) as Record<string, unknown>[]) {
      expect(Object.keys(mail)).not.toContain('to');
      expect(Object.keys(mail)).not.toContain('params');
    }
    expect(item.mails.reply1).toMatchObject({ template: 'case-reply', status: 'sent' });
    expect(item.changes.k1).toEqual({
      type: 'reply',
      at: '2026-03-13T10:00:00.000Z',
      by: 'u',
      byName: 'Mieke',
    });
    for (const gone of [
      'personPk',
      'personSk',
      'phonePk',
      'phoneSk',
      'purgePk',
      'purgeSk',
      'fingerprint',
    ]) {
      expect(item[gone], gone).toBeUndefined();
    }
    // What the case keeps is what the monitor counts.
    expect(item).toMatchObject({
      status: 'afgerond',
      reference: expect.any(String),
      topic: 'ondersteuning',
    });
    expectNoTrace(item, c);
    const notes = await history(c);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ type: 'note', erasedAt: justAfterDue.toISOString() });
    expect(notes[0]!.text).toBeUndefined();
    expectNoTrace(notes, c);

    expect(await fact(tenant, c)).toEqual(factBefore);
    const monitor = await factsOf(deps(), tenant.slug, '2026-03');
    expect(monitor.map((f) => f.sk).sort()).toEqual(
      [`2026-03#${c.key}`, `2026-03#${other.key}`].sort(),
    );
    expect(monitor.filter((f) => f.status === 'afgerond')).toHaveLength(1);

    // The open case of the same person's tenant is untouched.
    expect((await caseItem(tenant, other)).personal).toMatchObject({ name: other.name });
  });

  it('writes the fact first when it was never written', async () => {
    const tenant = await newTenant();
    const c = await ask(tenant);
    await close(tenant, c);
    // Take the case out of the fact queue without a fact, as if the sync never ran.
    await aws.db.send(
      new UpdateCommand({
        TableName: aws.tableName,
        Key: caseKey(tenant.slug, c.key),
        UpdateExpression: 'REMOVE factPk, factSk',
      }),
    );
    expect(await fact(tenant, c)).toBeUndefined();
    now = justAfterDue;
    await purgeExpired(deps());
    expect((await caseItem(tenant, c)).personal).toBeUndefined();
    expect(await fact(tenant, c)).toMatchObject({ status: 'afgerond', topic: 'ondersteuning' });
    expect(await factsOf(deps(), tenant.slug, '2026-03')).toHaveLength(1);
  });

  it('keeps the data of a case closed less than the term ago, or reopened', async () => {
    const tenant = await newTenant();
    const recent = await ask(tenant);
    await close(tenant, recent, new Date('2026-09-01T10:00:00Z'));
    const reopened = await ask(tenant);
    await close(tenant, reopened);
    await reopen(tenant, reopened, new Date('2026-04-01T10:00:00Z'));
    const careless = await ask(tenant);
    await close(tenant, careless);
    await reopen(tenant, careless, new Date('2026-04-01T10:00:00Z'), true);

    now = justAfterDue;
    const result = await purgeExpired(deps());
    expect(result.erased).toBe(0);
    for (const c of [recent, reopened, careless]) {
      const item = await caseItem(tenant, c);
      expect(item.personal).toMatchObject({ name: c.name, email: c.email, question: c.question });
      expect(item.erasedAt).toBeUndefined();
    }
    // The reopened case that kept stale purge keys lost them, so it stops coming back.
    expect((await caseItem(tenant, careless)).purgePk).toBeUndefined();
    expect(await purgeExpired(deps())).toEqual({ erased: 0, kept: 0 });
    // The recent one still goes when its own term ends.
    now = new Date('2028-09-01T10:01:00Z');
    expect((await purgeExpired(deps())).erased).toBe(1);
    expect((await caseItem(tenant, recent)).personal).toBeUndefined();
  });

  it('is harmless to run twice and concurrently', async () => {
    const tenant = await newTenant();
    const cases = await Promise.all(Array.from({ length: 6 }, () => ask(tenant)));
    for (const c of cases) {
      await addNote(c, new Date('2026-03-15T10:00:00Z'), `Notitie over ${c.name}`);
      await close(tenant, c);
    }
    now = justAfterDue;
    const runs = await Promise.all(
      Array.from({ length: 3 }, () => runPrivacyJobs(deps(), { batchSize: 4 })),
    );
    expect(runs.reduce((sum, r) => sum + r.erased, 0)).toBeGreaterThanOrEqual(6);
    expect(await runPrivacyJobs(deps())).toEqual({ factsWritten: 0, erased: 0, kept: 0 });

    for (const c of cases) {
      const item = await caseItem(tenant, c);
      expect(item.erasedAt).toBeDefined();
      expectNoTrace(item, c);
      expectNoTrace(await history(c), c);
    }
    const monitor = await factsOf(deps(), tenant.slug, '2026-03');
    expect(monitor).toHaveLength(6);
    expect(monitor.every((f) => f.status === 'afgerond')).toBe(true);
  });

  it('cancels a mail still waiting, so the worker never sends to an erased address', async () => {
    const tenant = await newTenant();
    const c = await ask(tenant);
    await close(tenant, c);
    now = justAfterDue;
    await purgeExpired(deps());
    const item = await caseItem(tenant, c);
    expect(item.mails.confirmation).toMatchObject({ status: 'failed', lastError: 'Erased' });
    expect(item.pendingMails).toBeUndefined();
    expect(item.outboxPk).toBeUndefined();
    await fetch(`${aws.localSes.endpoint}/clear-store`, { method: 'POST' });
    // Other tests leave open cases with mails waiting: those go, this one does not.
    await drainOutbox({
      db: aws.db,
      ses: aws.ses,
      tableName: aws.tableName,
      mailFrom: 'Steunpunt <noreply@steunpunt-portaal.example>',
      templates: mailTemplates,
      clock: () => now,
    });
    const recipients = (await aws.localSes.mails()).flatMap((mail) => mail.destination.to);
    expect(recipients).not.toContain(c.email);
    expect((await caseItem(tenant, c)).mails.confirmation.status).toBe('failed');
  });

  it('erases notes written after a reopening when the case is closed and due again', async () => {
    const tenant = await newTenant();
    const c = await ask(tenant);
    await close(tenant, c);
    now = justAfterDue;
    await purgeExpired(deps());
    await reopen(tenant, c, new Date('2028-04-01T10:00:00Z'));
    await addNote(c, new Date('2028-04-02T10:00:00Z'), `Nieuwe notitie over ${c.name}`);
    const closedAgain = new Date('2028-04-03T10:00:00Z');
    await close(tenant, c, closedAgain);
    now = new Date('2030-04-03T10:01:00Z');
    expect((await purgeExpired(deps())).erased).toBe(1);
    expectNoTrace(await history(c), c);
  });

  it('logs no personal data', async () => {
    const tenant = await newTenant();
    const cases = await Promise.all(Array.from({ length: 3 }, () => ask(tenant)));
    for (const c of cases) {
      await addNote(c, new Date('2026-03-15T10:00:00Z'), `Notitie over ${c.name}`);
      await close(tenant, c);
    }
    const logs = captureLogs();
    try {
      now = justAfterDue;
      await runPrivacyJobs(deps());
    } finally {
      logs.stop();
    }
    const output = logs.text();
    expect(output).toContain('retention.purged');
    for (const c of cases) for (const trace of traces(c)) expect(output).not.toContain(trace);
  });
});
