import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backofficePrivacyRoutes } from '../../functions/api/backoffice-privacy-routes.ts';
import type { Principal } from '../../functions/auth/principal.ts';
import type { CaseSummary } from '../../functions/cases/case.ts';
import { factKey, factsOf, syncFacts } from '../../functions/monitor/facts.ts';
import type { BackofficeEnv as PrincipalEnv } from '../../functions/auth/middleware.ts';
import { purgeAttributes } from '../../functions/cases/case-retention.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { inboxPartition, caseKey } from '../../functions/cases/case-keys.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { complaintInput } from '../../functions/cases/intakes/complaint-schema.ts';
import { submitComplaint } from '../../functions/cases/intakes/complaint.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import {
  addTenant,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from '../support/local-aws.ts';
import { captureLogs, type LogCapture } from '../support/capture-logs.ts';
import { itemsUnder, readItem } from '../support/table-reads.ts';

let aws: LocalAws;
let now = new Date('2026-11-24T10:00:00Z');
let principal: Principal | undefined;
let app: Hono<PrincipalEnv>;

// Two SWVs of one steunpunt, and one of another steunpunt.
const swvA = testTenant('swv-pa');
const swvB = testTenant('swv-pb');
const swvOther: Tenant = { ...testTenant('swv-pc'), steunpunt: 'steunpunt-ander' };

const person = {
  name: 'Joris Verhoeven',
  email: 'joris.verhoeven@example.nl',
  phone: '0612345678',
};
const questionText = 'Onze dochter Lotte kan niet naar de sbo-school omdat er geen TLV is.';
const noteText = 'Joris belde terug, Lotte zit nu twee weken thuis.';

const coordinator: Principal = {
  userId: 'user-coordinator',
  name: 'Carla Coördinator',
  email: 'carla@steunpunt.example',
  role: 'coordinator',
  steunpunt: 'steunpunt-test',
};

interface Seeded {
  tenant: Tenant;
  key: string;
  pk: string;
  reference: string;
}
const seeded: Record<'a' | 'b' | 'other' | 'stranger', Seeded> = {} as never;

/** Everything written to stdout and stderr while the tests run. */
let output: LogCapture;

beforeAll(async () => {
  aws = await startLocalAws();
  for (const tenant of [swvA, swvB, swvOther]) await addTenant(aws, tenant);
  output = captureLogs();
  principal = coordinator;
  const routes = backofficePrivacyRoutes({
    db: aws.db,
    tableName: aws.tableName,
    clock: () => now,
    tenants: cachedTenantLookup(aws.db, aws.tableName),
  });
  app = new Hono<PrincipalEnv>().basePath('/api');
  // Stands in for the auth middleware: the verified caller.
  app.use('*', async (c, next) => {
    c.set('principal', principal);
    await next();
  });
  app.route('/', routes);

  seeded.a = await ask(swvA, person, new Date('2026-11-02T10:00:00Z'));
  seeded.b = await ask(swvB, person, new Date('2026-11-10T10:00:00Z'));
  seeded.other = await ask(swvOther, person, new Date('2026-11-11T10:00:00Z'));
  seeded.stranger = await ask(
    swvA,
    { name: 'Iemand Anders', email: 'iemand@example.nl', phone: '' },
    new Date('2026-11-12T10:00:00Z'),
  );
  await addNote(seeded.a, new Date('2026-11-03T10:00:00Z'), noteText);
  await addSentReply(seeded.a);
});
afterAll(async () => {
  output.stop();
  await aws.stop();
});

async function ask(tenant: Tenant, who: typeof person, at: Date): Promise<Seeded> {
  const key = randomUUID();
  const outcome = await submitQuestion(
    { db: aws.db, tableName: aws.tableName, clock: () => at },
    tenant,
    questionInput.parse(validQuestion({ ...who, question: questionText })),
    key,
  );
  if (outcome.kind !== 'created') throw new Error('not created');
  return { tenant, key, pk: caseKey(tenant.slug, key).pk, reference: outcome.reference };
}

