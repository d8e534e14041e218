/**
 * Signing in to the local portal as people do: the identity provider on the portal's own
 * origin, the demo users, and `GET /api/backoffice/me` for each of them against the SWVs
 * the portal seeds from content/.
 */
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../scripts/local/demo-users.ts';
import { startPortal, type Portal } from '../../scripts/portal.ts';
import { authorizeCode, codeRequest, exchangeCode, signIn } from '../support/sign-in.ts';

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
  it('lists the demo users, from the account register by name, with their role and steunpunt or SWV', async () => {
    const response = await fetch(`${portal.url}/lokaal/idp/gebruikers`);
    const { users } = (await response.json()) as { users: Record<string, string>[] };
    expect(users.map((user) => [user.id, user.roleLabel, user.steunpunt ?? user.swv])).toEqual([
      ['fatima-medewerker', 'Medewerker', 'vo-noord-kennemerland'],
      ['ingrid-beheerder', 'Beheerder', undefined],
      ['joost-swv-lezer', 'Lezer samenwerkingsverband', 'po-haarlemmermeer'],
      ['ruud-coordinator', 'Coördinator', 'amstel-en-meer'],
      ['sanne-medewerker', 'Medewerker', 'amstel-en-meer'],
    ]);
  });

  it('signs tokens as an issuer on the portal origin, for the local audience', async () => {
    const claims = decodeJwt(await signIn(portal.url, 'sanne-medewerker'));
    expect(claims.iss).toBe(`${portal.url}/lokaal/idp`);
    expect(claims.aud).toBe('steunpunt-portaal-lokaal');
    const jwks = await fetch(`${portal.url}/lokaal/idp/.well-known/jwks.json`);
    expect(((await jwks.json()) as { keys: unknown[] }).keys).toHaveLength(1);
  });
});

