/**
 * The beheerder's work through the API on dynalite: steunpunten, which steunpunt serves an
 * SWV, and accounts, including that an account made here can sign in at once locally.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountStanding } from '../../functions/admin/account-standing.ts';
import { createApp } from '../../functions/api/app.ts';
import { colleaguesOf, readersOf } from '../../functions/auth/user-directory.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { cachedTenantLookup, putTenant } from '../../functions/tenants/tenant-store.ts';
import {
  ensureSteunpunt,
  registeredUsers,
  seedDemoAccounts,
} from '../../scripts/local/demo-accounts.ts';
import { demoUser } from '../../scripts/local/demo-users.ts';
import { testTenant, validQuestion, type LocalAws } from '../support/local-aws.ts';
import { startSignedInApp, stopSignedInApp, type RunningIdp } from '../support/signed-in-app.ts';

let aws: LocalAws;
let idp: RunningIdp;
let app: ReturnType<typeof createApp>;
let beheerder: string;

const withCases = { ...testTenant('po-haarlemmermeer'), steunpunt: 'amstel-en-meer' };
const fresh = { ...testTenant('swv-nieuw'), steunpunt: 'amstel-en-meer' };
const tableOf = (local: LocalAws) => ({ db: local.db, tableName: local.tableName });
const store = () => tableOf(aws);

beforeAll(async () => {
  ({ aws, idp, app } = await startSignedInApp({
    seed: async (local) => {
      const table = tableOf(local);
      for (const steunpunt of [
        { id: 'amstel-en-meer', name: 'Steunpunt Amstel & Meer' },
        { id: 'vo-noord-kennemerland', name: 'Steunpunt VO Noord-Kennemerland' },
      ]) {
        await ensureSteunpunt(table, steunpunt);
      }
      for (const tenant of [withCases, fresh]) await putTenant(local.db, local.tableName, tenant);
      await seedDemoAccounts(table, new Date());
      await submitQuestion(
        { ...table, clock: () => new Date() },
        withCases,
        questionInput.parse(validQuestion()),
        randomUUID(),
      );
    },
    // The portal's issuer: whoever the register holds may sign in.
    users: (local) => () => registeredUsers(tableOf(local)),
    deps: (local) => ({
      tenants: cachedTenantLookup(local.db, local.tableName, 0),
      // Read the register on every request here; the portal keeps an answer for 30 seconds.
      accountStanding: accountStanding(tableOf(local), 0),
    }),
  }));
  beheerder = await idp.tokenFor(demoUser('ingrid-beheerder')!);
});
afterAll(() => stopSignedInApp({ aws, idp }));

function call(
  path: string,
  init: { method?: string; body?: unknown; key?: string; token?: string } = {},
) {
  return app.request(`/api/backoffice/beheer${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${init.token ?? beheerder}`,
      'content-type': 'application/json',
      ...(init.key ? { 'idempotency-key': init.key } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

const newMedewerker = {
  name: 'Noor Jansen',
  email: 'Noor.Jansen@amstel-en-meer.example',
  role: 'medewerker',
  steunpunt: 'amstel-en-meer',
};

describe('accounts', () => {
  let noorId = '';

  it('makes an account once, whatever the retries, and refuses a second one for the address', async () => {
    const key = randomUUID();
    const first = await call('/gebruikers', { method: 'POST', body: newMedewerker, key });
    expect(first.status).toBe(201);
    const account = (await first.json()) as { userId: string; email: string; enabled: boolean };
    expect(account).toMatchObject({ email: 'noor.jansen@amstel-en-meer.example', enabled: true });
    noorId = account.userId;

    const retry = await call('/gebruikers', { method: 'POST', body: newMedewerker, key });
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { userId: string }).userId).toBe(noorId);

    const again = await call('/gebruikers', {
      method: 'POST',
      body: { ...newMedewerker, name: 'Iemand Anders' },
      key: randomUUID(),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({
      errors: [{ field: 'email', message: 'Er is al een account met dit e-mailadres' }],
    });
    const list = (await (await call('/gebruikers')).json()) as { accounts: { userId: string }[] };
    expect(list.accounts.filter((a) => a.userId === noorId)).toHaveLength(1);
  });

  it('says in Dutch, per field and in form order, what is missing or wrong', async () => {
    const response = await call('/gebruikers', {
      method: 'POST',
      body: { name: 'N', email: 'geen-adres', role: 'medewerker' },
      key: randomUUID(),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(body.errors.map((e) => e.field)).toEqual(['name', 'email', 'steunpunt']);
    expect(body.errors[2]!.message).toBe('Kies het steunpunt');

    const unknown = await call('/gebruikers', {
      method: 'POST',
      body: { ...newMedewerker, email: 'x@example.nl', steunpunt: 'bestaat-niet' },
      key: randomUUID(),
    });
    expect(await unknown.json()).toMatchObject({
      errors: [{ field: 'steunpunt', message: 'Kies een steunpunt uit de lijst' }],
    });
  });

  it('lets the new account sign in at once and work for its steunpunt', async () => {
    const noor = (await registeredUsers(store())).find((user) => user.id === noorId)!;
    const token = await idp.tokenFor(noor);
    const me = await app.request('/api/backoffice/me', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { caseTenants: { slug: string }[] };
    expect(body.caseTenants.map((t) => t.slug)).toContain('po-haarlemmermeer');
    // Signed in once, Noor is a colleague cases can be assigned to.
    expect(
      (await colleaguesOf(aws.db, aws.tableName, 'amstel-en-meer')).map((c) => c.userId),
    ).toContain(noorId);
  });

  it('shuts a token out as soon as its account is switched off or changed', async () => {
    const noor = (await registeredUsers(store())).find((user) => user.id === noorId)!;
    const token = await idp.tokenFor(noor);
    const me = () =>
      app.request('/api/backoffice/me', { headers: { authorization: `Bearer ${token}` } });
    expect((await me()).status).toBe(200);

    await call(`/gebruikers/${noorId}/actief`, { method: 'PUT', body: { enabled: false } });
    const off = await me();
    expect(off.status).toBe(401);
    expect(await off.json()).toEqual({
      message: 'Je account staat uit. Vraag de beheerder om het weer aan te zetten.',
      code: 'account-disabled',
    });
    await call(`/gebruikers/${noorId}/actief`, { method: 'PUT', body: { enabled: true } });
    expect((await me()).status).toBe(200);

    await call(`/gebruikers/${noorId}`, {
      method: 'PUT',
      body: { name: 'Noor Jansen', role: 'coordinator', steunpunt: 'amstel-en-meer' },
    });
    const changed = await me();
    expect(changed.status).toBe(401);
    expect(await changed.json()).toEqual({
      message: 'Je rol of organisatie is gewijzigd. Log opnieuw in.',
      code: 'account-changed',
    });
    // A new sign-in carries the new role.
    const fresh = await idp.tokenFor(
      (await registeredUsers(store())).find((u) => u.id === noorId)!,
    );
    const again = await app.request('/api/backoffice/me', {
      headers: { authorization: `Bearer ${fresh}` },
    });
    expect(((await again.json()) as { principal: { role: string } }).principal.role).toBe(
      'coordinator',
    );
  });

  it('changes role and organisation, and switches an account off and on', async () => {
    const changed = await call(`/gebruikers/${noorId}`, {
      method: 'PUT',
      body: { name: 'Noor Jansen', role: 'swv-lezer', swv: 'po-haarlemmermeer' },
    });
    expect(changed.status).toBe(200);
    const account = (await changed.json()) as Record<string, unknown>;
    expect(account).toMatchObject({ role: 'swv-lezer', swv: 'po-haarlemmermeer' });
    expect(account.steunpunt).toBeUndefined();
    // A reader of an SWV is nobody's colleague at the steunpunt any more.
    expect(
      (await colleaguesOf(aws.db, aws.tableName, 'amstel-en-meer')).map((c) => c.userId),
    ).not.toContain(noorId);
    // Made a reader here: told of the SWV's reports before she ever signs in as one.
    const readers = () => readersOf(aws.db, aws.tableName, 'po-haarlemmermeer');
    expect(await readers()).toContain(noorId);

    const off = await call(`/gebruikers/${noorId}/actief`, {
      method: 'PUT',
      body: { enabled: false },
    });
    expect(off.status).toBe(200);
    expect((await registeredUsers(store())).map((u) => u.id)).not.toContain(noorId);
    expect(await readers()).not.toContain(noorId);
    await call(`/gebruikers/${noorId}/actief`, { method: 'PUT', body: { enabled: true } });
    expect((await registeredUsers(store())).map((u) => u.id)).toContain(noorId);
    expect(await readers()).toContain(noorId);
  });

  it('takes a switched-off medewerker out of the colleagues cases can be assigned to', async () => {
    const sanne = await idp.tokenFor(demoUser('sanne-medewerker')!);
    await app.request('/api/backoffice/me', { headers: { authorization: `Bearer ${sanne}` } });
    const ids = async () =>
      (await colleaguesOf(aws.db, aws.tableName, 'amstel-en-meer')).map((c) => c.userId);
    expect(await ids()).toContain('sanne-medewerker');
    await call('/gebruikers/sanne-medewerker/actief', { method: 'PUT', body: { enabled: false } });
    expect(await ids()).not.toContain('sanne-medewerker');
    await call('/gebruikers/sanne-medewerker/actief', { method: 'PUT', body: { enabled: true } });
  });

  it('takes a switched-off SWV reader out of the readers a report is mailed to', async () => {
    const joost = await idp.tokenFor(demoUser('joost-swv-lezer')!);
    await app.request('/api/backoffice/me', { headers: { authorization: `Bearer ${joost}` } });
    const ids = () => readersOf(aws.db, aws.tableName, 'po-haarlemmermeer');
    expect(await ids()).toContain('joost-swv-lezer');
    await call('/gebruikers/joost-swv-lezer/actief', { method: 'PUT', body: { enabled: false } });
    expect(await ids()).not.toContain('joost-swv-lezer');
    await call('/gebruikers/joost-swv-lezer/actief', { method: 'PUT', body: { enabled: true } });
    // Switched on again: told of reports again, without signing in first.
    expect(await ids()).toContain('joost-swv-lezer');
  });

  it('does not let the beheerder lock themself out', async () => {
    const response = await call('/gebruikers/ingrid-beheerder/actief', {
      method: 'PUT',
      body: { enabled: false },
    });
    expect(response.status).toBe(400);
    expect((await registeredUsers(store())).map((u) => u.id)).toContain('ingrid-beheerder');
  });

  it('answers an unknown account with 404', async () => {
    const response = await call('/gebruikers/bestaat-niet/actief', {
      method: 'PUT',
      body: { enabled: false },
    });
    expect(response.status).toBe(404);
  });
});

describe('the beheer log', () => {
  it('records who made, changed and switched which account, and steunpunt changes, per month', async () => {
    const body = (await (await call('/logboek')).json()) as {
      month: string;
      entries: { action: string; byName: string; target: string; targetName: string }[];
    };
    expect(body.month).toMatch(/^\d{4}-\d{2}$/);
    const actions = body.entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['account-created', 'account-changed', 'account-disabled']),
    );
    // Made once, whatever the retries of that request.
    const made = body.entries.filter(
      (e) => e.action === 'account-created' && e.targetName === 'Noor Jansen',
    );
    expect(made).toHaveLength(1);
    expect(made[0]!.byName).toBe('Ingrid Mulder');
    expect((await call('/logboek?month=2026-13')).status).toBe(400);
    const empty = (await (await call('/logboek?month=2020-01')).json()) as { entries: unknown[] };
    expect(empty.entries).toEqual([]);
  });
});

describe('steunpunten and SWVs', () => {
  it('lists steunpunten with their SWVs and number of accounts', async () => {
    const body = (await (await call('/organisaties')).json()) as {
      steunpunten: { id: string; tenants: { slug: string }[]; accounts: number }[];
    };
    const amstel = body.steunpunten.find((s) => s.id === 'amstel-en-meer')!;
    expect(amstel.tenants.map((t) => t.slug).sort()).toEqual(['po-haarlemmermeer', 'swv-nieuw']);
    expect(amstel.accounts).toBeGreaterThanOrEqual(2);
  });

  it('saves a steunpunt and copies its name and address into the SWVs it serves', async () => {
    const response = await call('/steunpunten', {
      method: 'PUT',
      body: {
        id: 'amstel-en-meer',
        name: 'Ouder- en jeugdsteunpunt Amstel & Meer',
        email: 'Info@AenM.example',
      },
    });
    expect(response.status).toBe(200);
    const tenant = await cachedTenantLookup(aws.db, aws.tableName, 0)('po-haarlemmermeer');
    expect(tenant).toMatchObject({
      steunpuntName: 'Ouder- en jeugdsteunpunt Amstel & Meer',
      steunpuntEmail: 'info@aenm.example',
    });
  });

  it('moves an SWV without questions to another steunpunt, and keeps one that has them', async () => {
    const moved = await call('/samenwerkingsverbanden/swv-nieuw/steunpunt', {
      method: 'PUT',
      body: { steunpunt: 'vo-noord-kennemerland' },
    });
    expect(moved.status).toBe(200);
    expect(await cachedTenantLookup(aws.db, aws.tableName, 0)('swv-nieuw')).toMatchObject({
      steunpunt: 'vo-noord-kennemerland',
      steunpuntName: 'Steunpunt VO Noord-Kennemerland',
    });

    const kept = await call('/samenwerkingsverbanden/po-haarlemmermeer/steunpunt', {
      method: 'PUT',
      body: { steunpunt: 'vo-noord-kennemerland' },
    });
    expect(kept.status).toBe(409);
    expect(await cachedTenantLookup(aws.db, aws.tableName, 0)('po-haarlemmermeer')).toMatchObject({
      steunpunt: 'amstel-en-meer',
    });
  });
});