/** A question with other answers than the default person: phone only, for instance. */
async function askWith(tenant: Tenant, fields: Record<string, string>, at: Date): Promise<Seeded> {
  const key = randomUUID();
  const outcome = await submitQuestion(
    { db: aws.db, tableName: aws.tableName, clock: () => at },
    tenant,
    questionInput.parse(validQuestion({ ...fields, question: questionText })),
    key,
  );
  if (outcome.kind !== 'created') throw new Error('not created');
  return { tenant, key, pk: caseKey(tenant.slug, key).pk, reference: outcome.reference };
}

async function addNote(c: Seeded, at: Date, text: string) {
  await aws.db.send(
    new PutCommand({
      TableName: aws.tableName,
      Item: {
        pk: c.pk,
        sk: `EVENT#${at.toISOString()}#${randomUUID()}`,
        type: 'note',
        at: at.toISOString(),
        by: 'user-medewerker',
        byName: 'Mieke Medewerker',
        text,
      },
    }),
  );
}

/** A reply the case API sent: in the item's mails, with the person's address. */
async function addSentReply(c: Seeded) {
  await aws.db.send(
    new UpdateCommand({
      TableName: aws.tableName,
      Key: caseKey(c.tenant.slug, c.key),
      UpdateExpression: 'SET mails.reply1 = :mail',
      ExpressionAttributeValues: {
        ':mail': {
          template: 'case-reply',
          to: person.email,
          params: { subject: 'Uw vraag over Lotte', body: 'Beste Joris, bel ons gerust.' },
          status: 'sent',
          attempts: 1,
          nextAttemptAt: '2026-11-04T10:00:00.000Z',
          sentAt: '2026-11-04T10:00:01.000Z',
        },
      },
    }),
  );
}

async function close(c: Seeded, at: Date) {
  await aws.db.send(
    new UpdateCommand({
      TableName: aws.tableName,
      Key: caseKey(c.tenant.slug, c.key),
      UpdateExpression:
        'SET #status = :closed, closedAt = :at, inboxPk = :inbox, purgePk = :purgePk, purgeSk = :purgeSk ADD version :one',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':closed': 'afgerond',
        ':at': at.toISOString(),
        ':inbox': inboxPartition(c.tenant.steunpunt, 'afgerond'),
        ':one': 1,
        ...Object.fromEntries(
          Object.entries(purgeAttributes(c.pk, at)).map(([k, v]) => [`:${k}`, v]),
        ),
      },
    }),
  );
}

async function caseItem(c: Seeded) {
  return (await readItem(aws, caseKey(c.tenant.slug, c.key)))!;
}

function notesOf(c: Seeded) {
  return itemsUnder(aws, c.pk, 'EVENT#');
}

