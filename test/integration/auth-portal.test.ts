/**
 * Signing in to the local portal as people do: the identity provider on the portal's own
 * origin, the demo users, and `GET /api/backoffice/me` for each of them against the SWVs
 * the portal seeds from content/.
 */
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../scripts/local/demo-users.ts';
import { startPortal, type Portal } from '../../scripts/portal.ts';
import { signIn } from '../support/sign-in.ts';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal({ port: 0, workerIntervalMs: 60_000 });
});
afterAll(() => portal?.stop());

async function meAs(userId: string) {
  const response = await fetch(`${portal.url}/api/backoffice/me`, {
    headers: { authorization: `Bearer ${await signIn(portal.url, userId)}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    principal: Record<string, unknown>;
    roleLabel: string;
    steunpuntName?: string;
    caseTenants: { slug: string }[];
    monitorTenants: { slug: string }[];
  };
}

const slugs = (tenants: { slug: string }[]) => tenants.map((tenant) => tenant.slug);

describe('the local identity provider', () => {
  it('lists the demo users with their role and steunpunt or SWV', async () => {
    const response = await fetch(`${portal.url}/lokaal/idp/gebruikers`);
    const { users } = (await response.json()) as { users: Record<string, string>[] };
    expect(users.map((user) => [user.id, user.roleLabel, user.steunpunt ?? user.swv])).toEqual([
      ['sanne-medewerker', 'Medewerker', 'amstel-en-meer'],
      ['ruud-coordinator', 'Coördinator', 'amstel-en-meer'],
      ['fatima-medewerker', 'Medewerker', 'vo-noord-kennemerland'],
      ['joost-swv-lezer', 'Lezer samenwerkingsverband', 'po-haarlemmermeer'],
      ['ingrid-beheerder', 'Beheerder', undefined],
    ]);
  });

  it('signs tokens as an issuer on the portal origin, for the local audience', async () => {
    const claims = decodeJwt(await signIn(portal.url, 'sanne-medewerker'));
    expect(claims.iss).toBe(`${portal.url}/lokaal/idp`);
    expect(claims.aud).toBe('steunpunt-portaal-lokaal');
    const jwks = await fetch(`${portal.url}/lokaal/idp/.well-known/jwks.json`);
    expect(((await jwks.json()) as { keys: unknown[] }).keys).toHaveLength(1);
  });

  it('answers an unknown user or a bad request in Dutch', async () => {
    const token = (body: string) =>
      fetch(`${portal.url}/lokaal/idp/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const unknown = await token(JSON.stringify({ userId: 'niemand' }));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: 'Deze gebruiker bestaat niet.' });
    for (const body of ['{', '[]', JSON.stringify({ userId: 42 })]) {
      const bad = await token(body);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toHaveProperty('message');
    }
  });
});

describe('GET /api/backoffice/me for each demo user', () => {
  it('signs in every demo user with their own role', async () => {
    for (const user of demoUsers) {
      const me = await meAs(user.id);
      expect(me.principal, user.id).toMatchObject({ userId: user.id, role: user.role });
    }
  });

  it('a medewerker handles the cases of their steunpunt’s SWVs and reads no monitor', async () => {
    const me = await meAs('sanne-medewerker');
    expect(me.principal).toMatchObject({ role: 'medewerker', steunpunt: 'amstel-en-meer' });
    expect(me.roleLabel).toBe('Medewerker');
    expect(me.steunpuntName).toEqual(expect.any(String));
    expect(slugs(me.caseTenants)).toEqual(['po-haarlemmermeer']);
    expect(me.monitorTenants).toEqual([]);
  });

  it('a coördinator handles the cases and reads the monitor of their SWVs', async () => {
    const me = await meAs('ruud-coordinator');
    expect(me.principal).toMatchObject({ role: 'coordinator', steunpunt: 'amstel-en-meer' });
    expect(slugs(me.caseTenants)).toEqual(['po-haarlemmermeer']);
    expect(slugs(me.monitorTenants)).toEqual(['po-haarlemmermeer']);
  });

  it('a medewerker of another steunpunt sees only that steunpunt’s SWV', async () => {
    const me = await meAs('fatima-medewerker');
    expect(me.principal).toMatchObject({ steunpunt: 'vo-noord-kennemerland' });
    expect(slugs(me.caseTenants)).toEqual(['vo-noord-kennemerland']);
  });

  it('an SWV reader reads the monitor of one SWV and handles no cases', async () => {
    const me = await meAs('joost-swv-lezer');
    expect(me.principal).toMatchObject({ role: 'swv-lezer', swv: 'po-haarlemmermeer' });
    expect(me.caseTenants).toEqual([]);
    expect(slugs(me.monitorTenants)).toEqual(['po-haarlemmermeer']);
  });

  it('a beheerder handles no cases and reads no monitor', async () => {
    const me = await meAs('ingrid-beheerder');
    expect(me.principal).toEqual({
      userId: 'ingrid-beheerder',
      name: 'Ingrid Mulder',
      email: 'ingrid.mulder@steunpunt-portaal.example',
      role: 'beheerder',
    });
    expect(me.roleLabel).toBe('Beheerder');
    expect(me.caseTenants).toEqual([]);
    expect(me.monitorTenants).toEqual([]);
  });

  it('is closed without a token', async () => {
    const response = await fetch(`${portal.url}/api/backoffice/me`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Je bent niet ingelogd. Log opnieuw in.' });
  });
});
