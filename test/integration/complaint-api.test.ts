import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import { caseKey, inboxPartition } from '../../functions/cases/case-keys.ts';
import { toDetail, type StoredCase } from '../../functions/cases/case-view.ts';
import { drainOutbox } from '../../functions/mail/mail-worker.ts';
import { mailTemplates } from '../../functions/mail-worker/mail-templates.ts';
import { factsOf, syncFacts } from '../../functions/monitor/facts.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import { addTenant, startLocalAws, testTenant, type LocalAws } from '../support/local-aws.ts';
import { readItem } from '../support/table-reads.ts';

let aws: LocalAws;
// A Tuesday; the default target is five working days later, Tuesday 1 December 09.30 UTC.
const now = new Date('2026-11-24T09:30:00Z');
const tenant = { ...testTenant('swv-klacht'), steunpunt: 'steunpunt-klacht' };
let app: ReturnType<typeof createApp>;
const deps = () => ({ db: aws.db, tableName: aws.tableName, clock: () => now });

beforeAll(async () => {
  aws = await startLocalAws();
  await addTenant(aws, tenant);
  app = createApp({ ...deps(), tenants: cachedTenantLookup(aws.db, aws.tableName) });
});
afterAll(() => aws.stop());
beforeEach(async () => {
  await drainOutbox(worker());
  await fetch(`${aws.localSes.endpoint}/clear-store`, { method: 'POST' });
});

const worker = (at = now) => ({
  ...deps(),
  clock: () => at,
  ses: aws.ses,
  mailFrom: 'Steunpunt <noreply@steunpunt-portaal.example>',
  templates: mailTemplates,
  random: () => 0.5,
});

const validComplaint = (overrides: Record<string, unknown> = {}) => ({
  role: 'ouder',
  route: 'bezwaar-tlv',
  about: 'Samenwerkingsverband Voorbeeld',
  decisionDate: '2026-10-20',
  whatHappened: 'Het SWV heeft de TLV voor mijn zoon geweigerd. Ik ben het daar niet mee eens.',
  spokenWith: 'De intern begeleider',
  outcomeWanted: 'Dat mijn zoon naar het speciaal onderwijs kan.',
  wantsLetterHelp: true,
  childName: 'J.',
  name: 'Anna de Vries',
  contactChannel: 'email',
  email: 'anna.devries@example.nl',
  phone: '',
  reminder: true,
  consent: true,
  ...overrides,
});

function complain(body: unknown, key: string | null = randomUUID()) {
  return app.request(`/api/swv/${tenant.slug}/klachten`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });
}

async function casesStored() {
  const { Items } = await aws.db.send(
    new QueryCommand({
      TableName: aws.tableName,
      IndexName: 'inbox',
      KeyConditionExpression: 'inboxPk = :p',
      ExpressionAttributeValues: { ':p': inboxPartition(tenant.steunpunt, 'nieuw') },
    }),
  );
  return Items ?? [];
}

async function created(body: unknown, key = randomUUID()) {
  const response = await complain(body, key);
  expect(response.status).toBe(201);
  const answer = (await response.json()) as { reference: string; dueAt: string };
  return { key, answer, item: (await readItem(aws, caseKey(tenant.slug, key)))! };
}