async function audit(action: string) {
  const { Items } = await aws.db.send(
    new QueryCommand({
      TableName: aws.tableName,
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: '#action = :action',
      ExpressionAttributeNames: { '#action': 'action' },
      ExpressionAttributeValues: { ':pk': 'SP#steunpunt-test#AUDIT#2026-11', ':action': action },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}

function post(path: string, body: unknown, key?: string) {
  return app.request(`/api/backoffice/personen/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(body),
  });
}

const personalTraces = [person.name, person.email, person.phone, questionText, noteText, 'Lotte'];

describe('person requests', () => {
  it('only a coördinator of a steunpunt may make them', async () => {
    principal = undefined;
    expect((await post('zoeken', { email: person.email })).status).toBe(401);
    principal = { ...coordinator, role: 'medewerker' };
    const refused = await post('zoeken', { email: person.email });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      message: 'Alleen een coördinator kan verzoeken over persoonsgegevens afhandelen.',
    });
    principal = { ...coordinator, steunpunt: undefined };
    expect((await post('export', { email: person.email })).status).toBe(403);
    principal = coordinator;
  });

  it('answers bad input with a Dutch message per field', async () => {
    const bad = await post('zoeken', { email: 'joris-at-example' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ field: 'email', message: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' }],
    });
    const missing = await post('export', { email: ' ', phone: '' });
    expect(await missing.json()).toMatchObject({
      errors: [
        { field: 'email', message: 'Vul het e-mailadres of het telefoonnummer van de persoon in' },
      ],
    });
    const badPhone = await post('zoeken', { phone: '06-1234' });
    expect(badPhone.status).toBe(400);
    expect(await badPhone.json()).toMatchObject({
      errors: [{ field: 'phone', message: 'Vul een telefoonnummer in zoals 06 12345678' }],
    });
    const noKey = await post('verwijderen', { email: person.email });
    expect(noKey.status).toBe(400);
    expect((await caseItem(seeded.a)).personal).toBeDefined();
  });

  it('finds the cases of an address across the SWVs of the steunpunt, never another steunpunt', async () => {
    const response = await post('zoeken', { email: '  Joris.Verhoeven@Example.NL ' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { cases: CaseSummary[] };
    expect(body.cases.map((c) => c.reference)).toEqual([seeded.b.reference, seeded.a.reference]);
    expect(body.cases.map((c) => c.tenant)).toEqual(['swv-pb', 'swv-pa']);
    expect(body.cases[0]).toMatchObject({ status: 'nieuw', topic: 'ondersteuning', role: 'ouder' });
    for (const trace of personalTraces) expect(JSON.stringify(body)).not.toContain(trace);

    principal = { ...coordinator, steunpunt: 'steunpunt-ander' };
    const other = (await (await post('zoeken', { email: person.email })).json()) as {
      cases: CaseSummary[];
    };
    expect(other.cases.map((c) => c.tenant)).toEqual(['swv-pc']);
    principal = coordinator;

    const entries = await audit('inzage');
    expect(entries.map((e) => e.reference).sort()).toEqual(
      [seeded.a.reference, seeded.b.reference].sort(),
    );
    expect(entries[0]).toMatchObject({
      userId: 'user-coordinator',
      userName: 'Carla Coördinator',
      role: 'coordinator',
      action: 'inzage',
      at: now.toISOString(),
    });
    expect(Object.keys(entries[0]!).sort()).toEqual(
      ['pk', 'sk', 'userId', 'userName', 'role', 'action', 'tenant', 'reference', 'at'].sort(),
    );
  });

  it('exports everything stored about the person in those cases', async () => {
    const response = await post('export', { email: person.email });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="persoonsgegevens-2026-11-24.json"',
    );
    const body = (await response.json()) as {
      vragen: {
        referentie: string;
        samenwerkingsverband: string;
        persoonsgegevens: Record<string, string>;
        mails: { aan: string; status: string }[];
        geschiedenis: { wat: string; tekst?: string }[];
      }[];
    };
    expect(body.vragen.map((v) => v.referentie)).toEqual([seeded.b.reference, seeded.a.reference]);
    const a = body.vragen[1]!;
    expect(a.samenwerkingsverband).toBe('Samenwerkingsverband swv-pa');
    expect(a.persoonsgegevens).toEqual({
      naam: person.name,
      email: person.email,
      telefoon: person.phone,
      vraag: questionText,
    });
    expect(a.mails).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ aan: person.email, status: 'pending' }),
        expect.objectContaining({ aan: person.email, status: 'sent' }),
      ]),
    );
    expect(a.geschiedenis).toEqual([expect.objectContaining({ wat: 'Notitie', tekst: noteText })]);
    const text = JSON.stringify(body);
    // References count per SWV, so tell the other steunpunt's case by its SWV.
    expect(text).not.toContain('swv-pc');
    expect(text).not.toContain('Mieke');
    expect((await audit('export')).map((e) => e.reference).sort()).toEqual(
      [seeded.a.reference, seeded.b.reference].sort(),
    );
  });

  it('refuses to erase while a case is open, and erases nothing', async () => {
    const response = await post('verwijderen', { email: person.email }, randomUUID());
    expect(response.status).toBe(409);
    const body = (await response.json()) as { message: string };
    expect(body.message).toContain(seeded.a.reference);
    expect(body.message).toContain('Er is nog niets verwijderd.');
    expect((await caseItem(seeded.a)).personal).toMatchObject({ name: person.name });
    expect((await caseItem(seeded.b)).personal).toMatchObject({ name: person.name });
  });

  it('erases the personal data of the closed cases, keeps their facts, and answers a retry the same', async () => {
    await close(seeded.a, new Date('2026-11-20T10:00:00Z'));
    await close(seeded.b, new Date('2026-11-21T10:00:00Z'));
    now = new Date('2026-11-24T11:00:00Z');
    const key = randomUUID();
    const response = await post('verwijderen', { email: person.email }, key);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({
      erased: expect.arrayContaining([
        { tenant: 'swv-pa', reference: seeded.a.reference },
        { tenant: 'swv-pb', reference: seeded.b.reference },
      ]),
      erasedAt: now.toISOString(),
    });

    for (const c of [seeded.a, seeded.b]) {
      const item = await caseItem(c);
      expect(item.personal).toBeUndefined();
      expect(item.erasedAt).toBe(now.toISOString());
      expect(item.purgePk).toBeUndefined();
      const stored = JSON.stringify([item, await notesOf(c)], (_k, v: unknown) =>
        v instanceof Set ? [...v] : v,
      );
      for (const trace of personalTraces) expect(stored).not.toContain(trace);
      // The fact was written before the erasure and stays.
      const fact = await readItem(aws, factKey(c.tenant.slug, String(item.createdAt), c.key));
      expect(fact).toMatchObject({ status: 'afgerond', topic: 'ondersteuning' });
    }
    const monitor = await factsOf({ ...aws, clock: () => now }, 'swv-pa', '2026-11');
    expect(monitor.map((f) => f.sk)).toContain(`2026-11#${seeded.a.key}`);

    // The other steunpunt's case and another person's case are untouched.
    expect((await caseItem(seeded.other)).personal).toMatchObject({ email: person.email });
    expect((await caseItem(seeded.stranger)).personal).toMatchObject({ name: 'Iemand Anders' });

    const retry = await post('verwijderen', { email: person.email }, key);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual(body);
    const reused = await post('verwijderen', { email: 'iemand@example.nl' }, key);
    expect(reused.status).toBe(422);
    expect((await caseItem(seeded.stranger)).personal).toBeDefined();

    expect((await audit('verwijderd')).map((e) => e.reference).sort()).toEqual(
      [seeded.a.reference, seeded.b.reference].sort(),
    );
    const search = (await (await post('zoeken', { email: person.email })).json()) as {
      cases: unknown[];
    };
    expect(search.cases).toEqual([]);
    expect((await post('export', { email: person.email })).status).toBe(404);
    expect((await post('verwijderen', { email: person.email }, randomUUID())).status).toBe(404);
    // The fact sync has nothing personal to bring back.
    await syncFacts({ ...aws, clock: () => now });
    expect((await caseItem(seeded.a)).personal).toBeUndefined();
  });

  it('erases once when the same request arrives several times at once', async () => {
    const who = { name: 'Sanne Parallel', email: 'sanne.parallel@example.nl', phone: '' };
    const c = await ask(swvA, who, new Date('2026-11-05T10:00:00Z'));
    await close(c, new Date('2026-11-06T10:00:00Z'));
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 3 }, () => post('verwijderen', { email: who.email }, key)),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect((await caseItem(c)).personal).toBeUndefined();
    const entries = (await audit('verwijderd')).filter((e) => e.reference === c.reference);
    expect(entries.filter((e) => e.tenant === 'swv-pa')).toHaveLength(1);
  });

  it('logged no personal data and no audit entry holds any', async () => {
    const logged = output.text();
    expect(logged).toContain('privacy.erased');
    for (const trace of personalTraces) expect(logged).not.toContain(trace);
    const { Items } = await aws.db.send(
      new QueryCommand({
        TableName: aws.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'SP#steunpunt-test#AUDIT#2026-11' },
      }),
    );
    expect(Items!.length).toBeGreaterThan(0);
    for (const trace of personalTraces) expect(JSON.stringify(Items)).not.toContain(trace);
  });
});