describe('the code flow with PKCE on the local issuer', () => {
  const authorize = () => `${portal.url}/lokaal/idp/oauth2/authorize`;

  it('publishes where to sign in on GET /api/auth/config, without a token', async () => {
    const response = await fetch(`${portal.url}/api/auth/config`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      authorizeUrl: `${portal.url}/lokaal/idp/oauth2/authorize`,
      tokenUrl: `${portal.url}/lokaal/idp/oauth2/token`,
      clientId: 'steunpunt-portaal-lokaal',
      logoutUrl: `${portal.url}/lokaal/idp/logout`,
    });
  });

  it('signs out like Cognito: back to the back office only, for the known client only', async () => {
    const logout = (clientId: string, back: string) =>
      fetch(
        `${portal.url}/lokaal/idp/logout?client_id=${clientId}&logout_uri=${encodeURIComponent(back)}`,
        { redirect: 'manual' },
      );
    const ok = await logout('steunpunt-portaal-lokaal', `${portal.url}/backoffice/`);
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(`${portal.url}/backoffice/`);
    expect((await logout('iemand-anders', `${portal.url}/backoffice/`)).status).toBe(400);
    expect(
      (await logout('steunpunt-portaal-lokaal', 'https://elders.example/backoffice/')).status,
    ).toBe(400);
    expect(
      (await logout('steunpunt-portaal-lokaal', `${portal.url}/po-haarlemmermeer/`)).status,
    ).toBe(400);
  });

  it('shows the demo users on a Dutch sign-in page that posts back', async () => {
    const request = codeRequest(portal.url);
    const page = await fetch(`${authorize()}?${new URLSearchParams(request.params)}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<h1>Inloggen (lokaal)</h1>');
    for (const user of demoUsers) expect(html).toContain(`Log in als ${user.name}`);
    expect(html).toContain(`name="state" value="${request.state}"`);
  });

  it('refuses an authorize request that is not code + S256 back to the back office', async () => {
    const good = codeRequest(portal.url).params;
    const bad: Record<string, string>[] = [
      { ...good, response_type: 'token' },
      { ...good, client_id: 'een-andere-app' },
      { ...good, redirect_uri: 'https://aanvaller.example/backoffice/' },
      { ...good, redirect_uri: `${portal.url}/elders/` },
      { ...good, code_challenge_method: 'plain' },
      { ...good, code_challenge: 'te-kort' },
      { ...good, state: '' },
      { ...good, scope: 'email' },
    ];
    for (const params of bad) {
      const page = await fetch(`${authorize()}?${new URLSearchParams(params)}`);
      expect(page.status, JSON.stringify(params)).toBe(400);
      expect(await page.text()).toContain('Inloggen lukt niet');
      const posted = await fetch(authorize(), {
        method: 'POST',
        body: new URLSearchParams({ ...params, user: 'sanne-medewerker' }),
        redirect: 'manual',
      });
      expect(posted.status, JSON.stringify(params)).toBe(400);
    }
    const nobody = await fetch(authorize(), {
      method: 'POST',
      body: new URLSearchParams({ ...good, user: 'niemand' }),
      redirect: 'manual',
    });
    expect(nobody.status).toBe(400);
    expect(await nobody.text()).toContain('Kies een gebruiker om mee in te loggen.');
  });

  it('exchanges a code once, for the tokens of the chosen user', async () => {
    const request = codeRequest(portal.url);
    const code = await authorizeCode(portal.url, request, 'ruud-coordinator');
    const fields = { code, redirect_uri: request.redirectUri, code_verifier: request.verifier };
    const response = await exchangeCode(portal.url, fields);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 8 * 60 * 60 });
    const id = decodeJwt(body.id_token as string);
    expect(id).toMatchObject({ sub: 'ruud-coordinator', token_use: 'id' });
    expect(id.aud).toBe('steunpunt-portaal-lokaal');
    const access = decodeJwt(body.access_token as string);
    expect(access).toMatchObject({ sub: 'ruud-coordinator', token_use: 'access' });
    expect(access.aud).toBeUndefined();

    // The ID token is one the API accepts.
    const me = await fetch(`${portal.url}/api/backoffice/me`, {
      headers: { authorization: `Bearer ${body.id_token as string}` },
    });
    expect(me.status).toBe(200);

    // The same code again: refused.
    const again = await exchangeCode(portal.url, fields);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a wrong verifier, a wrong redirect_uri, and spends the code on it', async () => {
    const other = codeRequest(portal.url);
    const cases: [string, (r: ReturnType<typeof codeRequest>) => Record<string, string>][] = [
      ['wrong verifier', (r) => ({ redirect_uri: r.redirectUri, code_verifier: other.verifier })],
      ['no verifier', (r) => ({ redirect_uri: r.redirectUri })],
      [
        'wrong redirect_uri',
        (r) => ({ redirect_uri: `${portal.url}/backoffice/vragen/`, code_verifier: r.verifier }),
      ],
    ];
    for (const [what, fieldsOf] of cases) {
      const request = codeRequest(portal.url);
      const code = await authorizeCode(portal.url, request, 'sanne-medewerker');
      const refused = await exchangeCode(portal.url, { code, ...fieldsOf(request) });
      expect(refused.status, what).toBe(400);
      const body = (await refused.json()) as Record<string, unknown>;
      expect(body, what).toMatchObject({ error: 'invalid_grant' });
      expect(body.id_token, what).toBeUndefined();
      // A failed try spends the code: the right verifier afterwards is too late.
      const late = await exchangeCode(portal.url, {
        code,
        redirect_uri: request.redirectUri,
        code_verifier: request.verifier,
      });
      expect(late.status, what).toBe(400);
    }
  });

  it('refuses an unknown code, another client, another grant or a JSON body', async () => {
    const request = codeRequest(portal.url);
    const code = await authorizeCode(portal.url, request, 'sanne-medewerker');
    const fields = { code, redirect_uri: request.redirectUri, code_verifier: request.verifier };
    const unknown = await exchangeCode(portal.url, { ...fields, code: 'verzonnen' });
    expect(await unknown.json()).toMatchObject({ error: 'invalid_grant' });
    const client = await exchangeCode(portal.url, { ...fields, client_id: 'een-andere-app' });
    expect(client.status).toBe(401);
    expect(await client.json()).toMatchObject({ error: 'invalid_client' });
    const grant = await exchangeCode(portal.url, { ...fields, grant_type: 'password' });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const json = await fetch(`${portal.url}/lokaal/idp/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', ...fields }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
    // None of these spent the code: only a request for this client and grant does.
    expect((await exchangeCode(portal.url, fields)).status).toBe(200);
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
