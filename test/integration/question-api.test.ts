import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import { openApiDocument } from '../../functions/api/openapi.ts';
import { caseKey } from '../../functions/cases/case-keys.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import {
  addTenant,
  questionsOf,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from '../support/local-aws.ts';
import { countedTable } from '../support/table-reads.ts';

let aws: LocalAws;
let now = new Date('2026-11-24T09:30:00Z');
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  aws = await startLocalAws();
  await addTenant(aws, testTenant('swv-a'));
  await addTenant(aws, testTenant('swv-b'));
  app = createApp({
    db: aws.db,
    tableName: aws.tableName,
    clock: () => now,
    tenants: cachedTenantLookup(aws.db, aws.tableName),
  });
});
afterAll(() => aws.stop());

function ask(tenant: string, body: unknown, key: string | null = randomUUID()) {
  return app.request(`/api/swv/${tenant}/vragen`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /api/swv/:swv/vragen', () => {
  it('stores the question with a reference and its confirmation mail in one item', async () => {
    const key = randomUUID();
    const response = await ask('swv-a', validQuestion(), key);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; createdAt: string; dueAt: string };
    expect(body.reference).toMatch(/^V-2026-\d{6}$/);
    expect(body.createdAt).toBe(now.toISOString());
    // The answer date the confirmation shows: five working days (the default), Tuesday to Tuesday.
    expect(body.dueAt).toBe('2026-12-01T09:30:00.000Z');

    const { Item } = await aws.db.send(
      new GetCommand({ TableName: aws.tableName, Key: caseKey('swv-a', key) }),
    );
    expect(Item).toMatchObject({
      reference: body.reference,
      dueAt: body.dueAt,
      status: 'nieuw',
      topic: 'ondersteuning',
      personal: { email: 'anna.devries@example.nl', name: 'Anna de Vries' },
      mails: {
        confirmation: {
          template: 'question-confirmation',
          to: 'anna.devries@example.nl',
          status: 'pending',
          params: { reference: body.reference, dueAt: body.dueAt, name: 'Anna de Vries' },
        },
      },
      outboxPk: 'PENDING',
    });
    expect([...(Item!.pendingMails as Set<string>)]).toEqual(['confirmation']);
  });

  it('numbers per steunpunt and per year in Amsterdam time', async () => {
    // swv-a and swv-b share their steunpunt, and so its counter.
    const a = (await (await ask('swv-a', validQuestion())).json()) as { reference: string };
    const b = (await (await ask('swv-b', validQuestion())).json()) as { reference: string };
    expect(Number(b.reference.slice(-6))).toBe(Number(a.reference.slice(-6)) + 1);
    now = new Date('2026-12-31T23:30:00Z'); // already 1 January in Amsterdam
    const next = (await (await ask('swv-b', validQuestion())).json()) as { reference: string };
    expect(next.reference).toBe('V-2027-000001');
    now = new Date('2026-11-24T09:30:00Z');
  });

  it('answers a retry with the same key with the same reference and stores nothing new', async () => {
    const key = randomUUID();
    const before = (await questionsOf(aws, 'swv-a')).length;
    const first = await ask('swv-a', validQuestion(), key);
    const again = await ask(
      'swv-a',
      validQuestion({ question: ` ${validQuestion().question} ` }),
      key,
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect((await questionsOf(aws, 'swv-a')).length).toBe(before + 1);
  });

  it('stores a new question with two DynamoDB calls: its reference, then the write', async () => {
    const { deps: counted, reads } = countedTable(aws);
    const warm = createApp({
      ...counted,
      clock: () => now,
      tenants: cachedTenantLookup(aws.db, aws.tableName),
    });
    const post = (key: string) =>
      warm.request('/api/swv/swv-a/vragen', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(validQuestion()),
      });
    expect((await post(randomUUID())).status).toBe(201); // the settings cache warms up
    reads.requests = 0;
    const key = randomUUID();
    expect((await post(key)).status).toBe(201);
    expect(reads.requests).toBe(2);
    // A retry finds its question when the write's condition fails: one read more.
    reads.requests = 0;
    expect((await post(key)).status).toBe(200);
    expect(reads.requests).toBe(3);
  });

  it('creates exactly one question when the same request arrives many times at once', async () => {
    const key = randomUUID();
    const before = (await questionsOf(aws, 'swv-a')).length;
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => ask('swv-a', validQuestion(), key)),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status).filter((s) => s === 201)).toHaveLength(1);
    expect(responses.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect((await questionsOf(aws, 'swv-a')).length).toBe(before + 1);
  });

  it('never gives two questions the same reference', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => ask('swv-a', validQuestion())),
    );
    const references = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { reference: string }).reference),
    );
    expect(new Set(references).size).toBe(20);
  });

  it('refuses a key that was used for a different question', async () => {
    const key = randomUUID();
    expect((await ask('swv-a', validQuestion(), key)).status).toBe(201);
    const reused = await ask('swv-a', validQuestion({ topic: 'opp' }), key);
    expect(reused.status).toBe(422);
  });

  it('answers bad input with Dutch messages per field, in form order, and stores nothing', async () => {
    const before = (await questionsOf(aws, 'swv-a')).length;
    const response = await ask('swv-a', {
      role: 'buurman',
      question: 'kort',
      schoolType: 'po',
      gemeente: 'Haarlemmermeer',
      contactChannel: 'email',
      email: 'geen-adres',
      consent: false,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(body.errors).toEqual([
      { field: 'role', message: 'Kies wie de vraag stelt' },
      { field: 'topic', message: 'Kies waar je vraag over gaat' },
      { field: 'question', message: 'Je vraag is te kort. Schrijf minstens 10 tekens' },
      { field: 'email', message: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' },
      { field: 'consent', message: 'Geef aan dat je de privacyverklaring hebt gelezen' },
    ]);
    expect((await questionsOf(aws, 'swv-a')).length).toBe(before);
  });

  it('asks for the contact detail that belongs to the chosen channel', async () => {
    const response = await ask('swv-a', validQuestion({ contactChannel: 'telefoon', phone: '' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ field: 'phone', message: expect.stringContaining('telefoonnummer') }],
    });
  });

  it('only accepts a gemeente of the SWV or "anders"', async () => {
    const outside = await ask('swv-a', validQuestion({ gemeente: 'Enschede' }));
    expect(outside.status).toBe(400);
    expect(await outside.json()).toMatchObject({ errors: [{ field: 'gemeente' }] });
    expect((await ask('swv-a', validQuestion({ gemeente: 'anders' }))).status).toBe(201);
  });

  it('answers 404 for an unknown SWV and 400 without an idempotency key', async () => {
    expect((await ask('bestaat-niet', validQuestion())).status).toBe(404);
    const noKey = await ask('swv-a', validQuestion(), null);
    expect(noKey.status).toBe(400);
    expect(await noKey.json()).toMatchObject({
      message: expect.stringContaining('Idempotency-Key'),
    });
  });

  it('never answers 5xx to malformed or hostile input', async () => {
    const junk: unknown[] = [
      '{"role":',
      'null',
      '[]',
      '"tekst"',
      '42',
      { ...validQuestion(), question: 'x'.repeat(5000) },
      { ...validQuestion(), consent: 'true' },
      { ...validQuestion(), role: { $ne: null } },
      { ...validQuestion(), email: ['a@b.nl'] },
      { ...validQuestion(), gemeente: 'x'.repeat(500) },
      { ...validQuestion(), name: '<script>alert(1)</script>'.repeat(10) },
    ];
    for (const body of junk) {
      const response = await ask('swv-a', body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.json()).toHaveProperty('message');
    }
    const notJson = await app.request('/api/swv/swv-a/vragen', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'idempotency-key': randomUUID() },
      body: 'hallo',
    });
    expect(notJson.status).toBe(415);
    const huge = await ask('swv-a', { ...validQuestion(), question: 'x'.repeat(70 * 1024) });
    expect(huge.status).toBe(413);
    const badTenant = await ask('../../etc', validQuestion());
    expect(badTenant.status).toBeLessThan(500);
  });

  it('describes the route in the OpenAPI document, from the same schema', () => {
    const doc = openApiDocument() as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(doc.paths['/api/swv/{swv}/vragen']).toBeDefined();
    expect(doc.components.schemas.QuestionInput?.required).toEqual(
      expect.arrayContaining(['role', 'topic', 'question', 'consent']),
    );
  });
});