describe('person requests for a complaint', () => {
  const fenna = { name: 'Fenna Smit', email: 'fenna.smit@example.nl' };
  const texts = {
    about: 'Basisschool De Linde',
    whatHappened: 'Mijn zoon Bram is al drie weken geschorst zonder gesprek.',
    spokenWith: 'De directeur van De Linde',
    outcomeWanted: 'Dat Bram weer naar school mag.',
    childName: 'Bram',
  };
  let complaint: Seeded;

  beforeAll(async () => {
    const key = randomUUID();
    const at = new Date('2026-11-17T10:00:00Z');
    const outcome = await submitComplaint(
      { db: aws.db, tableName: aws.tableName, clock: () => at },
      swvA,
      complaintInput.parse({
        role: 'ouder',
        route: 'schorsing',
        decisionDate: '2026-11-02',
        wantsLetterHelp: false,
        contactChannel: 'email',
        reminder: false,
        consent: true,
        ...fenna,
        ...texts,
      }),
      key,
    );
    if (outcome.kind !== 'created') throw new Error('not created');
    complaint = { tenant: swvA, key, pk: caseKey(swvA.slug, key).pk, reference: outcome.reference };
  });

  it('exports the complaint with its own texts under their export names', async () => {
    expect(complaint.reference).toMatch(/^K-2026-\d{6}$/);
    const response = await post('export', { email: fenna.email });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      vragen: { referentie: string; persoonsgegevens: Record<string, string> }[];
    };
    expect(body.vragen.map((v) => v.referentie)).toEqual([complaint.reference]);
    expect(body.vragen[0]!.persoonsgegevens).toEqual({
      naam: fenna.name,
      email: fenna.email,
      'over wie': texts.about,
      'wat er gebeurde': texts.whatHappened,
      'al gesproken met': texts.spokenWith,
      'gewenste uitkomst': texts.outcomeWanted,
      'naam kind': texts.childName,
    });
  });

  it('erases every text of the complaint and keeps its route and dates', async () => {
    await close(complaint, new Date('2026-11-18T10:00:00Z'));
    const response = await post('verwijderen', { email: fenna.email }, randomUUID());
    expect(response.status).toBe(200);
    const item = await caseItem(complaint);
    expect(item.personal).toBeUndefined();
    expect(item).toMatchObject({
      kind: 'complaint',
      route: 'schorsing',
      decisionDate: '2026-11-02',
    });
    const stored = JSON.stringify(item, (_k, v: unknown) => (v instanceof Set ? [...v] : v));
    for (const trace of [fenna.name, fenna.email, 'Linde', 'Bram', 'geschorst']) {
      expect(stored).not.toContain(trace);
    }
  });
});

