/**
 * A steunpunt's public contact: its coördinator (or a beheerder) keeps it in the register,
 * the public route shows it for each SWV, the tenants' copy of the address stays in step,
 * and mails to parents carry it as their Reply-To (read back from the local SES).
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAdminChanges } from '../../functions/admin/admin-log.ts';
import { saveSteunpunt } from '../../functions/admin/steunpunten.ts';
import { steunpuntRegisterKey } from '../../functions/admin/admin-keys.ts';
import { backofficeSteunpuntContactRoutes } from '../../functions/api/backoffice-steunpunt-contact-routes.ts';
import { publicSteunpuntContactRoutes } from '../../functions/api/public-contact-routes.ts';
import type { BackofficeEnv } from '../../functions/auth/middleware.ts';
import { listAudit } from '../../functions/cases/case-audit.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import type { Staff } from '../../functions/auth/tenant-access.ts';
import { createMeetings } from '../../functions/meetings/meeting-admin.ts';
import { meetingKey } from '../../functions/meetings/meeting-keys.ts';
import { signUpInput } from '../../functions/meetings/meeting-schema.ts';
import { meetingInput } from '../../functions/meetings/meeting-staff-schema.ts';
import { signUp } from '../../functions/meetings/sign-up.ts';
import {
  otherSteunpunt,
  startHarness,
  steunpunt,
  users,
  type Harness,
  type User,
} from '../support/api-harness.ts';
import { readItem } from '../support/table-reads.ts';

let h: Harness;
let app: Hono<BackofficeEnv>;
const freshTenant = (slug: string) => cachedTenantLookup(h.aws.db, h.aws.tableName, 0)(slug);

beforeAll(async () => {
  h = await startHarness();
  const store = { db: h.aws.db, tableName: h.aws.tableName };
  await saveSteunpunt(store, { id: steunpunt, name: 'Steunpunt Test' });
  await saveSteunpunt(store, { id: otherSteunpunt, name: 'Steunpunt Elders' });
  const deps = { ...h.deps, tenants: cachedTenantLookup(h.aws.db, h.aws.tableName, 0) };
  app = new Hono<BackofficeEnv>().basePath('/api');
  app.use('*', async (c, next) => {
    const name = c.req.header('x-test-user') as User | undefined;
    c.set('principal', name ? users[name] : undefined);
    await next();
  });
  app.route('/', publicSteunpuntContactRoutes(deps));
  app.route('/', backofficeSteunpuntContactRoutes(deps));
});
afterAll(() => h.stop());
beforeEach(() => h.setNow('2026-11-24T09:30:00Z'));

const contactPath = (id: string) => `/api/backoffice/steunpunten/${id}/contact`;

function put(user: User | null, id: string, body: unknown, key = randomUUID()) {
  return app.request(contactPath(id), {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': key,
      ...(user ? { 'x-test-user': user } : {}),
    },
    body: JSON.stringify(body),
  });
}

const get = (user: User | null, path: string) =>
  app.request(path, { headers: user ? { 'x-test-user': user } : {} });

const fullContact = {
  email: ' Info@Steunpunt-Test.example ',
  phone: '020 123 45 67',
  hours: 'Maandag tot en met donderdag, 9.00 tot 16.00 uur',
  whatsapp: '06 12345678',
  visitingAddress: 'Teststraat 1, 1234 AB Teststad',
  complaintsName: 'Klachtencommissie Test',
  complaintsAddress: 'Postbus 1, 1234 AB Teststad',
};

describe('the coördinator keeps the steunpunt’s public contact', () => {
  it('saves every field under its register name and shows it publicly for each SWV', async () => {
    const response = await put('cora', steunpunt, fullContact);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      steunpunt,
      name: 'Steunpunt Test',
      email: 'info@steunpunt-test.example',
      complaints: { name: 'Klachtencommissie Test', address: 'Postbus 1, 1234 AB Teststad' },
    });

    const item = await readItem(h.aws, steunpuntRegisterKey(steunpunt));
    expect(item).toMatchObject({
      id: steunpunt,
      name: 'Steunpunt Test',
      email: 'info@steunpunt-test.example',
      phone: '020 123 45 67',
      hours: 'Maandag tot en met donderdag, 9.00 tot 16.00 uur',
      whatsapp: '06 12345678',
      visitingAddress: 'Teststraat 1, 1234 AB Teststad',
      complaints: { name: 'Klachtencommissie Test', address: 'Postbus 1, 1234 AB Teststad' },
    });
    // The tenants carry the address into their mails.
    for (const slug of ['swv-a', 'swv-b']) {
      expect((await freshTenant(slug))?.steunpuntEmail).toBe('info@steunpunt-test.example');
    }
    expect((await freshTenant('swv-x'))?.steunpuntEmail).not.toBe('info@steunpunt-test.example');

    const publicAnswer = await get(null, '/api/swv/swv-b/contact');
    expect(publicAnswer.status).toBe(200);
    expect(publicAnswer.headers.get('cache-control')).toBe('public, max-age=60');
    const tag = publicAnswer.headers.get('etag');
    expect(tag).toBeTruthy();
    const unchanged = await app.request('/api/swv/swv-b/contact', {
      headers: { 'if-none-match': tag! },
    });
    expect(unchanged.status).toBe(304);
    expect(await publicAnswer.json()).toEqual({
      steunpunt,
      name: 'Steunpunt Test',
      email: 'info@steunpunt-test.example',
      phone: '020 123 45 67',
      hours: 'Maandag tot en met donderdag, 9.00 tot 16.00 uur',
      whatsapp: '06 12345678',
      visitingAddress: 'Teststraat 1, 1234 AB Teststad',
      complaints: { name: 'Klachtencommissie Test', address: 'Postbus 1, 1234 AB Teststad' },
    });
    expect((await get(null, '/api/swv/bestaat-niet/contact')).status).toBe(404);
  });

  it('keeps the contact when the beheerder renames the steunpunt', async () => {
    await put('cora', steunpunt, fullContact);
    await saveSteunpunt(
      { db: h.aws.db, tableName: h.aws.tableName },
      { id: steunpunt, name: 'Steunpunt Test Nieuw', email: 'info@steunpunt-test.example' },
    );
    const answer = await (await get(null, '/api/swv/swv-a/contact')).json();
    expect(answer).toMatchObject({ name: 'Steunpunt Test Nieuw', phone: '020 123 45 67' });
    await saveSteunpunt(
      { db: h.aws.db, tableName: h.aws.tableName },
      { id: steunpunt, name: 'Steunpunt Test', email: 'info@steunpunt-test.example' },
    );
  });

  it('removes what is emptied: the public answer then has only the name', async () => {
    await put('cora', steunpunt, fullContact);
    const emptied = await put('cora', steunpunt, {
      email: '',
      phone: ' ',
      hours: '',
      whatsapp: '',
      visitingAddress: '',
      complaintsName: '',
      complaintsAddress: '',
    });
    expect(emptied.status).toBe(200);
    expect(await (await get(null, '/api/swv/swv-a/contact')).json()).toEqual({
      steunpunt,
      name: 'Steunpunt Test',
    });
    const item = await readItem(h.aws, steunpuntRegisterKey(steunpunt));
    for (const attribute of [
      'email',
      'phone',
      'hours',
      'whatsapp',
      'visitingAddress',
      'complaints',
    ]) {
      expect(item, attribute).not.toHaveProperty(attribute);
    }
    expect(await freshTenant('swv-a')).not.toHaveProperty('steunpuntEmail');
  });

  it('is idempotent: a retry with the same key changes and logs nothing more', async () => {
    const key = randomUUID();
    h.setNow('2026-11-25T10:00:00Z');
    const first = await put('cora', steunpunt, { ...fullContact, phone: '020 765 43 21' }, key);
    expect(first.status).toBe(200);
    h.setNow('2026-11-25T10:05:00Z');
    // Meanwhile someone else saved another number.
    await put('cora', steunpunt, { ...fullContact, phone: '020 111 11 11' });
    const retry = await put('cora', steunpunt, { ...fullContact, phone: '020 765 43 21' }, key);
    expect(retry.status).toBe(200);
    // The retry did not write its number over the later change.
    expect(await retry.json()).toMatchObject({ phone: '020 111 11 11' });

    const store = { db: h.aws.db, tableName: h.aws.tableName };
    const logged = (await listAdminChanges(store, '2026-11')).filter(
      (entry) =>
        entry.action === 'steunpunt-contact-saved' && entry.at === '2026-11-25T10:00:00.000Z',
    );
    expect(logged).toEqual([
      expect.objectContaining({
        byUserId: 'u-cora',
        target: steunpunt,
        targetName: 'Steunpunt Test',
      }),
    ]);
    const audit = await listAudit(store, steunpunt, '2026-11', undefined, 200);
    if (audit.kind !== 'page') throw new Error('no audit page');
    expect(
      audit.items.filter(
        (entry) => entry.action === 'contact' && entry.at === '2026-11-25T10:00:00.000Z',
      ),
    ).toHaveLength(1);
  });

  it('refuses bad input with a Dutch message per field, and stores nothing', async () => {
    await put('cora', steunpunt, fullContact);
    const response = await put('cora', steunpunt, {
      email: 'geen-adres',
      phone: 'bel maar',
      whatsapp: '12',
      hours: 'x'.repeat(161),
      complaintsName: 'Klachtencommissie',
    });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(errors.map((e) => e.field)).toEqual([
      'email',
      'phone',
      'hours',
      'whatsapp',
      'complaintsAddress',
    ]);
    expect(errors[0]!.message).toBe('Vul een e-mailadres in zoals naam@voorbeeld.nl');
    expect(errors[1]!.message).toBe('Vul een telefoonnummer in zoals 020 123 45 67');
    expect(errors[4]!.message).toBe(
      'Vul ook het adres voor klachten in, of maak beide velden leeg',
    );
    expect(await readItem(h.aws, steunpuntRegisterKey(steunpunt))).toMatchObject({
      phone: '020 123 45 67',
    });
  });
});

describe('who may keep which contact', () => {
  it('keeps another steunpunt’s contact from a coördinator, as if it did not exist, before reading input', async () => {
    const response = await put('xander', steunpunt, { phone: 'onzin' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'Dit steunpunt bestaat niet.' });
    expect((await get('xander', contactPath(steunpunt))).status).toBe(404);
  });

  it.each(['anna', 'lezer'] as const)('refuses %s, whatever the steunpunt', async (user) => {
    const response = await put(user, steunpunt, { phone: 'onzin' });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      message: 'Alleen een coördinator of een beheerder kan dit doen.',
    });
  });

  it('refuses a caller who is not signed in', async () => {
    expect((await put(null, steunpunt, {})).status).toBe(401);
  });

  it('lets a beheerder keep any steunpunt’s contact; an unknown steunpunt is not found', async () => {
    const response = await put('beheerder', otherSteunpunt, { email: 'elders@elders.example' });
    expect(response.status).toBe(200);
    expect((await freshTenant('swv-x'))?.steunpuntEmail).toBe('elders@elders.example');
    const read = await get('beheerder', contactPath(otherSteunpunt));
    expect(await read.json()).toMatchObject({ email: 'elders@elders.example' });
    expect((await put('beheerder', 'bestaat-niet', {})).status).toBe(404);
    const store = { db: h.aws.db, tableName: h.aws.tableName };
    const audit = await listAudit(store, otherSteunpunt, '2026-11', undefined, 200);
    // A beheerder is no staff of the steunpunt: the beheer log has it, the steunpunt's own log not.
    expect(audit.kind === 'page' && audit.items.filter((e) => e.action === 'contact')).toEqual([]);
  });
});

describe('mails to parents answer to the steunpunt', () => {
  it('puts the address the coördinator saved as Reply-To on the confirmation and on a reply', async () => {
    await fetch(`${h.aws.localSes.endpoint}/clear-store`, { method: 'POST' });
    expect(
      (await put('cora', steunpunt, { ...fullContact, email: 'antwoord@steunpunt-test.example' }))
        .status,
    ).toBe(200);

    const parent = `ouder-${randomUUID()}@example.nl`;
    const tenant = await freshTenant('swv-a');
    const { caseId } = await h.ask(tenant!, { email: parent });
    const reply = await h.call('anna', 'POST', `/backoffice/cases/swv-a/${caseId}/replies`, {
      subject: 'Ons antwoord',
      body: 'Hallo,\n\nJe kunt een gesprek met school vragen. Beantwoord deze e-mail als je wilt.\n\nGroet',
    });
    expect(reply.status).toBe(200);
    await h.drainMail();

    const mails = (await h.aws.localSes.mails()).filter((m) => m.destination.to.includes(parent));
    expect(mails.map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('Ons antwoord')]),
    );
    expect(mails.length).toBe(2);
    for (const mail of mails) {
      expect(mail.replyTo, mail.subject).toEqual(['antwoord@steunpunt-test.example']);
    }
  });

  it('gives a meeting still to come the new address, so its sign-up mail answers to the steunpunt', async () => {
    await fetch(`${h.aws.localSes.endpoint}/clear-store`, { method: 'POST' });
    const meetingDeps = {
      db: h.aws.db,
      tableName: h.aws.tableName,
      clock: h.now,
      siteOrigin: 'https://portaal.test',
    };
    const { ids } = await createMeetings(
      meetingDeps,
      {
        steunpunt,
        steunpuntName: 'Steunpunt Test',
        steunpuntEmail: 'oud@steunpunt-test.example',
        tenants: ['swv-a'],
        retentionDays: 30,
      },
      users.cora as Staff,
      meetingInput.parse({
        title: 'Oudercafé',
        description: 'Een avond voor ouders over passend onderwijs.',
        date: '2026-12-10',
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'plaats',
        location: 'Bibliotheek',
        capacity: 10,
        audience: 'ouders',
        tenant: 'swv-a',
      }),
      randomUUID(),
    );
    const saved = await put('cora', steunpunt, {
      ...fullContact,
      email: 'cafe@steunpunt-test.example',
    });
    expect(saved.status).toBe(200);
    expect(await readItem(h.aws, meetingKey(ids[0]!))).toMatchObject({
      steunpuntEmail: 'cafe@steunpunt-test.example',
    });

    const parent = `ouder-${randomUUID()}@example.nl`;
    await signUp(
      meetingDeps,
      'swv-a',
      ids[0]!,
      signUpInput.parse({ name: 'Ouder', email: parent, persons: 1, consent: true }),
      randomUUID(),
    );
    // A sign-up's mail waits a moment for its meeting write.
    h.setNow('2026-11-24T09:31:00Z');
    await h.drainMail();
    const [mail] = (await h.aws.localSes.mails()).filter((m) => m.destination.to.includes(parent));
    expect(mail?.subject).toBeTruthy();
    expect(mail!.replyTo).toEqual(['cafe@steunpunt-test.example']);
  });
});