describe('POST /api/swv/:swv/klachten', () => {
  it('stores a complaint with a K- reference, its route, date and last day to file', async () => {
    const { answer, item } = await created(validComplaint({ decisionDate: '2025-04-17' }));
    expect(answer.reference).toMatch(/^K-2026-\d{6}$/);
    expect(item).toMatchObject({
      kind: 'complaint',
      reference: answer.reference,
      route: 'bezwaar-tlv',
      decisionDate: '2025-04-17',
      // Thursday 17 April 2025: six weeks end on Thursday 29 May, Hemelvaartsdag; Friday 30
      // May is a decree day and the weekend follows, so Monday 2 June.
      filingDeadline: '2025-06-02',
      wantsLetterHelp: true,
      reminder: true,
      topic: 'klacht-geschil',
      personal: {
        about: 'Samenwerkingsverband Voorbeeld',
        whatHappened: expect.stringContaining('TLV'),
        childName: 'J.',
        email: 'anna.devries@example.nl',
      },
    });
    // The last day has passed: the target is the moment of receipt, never in the past.
    expect(answer.dueAt).toBe(now.toISOString());
  });

  it('caps the first-answer target two working days before the last day to file', async () => {
    // Tuesday 20 October 2026 + six weeks = Tuesday 1 December; the normal target (also 1
    // December, 09.30 UTC) would be that very day: capped to Friday 27 November, 17.00.
    const { answer, item } = await created(validComplaint({ decisionDate: '2026-10-20' }));
    expect(item.filingDeadline).toBe('2026-12-01');
    expect(answer.dueAt).toBe('2026-11-27T16:00:00.000Z');
    expect(item.dueAt).toBe(answer.dueAt);
    // The case page gets the complaint's own facts and texts.
    expect(toDetail(item as StoredCase, [], now, 'u-anna')).toMatchObject({
      kind: 'complaint',
      route: 'bezwaar-tlv',
      decisionDate: '2026-10-20',
      filingDeadline: '2026-12-01',
      wantsLetterHelp: true,
      reminder: true,
      personal: { about: 'Samenwerkingsverband Voorbeeld', outcomeWanted: expect.any(String) },
    });
  });

  it('keeps the normal target when the deadline is far, or unknown', async () => {
    const lkc = await created(validComplaint({ route: 'klacht', decisionDate: '2026-11-01' }));
    expect(lkc.item.filingDeadline).toBe('2027-11-01');
    expect(lkc.answer.dueAt).toBe('2026-12-01T09:30:00.000Z');
    const unknown = await created(validComplaint({ route: 'weet-ik-niet', decisionDate: '' }));
    expect(unknown.item.filingDeadline).toBeUndefined();
    expect(unknown.item.decisionDate).toBeUndefined();
    expect(unknown.item.route).toBe('weet-ik-niet');
    expect(unknown.answer.dueAt).toBe('2026-12-01T09:30:00.000Z');
  });

  it('answers a retry with the same key with the same case, and sends one mail', async () => {
    const key = randomUUID();
    const before = (await casesStored()).length;
    const first = await complain(validComplaint(), key);
    const again = await complain(
      validComplaint({ about: ' Samenwerkingsverband Voorbeeld ' }),
      key,
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect((await casesStored()).length).toBe(before + 1);
    expect(await drainOutbox(worker())).toMatchObject({ sent: 1, failed: 0 });
    expect(await aws.localSes.mails()).toHaveLength(1);
    const reused = await complain(validComplaint({ outcomeWanted: 'Iets anders.' }), key);
    expect(reused.status).toBe(422);
  });

  it('confirms by mail: reference, route, last day in words, answer date, name, Reply-To', async () => {
    const { answer } = await created(validComplaint());
    await drainOutbox(worker());
    const [mail, ...more] = await aws.localSes.mails();
    expect(more).toHaveLength(0);
    expect(mail!.destination.to).toEqual(['anna.devries@example.nl']);
    expect(mail!.replyTo).toEqual([tenant.steunpuntEmail]);
    expect(mail!.subject).toBe(`We hebben je vraag om hulp ontvangen (${answer.reference})`);
    const text = mail!.body.text;
    expect(text).toMatch(/^Hallo Anna de Vries,\n/);
    expect(text).toContain(`Je referentienummer is ${answer.reference}.`);
    expect(text).toContain('Route: Bezwaar maken tegen het besluit over de TLV');
    expect(text).toContain('Dien het uiterlijk dinsdag 1 december 2026 in.');
    expect(text).toContain('Je krijgt uiterlijk op vrijdag 27 november 2026 een reactie.');
    expect(text).not.toContain('geweigerd');
    expect(mail!.body.html).toContain(`<strong>${answer.reference}</strong>`);
  });

  it('sends the reminder a week before the last day, at 10.00, only when asked', async () => {
    // Friday 20 November 2026 + six weeks = Friday 1 January 2027, Nieuwjaarsdag; then the
    // weekend: Monday 4 January. A week before it, 10.00 in Amsterdam (09.00 UTC).
    const { answer, item } = await created(validComplaint({ decisionDate: '2026-11-20' }));
    expect(item.filingDeadline).toBe('2027-01-04');
    expect(item.mails.reminder).toMatchObject({
      template: 'complaint-reminder',
      to: 'anna.devries@example.nl',
      replyTo: tenant.steunpuntEmail,
      nextAttemptAt: '2026-12-28T09:00:00.000Z',
    });
    expect(await drainOutbox(worker())).toMatchObject({ sent: 1 });
    expect(await drainOutbox(worker(new Date('2026-12-28T08:59:00Z')))).toMatchObject({ sent: 0 });
    expect(await drainOutbox(worker(new Date('2026-12-28T09:00:00Z')))).toMatchObject({ sent: 1 });
    const mails = await aws.localSes.mails();
    expect(mails).toHaveLength(2);
    const reminder = mails.find((mail) => mail.subject.startsWith('Herinnering'))!;
    expect(reminder.subject).toBe(`Herinnering: de termijn loopt bijna af (${answer.reference})`);
    expect(reminder.replyTo).toEqual([tenant.steunpuntEmail]);
    expect(reminder.body.text).toContain('Dien het uiterlijk maandag 4 januari 2027 in.');

    const without = await created(validComplaint({ decisionDate: '2026-11-20', reminder: false }));
    expect(without.item.mails.reminder).toBeUndefined();
    expect(without.item.mails.confirmation).toBeDefined();
  });

  it('says the term has passed when the last day lies before the day it came in', async () => {
    await created(validComplaint({ decisionDate: '2025-04-17', name: '' }));
    await drainOutbox(worker());
    const [mail] = await aws.localSes.mails();
    expect(mail!.body.text).toMatch(/^Hallo,\n/);
    expect(mail!.body.text).toContain(
      'De termijn om dit in te dienen liep af op maandag 2 juni 2025.',
    );
  });

  it('answers bad input with Dutch messages per field, in form order, and stores nothing', async () => {
    const before = (await casesStored()).length;
    const response = await complain({
      role: 'buurman',
      route: 'rechtbank',
      about: '',
      decisionDate: '2999-01-01',
      whatHappened: 'kort',
      outcomeWanted: '',
      wantsLetterHelp: 'ja',
      childName: '12-03-2015',
      contactChannel: 'email',
      email: 'geen-adres',
      reminder: false,
      consent: false,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(body.errors).toEqual([
      { field: 'role', message: 'Kies wie om hulp vraagt' },
      { field: 'route', message: 'Kies waar je hulp bij wilt, of kies "Weet ik niet"' },
      {
        field: 'about',
        message: 'Schrijf op over welke school, welk schoolbestuur of welke organisatie het gaat',
      },
      { field: 'decisionDate', message: 'De datum kan niet in de toekomst liggen' },
      { field: 'whatHappened', message: 'Je tekst is te kort. Schrijf minstens 10 tekens' },
      { field: 'outcomeWanted', message: 'Schrijf op wat je wilt bereiken' },
      {
        field: 'wantsLetterHelp',
        message: 'Kies of je hulp wilt bij het schrijven van een brief',
      },
      {
        field: 'childName',
        message: 'Vul alleen de voornaam of de voorletters van je kind in',
      },
      { field: 'email', message: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' },
      { field: 'consent', message: 'Geef aan dat je de privacyverklaring hebt gelezen' },
    ]);
    expect((await casesStored()).length).toBe(before);
  });

  it('asks for an e-mail address when the person wants a reminder', async () => {
    const response = await complain(
      validComplaint({ contactChannel: 'telefoon', phone: '0612345678', email: '' }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [
        { field: 'email', message: 'Vul je e-mailadres in, want de herinnering komt per e-mail' },
      ],
    });
  });

  it('records the route and kind in the monitor fact, never a text', async () => {
    const { key } = await created(validComplaint({ route: 'gpo', decisionDate: '2026-11-02' }));
    await syncFacts(deps(), 200);
    const facts = await factsOf(deps(), tenant.slug, '2026-11');
    const fact = facts.find((candidate) => candidate.sk.endsWith(`#${key}`));
    expect(fact).toMatchObject({ kind: 'complaint', route: 'gpo', topic: 'klacht-geschil' });
    const stored = JSON.stringify(fact);
    for (const text of ['Voorbeeld', 'TLV', 'intern begeleider', 'Anna', 'J.', '2026-11-02']) {
      expect(stored).not.toContain(text);
    }
  });
});