describe('person requests by phone number', () => {
  // One person: once by the form with e-mail and phone, once by phone only (another SWV
  // of the steunpunt), once at another steunpunt; each time the number typed differently.
  const sem = { name: 'Sem Bakker', email: 'sem.bakker@example.nl', phone: '06 98765432' };
  const semTraces = [sem.name, sem.email, '98765432'];
  let byForm: Seeded;
  let byPhoneOnly: Seeded;
  let elsewhere: Seeded;
  let otherNumber: Seeded;

  const phoneOnly = (phone: string) => ({
    name: sem.name,
    email: '',
    phone,
    contactChannel: 'telefoon',
  });

  beforeAll(async () => {
    byForm = await ask(swvA, sem, new Date('2026-11-13T10:00:00Z'));
    byPhoneOnly = await askWith(
      swvB,
      phoneOnly('+31 6 9876 5432'),
      new Date('2026-11-14T10:00:00Z'),
    );
    elsewhere = await askWith(
      swvOther,
      phoneOnly('0031698765432'),
      new Date('2026-11-15T10:00:00Z'),
    );
    otherNumber = await askWith(swvA, phoneOnly('0698765433'), new Date('2026-11-16T10:00:00Z'));
  });

  async function search(body: Record<string, string>) {
    const response = await post('zoeken', body);
    expect(response.status).toBe(200);
    const found = (await response.json()) as { cases: CaseSummary[] };
    for (const trace of semTraces) expect(JSON.stringify(found)).not.toContain(trace);
    return found.cases.map((c) => `${c.tenant} ${c.reference}`);
  }

  it('stores a hash of the number in one spelling, never the number, in the phone index', async () => {
    const [a, b, c] = [
      await caseItem(byForm),
      await caseItem(byPhoneOnly),
      await caseItem(elsewhere),
    ];
    expect(a.phonePk).toMatch(/^PHONE#[0-9a-f]{64}$/);
    expect(b.phonePk).toBe(a.phonePk);
    expect(c.phonePk).toBe(a.phonePk);
    expect((await caseItem(otherNumber)).phonePk).not.toBe(a.phonePk);
    expect(b.personPk).toBeUndefined();
    expect(a.phoneSk).toBe('2026-11-13T10:00:00.000Z');
  });

  it('finds the cases by phone number, however it is typed, within the steunpunt only', async () => {
    const expected = [`swv-pb ${byPhoneOnly.reference}`, `swv-pa ${byForm.reference}`];
    expect(await search({ phone: '06 98765432' })).toEqual(expected);
    expect(await search({ phone: '+31 (0)6-98765432' })).toEqual(expected);
    expect(await search({ phone: '0031698765432' })).toEqual(expected);
    expect(await search({ phone: '0698765433' })).toEqual([`swv-pa ${otherNumber.reference}`]);

    principal = { ...coordinator, steunpunt: 'steunpunt-ander' };
    expect(await search({ phone: '06 98765432' })).toEqual([`swv-pc ${elsewhere.reference}`]);
    principal = coordinator;
  });

  it('finds by e-mail only the cases with that address, and by both the cases of either, once', async () => {
    expect(await search({ email: sem.email })).toEqual([`swv-pa ${byForm.reference}`]);
    expect(await search({ email: sem.email, phone: '0698765432' })).toEqual([
      `swv-pb ${byPhoneOnly.reference}`,
      `swv-pa ${byForm.reference}`,
    ]);
    // An address nobody used does not hide what the number finds.
    expect(await search({ email: 'niemand@example.nl', phone: '0698765432' })).toHaveLength(2);
  });

  it('exports the cases found by phone number', async () => {
    const response = await post('export', { phone: '0698765432' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      vragen: { referentie: string; persoonsgegevens: Record<string, string> }[];
    };
    expect(body.vragen.map((v) => v.referentie)).toEqual([byPhoneOnly.reference, byForm.reference]);
    expect(body.vragen[0]!.persoonsgegevens).toMatchObject({ telefoon: '+31698765432' });
  });

  it('erases by phone number: the personal data and both index keys go, the other steunpunt keeps its case', async () => {
    await close(byForm, new Date('2026-11-20T10:00:00Z'));
    await close(byPhoneOnly, new Date('2026-11-20T10:00:00Z'));
    now = new Date('2026-11-24T12:00:00Z');
    const key = randomUUID();
    const response = await post('verwijderen', { phone: '06 98765432' }, key);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({
      erased: expect.arrayContaining([
        { tenant: 'swv-pa', reference: byForm.reference },
        { tenant: 'swv-pb', reference: byPhoneOnly.reference },
      ]),
      erasedAt: now.toISOString(),
    });
    expect((body as { erased: unknown[] }).erased).toHaveLength(2);

    for (const c of [byForm, byPhoneOnly]) {
      const item = await caseItem(c);
      for (const gone of ['personal', 'personPk', 'personSk', 'phonePk', 'phoneSk']) {
        expect(item[gone]).toBeUndefined();
      }
      const stored = JSON.stringify(item, (_k, v: unknown) => (v instanceof Set ? [...v] : v));
      for (const trace of semTraces) expect(stored).not.toContain(trace);
    }
    expect(await search({ phone: '06 98765432' })).toEqual([]);
    expect(await search({ email: sem.email })).toEqual([]);
    expect((await caseItem(elsewhere)).phonePk).toMatch(/^PHONE#/);
    expect((await caseItem(elsewhere)).personal).toMatchObject({ phone: '0031698765432' });
    expect((await caseItem(otherNumber)).personal).toBeDefined();

    // The same request with the number typed another way is a retry, not a reused key.
    const retry = await post('verwijderen', { phone: '+31 6 98765432' }, key);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual(body);
    expect((await post('verwijderen', { phone: '0698765433' }, key)).status).toBe(422);

    // The audit log says that the erasure happened and for how many cases, and no more.
    const entries = (await audit('verwijderd')).filter((e) =>
      [byForm.reference, byPhoneOnly.reference].includes(String(e.reference)),
    );
    expect(entries.map((e) => `${e.tenant} ${e.reference}`).sort()).toEqual(
      [`swv-pa ${byForm.reference}`, `swv-pb ${byPhoneOnly.reference}`].sort(),
    );
    for (const trace of semTraces) expect(JSON.stringify(entries)).not.toContain(trace);
    expect(output.text()).not.toContain('98765432');
  });
});
