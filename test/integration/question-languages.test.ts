/**
 * "Stel je vraag" in another language (issue #14), through the real API on dynalite and
 * the local SES: field errors in the form's language (also the one across fields and the
 * tenant's checks), an unknown language as Dutch, the case keeping its language and the
 * wish for a tolk, the confirmation mail in the language, and both gone after erasure.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import { caseKey } from '../../functions/cases/case-keys.ts';
import { questionOwnMessages } from '../../functions/cases/intakes/question-messages.ts';
import { questionMailTexts } from '../../functions/cases/intakes/question-mail-texts.ts';
import { fieldMessages, fill } from '../../functions/core/field-messages.ts';
import { longDateIn } from '../../functions/core/locale-dates.ts';
import { questionLimits } from '../../functions/core/vocabulary.ts';
import { drainOutbox } from '../../functions/mail/mail-worker.ts';
import { eraseCase } from '../../functions/privacy/erasure.ts';
import { exportPerson, type StoredCase } from '../../functions/privacy/person-cases.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import {
  addTenant,
  localWorker,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from '../support/local-aws.ts';

let aws: LocalAws;
const now = new Date('2026-11-24T09:30:00Z');
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  aws = await startLocalAws();
  await addTenant(aws, testTenant('swv-talen'));
  app = createApp({
    db: aws.db,
    tableName: aws.tableName,
    clock: () => now,
    tenants: cachedTenantLookup(aws.db, aws.tableName),
  });
});
afterAll(() => aws.stop());

function ask(body: unknown, key = randomUUID()) {
  return app.request('/api/swv/swv-talen/vragen', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
}

type Problem = { message: string; errors: { field: string; message: string }[] };

const messageOf = (problem: Problem, field: string) =>
  problem.errors.find((error) => error.field === field)?.message;

describe('field errors in the form language', () => {
  it('answers a Turkish form with a mistake in Turkish, not in Dutch', async () => {
    const response = await ask(
      validQuestion({ lang: 'tr', question: 'Kısa', role: '', schoolType: 'x', consent: false }),
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Problem;
    const tr = questionOwnMessages.tr;
    expect(problem.message).toBe(tr.invalidInput);
    expect(messageOf(problem, 'role')).toBe(tr.role);
    expect(messageOf(problem, 'question')).toBe(
      fill(tr.questionTooShort, { min: questionLimits.textMin }),
    );
    expect(messageOf(problem, 'schoolType')).toBe(tr.schoolType);
    expect(messageOf(problem, 'consent')).toBe(fieldMessages.tr.consent);
    expect(messageOf(problem, 'role')).not.toBe(questionOwnMessages.nl.role);
    expect(messageOf(problem, 'consent')).not.toBe(fieldMessages.nl.consent);
  });

  it('answers an Arabic form in Arabic, also the check across fields', async () => {
    const response = await ask(
      validQuestion({ lang: 'ar', contactChannel: 'telefoon', phone: '' }),
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Problem;
    expect(messageOf(problem, 'phone')).toBe(fieldMessages.ar.phoneForChannel);
    expect(messageOf(problem, 'phone')).not.toBe(fieldMessages.nl.phoneForChannel);
    expect(problem.message).toBe(questionOwnMessages.ar.invalidInput);
  });

  it("answers the tenant's checks in the form language", async () => {
    const response = await ask(validQuestion({ lang: 'tr', gemeente: 'Amsterdam' }));
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Problem;
    expect(problem.errors).toEqual([
      { field: 'gemeente', message: questionOwnMessages.tr.gemeenteFromList },
    ]);
    expect(problem.message).toBe(questionOwnMessages.tr.invalidInput);
  });

  it('treats an unknown or odd language as Dutch, never as a server error', async () => {
    for (const lang of ['xx', 42, null, '<script>']) {
      const response = await ask(validQuestion({ lang, role: '' }));
      expect(response.status).toBe(400);
      const problem = (await response.json()) as Problem;
      expect(messageOf(problem, 'role')).toBe(questionOwnMessages.nl.role);
    }
    const valid = await ask(validQuestion({ lang: 'xx' }));
    expect(valid.status).toBe(201);
  });
});

describe('a question in another language', () => {
  it('keeps the language and the tolk wish on the case, mails in the language, and erasure removes both', async () => {
    const key = randomUUID();
    const response = await ask(
      validQuestion({ lang: 'tr', tolk: true, name: 'Ayşe', email: 'ayse@example.nl' }),
      key,
    );
    expect(response.status).toBe(201);
    const { reference, dueAt } = (await response.json()) as { reference: string; dueAt: string };
    const read = async () =>
      (
        await aws.db.send(
          new GetCommand({
            TableName: aws.tableName,
            Key: caseKey('swv-talen', key),
            ConsistentRead: true,
          }),
        )
      ).Item!;
    expect(await read()).toMatchObject({ language: 'tr', tolk: true, reference });

    for (let pass = 0; pass < 5; pass++) {
      if ((await drainOutbox(localWorker(aws, () => now))).sent === 0) break;
    }
    const mail = (await aws.localSes.mails()).find((caught) =>
      caught.destination.to.includes('ayse@example.nl'),
    );
    const t = questionMailTexts.tr;
    expect(mail?.subject).toBe(fill(t.subject, { reference }));
    expect(mail?.body.text).toContain(fill(t.helloName, { name: 'Ayşe' }));
    expect(mail?.body.text).toContain(t.tolk);
    expect(mail?.body.text).toContain(longDateIn('tr', new Date(dueAt)));
    expect(mail?.body.text).not.toContain('Bedankt voor je vraag');
    expect(mail?.body.html).toContain('<html lang="tr" dir="ltr">');

    // The person's export (inzage) names them with the rest of their data.
    const deps = { db: aws.db, tableName: aws.tableName, clock: () => now };
    const exported = await exportPerson(
      { ...deps, tenants: async () => undefined },
      [{ item: (await read()) as StoredCase, tenant: testTenant('swv-talen') }],
      now,
    );
    expect(exported.vragen[0]?.persoonsgegevens).toMatchObject({
      naam: 'Ayşe',
      taal: 'Türkçe',
      tolk: 'ja',
    });

    // Closed, then erased as the retention job or a person's request does.
    await aws.db.send(
      new UpdateCommand({
        TableName: aws.tableName,
        Key: caseKey('swv-talen', key),
        UpdateExpression: 'SET #s = :closed',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':closed': 'afgerond' },
      }),
    );
    expect(
      await eraseCase(
        { db: aws.db, tableName: aws.tableName, clock: () => now },
        caseKey('swv-talen', key),
      ),
    ).toBe('erased');
    const erased = await read();
    expect(erased.erasedAt).toBe(now.toISOString());
    expect(erased).not.toHaveProperty('language');
    expect(erased).not.toHaveProperty('tolk');
    expect(erased).not.toHaveProperty('personal');
  });

  it('writes an Arabic mail right to left with Latin digits in its dates', async () => {
    const response = await ask(validQuestion({ lang: 'ar', email: 'layla@example.nl', name: '' }));
    expect(response.status).toBe(201);
    const { dueAt } = (await response.json()) as { dueAt: string };
    for (let pass = 0; pass < 5; pass++) {
      if ((await drainOutbox(localWorker(aws, () => now))).sent === 0) break;
    }
    const mail = (await aws.localSes.mails()).find((caught) =>
      caught.destination.to.includes('layla@example.nl'),
    );
    expect(mail?.body.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail?.body.text).toContain(questionMailTexts.ar.hello);
    const date = longDateIn('ar', new Date(dueAt));
    expect(date).toMatch(/2026/);
    expect(mail?.body.text).toContain(date);
  });

  it('keeps a Dutch question as it was: no language, no tolk, a Dutch mail', async () => {
    const key = randomUUID();
    expect((await ask(validQuestion({ email: 'piet@example.nl' }), key)).status).toBe(201);
    const { Item } = await aws.db.send(
      new GetCommand({ TableName: aws.tableName, Key: caseKey('swv-talen', key) }),
    );
    expect(Item).not.toHaveProperty('language');
    expect(Item).not.toHaveProperty('tolk');
    expect(Item?.mails?.confirmation?.params).not.toHaveProperty('lang');
  });
});
