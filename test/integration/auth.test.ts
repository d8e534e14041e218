/**
 * The back-office gate against a real issuer: the local identity provider on its own port
 * signs the tokens and publishes its key, and the API verifies them with the verifier it
 * runs in AWS (jwksVerifier), over HTTP, against tenants in dynalite.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { SignJWT, base64url, decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import { guard } from '../../functions/api/guard.ts';
import {
  authMessages,
  authenticate,
  principalOf,
  type AuthEnv,
} from '../../functions/auth/middleware.ts';
import { jwksVerifier } from '../../functions/auth/verify.ts';
import {
  cachedTenantLookup,
  listTenantsOfSteunpunt,
  putTenant,
  steunpuntTenantKey,
} from '../../functions/tenants/tenant-store.ts';
import { demoUser, type DemoUser } from '../../scripts/local/demo-users.ts';
import {
  claimsOf,
  startLocalIdp,
  type IdTokenClaims,
  type LocalIdp,
} from '../../scripts/local/local-idp.ts';
import { testTenant, type LocalAws } from '../support/local-aws.ts';
import { startSignedInApp, stopSignedInApp } from '../support/signed-in-app.ts';

type Idp = LocalIdp & { close(): Promise<void> };

let aws: LocalAws;
let idp: Idp;
let app: ReturnType<typeof createApp>;

const signedOut = { message: 'Je bent niet ingelogd. Log opnieuw in.' };
const noAccess = { message: 'Je hebt geen toegang tot deze pagina.' };

const user = (id: string): DemoUser => {
  const found = demoUser(id);
  if (!found) throw new Error(`no demo user ${id}`);
  return found;
};
const sanne = user('sanne-medewerker');

beforeAll(async () => {
  ({ aws, idp, app } = await startSignedInApp({
    seed: async (local) => {
      // Two steunpunten; amstel-en-meer serves two SWVs here.
      for (const [slug, steunpunt, name] of [
        ['po-haarlemmermeer', 'amstel-en-meer', 'Passend Primair Onderwijs Haarlemmermeer'],
        ['po-amstelland', 'amstel-en-meer', 'Samenwerkingsverband Amstelland'],
        ['vo-noord-kennemerland', 'vo-noord-kennemerland', 'VO Noord-Kennemerland'],
      ] as const) {
        await putTenant(local.db, local.tableName, {
          ...testTenant(slug),
          steunpunt,
          name,
          steunpuntName: `Steunpunt ${steunpunt}`,
        });
      }
    },
  }));
});
afterAll(() => stopSignedInApp({ aws, idp }));

function me(authorization?: string) {
  return app.request('/api/backoffice/me', {
    headers: authorization ? { authorization } : {},
  });
}
const bearer = (token: string) => `Bearer ${token}`;
const withClaims = (overrides: IdTokenClaims, without: string[] = []) => {
  const claims: IdTokenClaims = { ...claimsOf(sanne), ...overrides };
  for (const name of without) delete claims[name];
  return claims;
};

describe('a valid token', () => {
  it('makes the principal, and lists the tenants of their steunpunt only', async () => {
    const response = await me(bearer(await idp.tokenFor(sanne)));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      principal: {
        userId: 'sanne-medewerker',
        name: 'Sanne Bakker',
        email: 'sanne.bakker@amstel-en-meer.example',
        role: 'medewerker',
        steunpunt: 'amstel-en-meer',
      },
      // Signing in puts the user in the steunpunt's directory: the first colleague is oneself.
      colleagues: [{ userId: 'sanne-medewerker', name: 'Sanne Bakker', role: 'medewerker' }],
      roleLabel: 'Medewerker',
      steunpuntName: 'Steunpunt amstel-en-meer',
      // The Reply-To of replies; the case page warns when it is empty.
      steunpuntEmail: 'steunpunt@test.example',
      caseTenants: [
        {
          slug: 'po-haarlemmermeer',
          name: 'Passend Primair Onderwijs Haarlemmermeer',
          shortName: 'po-haarlemmermeer',
        },
        {
          slug: 'po-amstelland',
          name: 'Samenwerkingsverband Amstelland',
          shortName: 'po-amstelland',
        },
      ],
      monitorTenants: [],
    });
  });

  it('accepts the scheme in any case and takes the first group that is a portal role', async () => {
    const token = await idp.sign(
      withClaims({ 'cognito:groups': ['Admins', 'coordinator', 'medewerker'] as never }),
    );
    const response = await me(`bearer ${token}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ principal: { role: 'coordinator' } });
  });

  it('keeps only the attribute that belongs to the role', async () => {
    const token = await idp.sign(withClaims({ 'custom:swv': 'po-haarlemmermeer' }));
    const body = (await (await me(bearer(token))).json()) as { principal: object };
    expect(body.principal).not.toHaveProperty('swv');
    const reader = await idp.sign(
      withClaims({
        'cognito:groups': ['swv-lezer'],
        'custom:swv': 'po-haarlemmermeer',
        'custom:steunpunt': 'amstel-en-meer',
      }),
    );
    const readerBody = (await (await me(bearer(reader))).json()) as {
      principal: object;
      caseTenants: unknown[];
    };
    expect(readerBody.principal).toMatchObject({ role: 'swv-lezer', swv: 'po-haarlemmermeer' });
    expect(readerBody.principal).not.toHaveProperty('steunpunt');
    expect(readerBody.caseTenants).toEqual([]);
  });

  it('falls back to the e-mail address when the token has no name', async () => {
    const token = await idp.sign(withClaims({}, ['name']));
    const body = (await (await me(bearer(token))).json()) as { principal: { name: string } };
    expect(body.principal.name).toBe(sanne.email);
  });
});

describe('no usable token: 401, sign in again', () => {
  const cases: [string, () => Promise<string | undefined>][] = [
    ['no Authorization header', async () => undefined],
    ['another scheme', async () => `Basic ${btoa('sanne:wachtwoord')}`],
    ['a token that is no JWT', async () => 'Bearer dit-is-geen-token'],
    ['an empty bearer', async () => 'Bearer '],
    ['an oversized token', async () => bearer('a'.repeat(9000))],
    ['an expired token', async () => bearer(await idp.sign(claimsOf(sanne), { expiresIn: -120 }))],
    [
      'another issuer',
      async () => bearer(await idp.sign(claimsOf(sanne), { issuer: 'https://elders.example/idp' })),
    ],
    [
      'another audience',
      async () => bearer(await idp.sign(claimsOf(sanne), { audience: 'een-andere-app' })),
    ],
    ['an access token', async () => bearer(await idp.sign(withClaims({ token_use: 'access' })))],
    ['no token_use', async () => bearer(await idp.sign(withClaims({}, ['token_use'])))],
    ['no e-mail', async () => bearer(await idp.sign(withClaims({}, ['email'])))],
    [
      'a payload changed after signing',
      async () => {
        const [header, , signature] = (await idp.tokenFor(sanne)).split('.');
        const payload = base64url.encode(
          JSON.stringify({ ...decodeJwt(await idp.tokenFor(sanne)), 'custom:steunpunt': 'elders' }),
        );
        return bearer(`${header}.${payload}.${signature}`);
      },
    ],
    [
      'a damaged signature',
      async () => {
        const token = await idp.tokenFor(sanne);
        const last = token.at(-2) === 'A' ? 'B' : 'A';
        return bearer(`${token.slice(0, -2)}${last}${token.at(-1)}`);
      },
    ],
    [
      'a token signed by another key with the same issuer',
      async () => {
        const other = await startLocalIdp();
        try {
          return bearer(await other.sign(claimsOf(sanne), { issuer: idp.issuer }));
        } finally {
          await other.close();
        }
      },
    ],
    [
      'an HMAC token keyed with the public key',
      async () => {
        const jwks = (await (await fetch(idp.jwksUrl)).json()) as { keys: { kid: string }[] };
        const secret = new TextEncoder().encode(JSON.stringify(jwks.keys[0]));
        const token = await new SignJWT(claimsOf(sanne))
          .setProtectedHeader({ alg: 'HS256', kid: jwks.keys[0]!.kid })
          .setIssuer(idp.issuer)
          .setAudience(idp.audience)
          .setIssuedAt()
          .setExpirationTime('1h')
          .sign(secret);
        return bearer(token);
      },
    ],
    [
      'an unsigned token',
      async () => {
        const encode = (part: object) => base64url.encode(JSON.stringify(part));
        const now = Math.floor(Date.now() / 1000);
        const payload = { ...claimsOf(sanne), iss: idp.issuer, aud: idp.audience };
        return bearer(
          `${encode({ alg: 'none' })}.${encode({ ...payload, iat: now, exp: now + 600 })}.`,
        );
      },
    ],
  ];

  for (const [name, authorization] of cases) {
    it(`refuses ${name}`, async () => {
      const response = await me(await authorization());
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual(signedOut);
      expect(response.headers.get('cache-control')).toBe('no-store');
    });
  }

  it('refuses every token when the API has no issuer configured', async () => {
    const unconfigured = createApp({
      db: aws.db,
      tableName: aws.tableName,
      clock: () => new Date(),
      tenants: cachedTenantLookup(aws.db, aws.tableName),
    });
    const response = await unconfigured.request('/api/backoffice/me', {
      headers: { authorization: bearer(await idp.tokenFor(sanne)) },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(signedOut);
  });

  it('guards every path under /api/backoffice, also ones that do not exist', async () => {
    for (const path of ['/api/backoffice', '/api/backoffice/', '/api/backoffice/bestaat-niet']) {
      expect((await app.request(path)).status, path).toBe(401);
    }
    const signedIn = await app.request('/api/backoffice/bestaat-niet', {
      headers: { authorization: bearer(await idp.tokenFor(sanne)) },
    });
    expect(signedIn.status).toBe(404);
  });
});

describe('a valid token without a usable role: 403', () => {
  const incomplete = {
    message:
      'Je account is nog niet klaar voor het portaal. Vraag de beheerder om je rol en steunpunt in te stellen.',
  };
  const cases: [string, IdTokenClaims, string[]?][] = [
    ['an unknown role', { 'cognito:groups': ['bezoeker'] as never }],
    ['no groups at all', {}, ['cognito:groups']],
    ['a medewerker without steunpunt', {}, ['custom:steunpunt']],
    [
      'a coördinator without steunpunt',
      { 'cognito:groups': ['coordinator'] },
      ['custom:steunpunt'],
    ],
    ['a steunpunt that is no id', { 'custom:steunpunt': 'Amstel en Meer' }],
    ['an swv-lezer without SWV', { 'cognito:groups': ['swv-lezer'] }],
  ];
  for (const [name, overrides, without] of cases) {
    it(`refuses ${name}`, async () => {
      const response = await me(bearer(await idp.sign(withClaims(overrides, without))));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual(incomplete);
    });
  }
});

describe('the route guard and principalOf', () => {
  const guarded = () => {
    const verify = jwksVerifier({
      issuer: idp.issuer,
      audience: idp.audience,
      jwksUrl: idp.jwksUrl,
    });
    const routes = new Hono<AuthEnv>();
    routes.use('/beheer/*', authenticate(verify));
    const coordinatorOnly = guard({ role: 'coordinator', refusal: authMessages[403] });
    routes.get('/beheer/sjablonen', coordinatorOnly, (c) => c.json({ by: principalOf(c).userId }));
    // Mounted outside the gate by mistake: principalOf must not let it run.
    routes.get('/open', (c) => c.json({ by: principalOf(c).userId }));
    return routes;
  };

  it('lets the role through and refuses others with 403', async () => {
    const routes = guarded();
    const as = async (id: string) =>
      routes.request('/beheer/sjablonen', {
        headers: { authorization: bearer(await idp.tokenFor(user(id))) },
      });
    const coordinator = await as('ruud-coordinator');
    expect(coordinator.status).toBe(200);
    expect(await coordinator.json()).toEqual({ by: 'ruud-coordinator' });
    for (const id of ['sanne-medewerker', 'joost-swv-lezer', 'ingrid-beheerder']) {
      const response = await as(id);
      expect(response.status, id).toBe(403);
      expect(await response.json()).toEqual(noAccess);
    }
  });

  it('fails closed on a route without the gate', async () => {
    const response = await guarded().request('/open', {
      headers: { authorization: bearer(await idp.tokenFor(sanne)) },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(signedOut);
  });
});

describe('the issuer', () => {
  it('answers 5xx, not "log in again", when its keys cannot be fetched', async () => {
    const gone = await startLocalIdp();
    const settings = { issuer: gone.issuer, audience: gone.audience, jwksUrl: gone.jwksUrl };
    const token = await gone.sign(claimsOf(sanne));
    await gone.close();
    const broken = createApp({
      db: aws.db,
      tableName: aws.tableName,
      clock: () => new Date(),
      tenants: cachedTenantLookup(aws.db, aws.tableName),
      verifyToken: jwksVerifier(settings),
    });
    const response = await broken.request('/api/backoffice/me', {
      headers: { authorization: bearer(token) },
    });
    expect(response.status).toBe(500);
  });

  it('keeps its key in the key file across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'idp-'));
    try {
      const keyFile = join(dir, 'idp-key.json');
      const first = await startLocalIdp({ keyFile });
      const firstKeys = await (await fetch(first.jwksUrl)).json();
      await first.close();
      expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toHaveProperty('d');
      const second = await startLocalIdp({ keyFile });
      const secondKeys = await (await fetch(second.jwksUrl)).json();
      await second.close();
      expect(secondKeys).toEqual(firstKeys);
      // The public document carries no private part.
      expect(JSON.stringify(firstKeys)).not.toMatch(/"(d|p|q|dp|dq|qi)"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('issues Cognito-shaped ID tokens valid for 8 hours', async () => {
    const claims = decodeJwt(await idp.tokenFor(user('joost-swv-lezer')));
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: 'steunpunt-portaal-lokaal',
      sub: 'joost-swv-lezer',
      token_use: 'id',
      'cognito:groups': ['swv-lezer'],
      'custom:swv': 'po-haarlemmermeer',
    });
    expect(claims.exp! - claims.iat!).toBe(8 * 60 * 60);
  });
});

describe('listTenantsOfSteunpunt', () => {
  it('follows a tenant that moves to another steunpunt', async () => {
    const moving = {
      ...testTenant('vo-verhuist'),
      steunpunt: 'vo-noord-kennemerland',
      name: 'VO Verhuist',
    };
    await putTenant(aws.db, aws.tableName, moving);
    const slugsOf = async (steunpunt: string) =>
      (await listTenantsOfSteunpunt(aws.db, aws.tableName, steunpunt)).map((t) => t.slug);
    expect(await slugsOf('vo-noord-kennemerland')).toEqual([
      'vo-noord-kennemerland',
      'vo-verhuist',
    ]);
    await putTenant(aws.db, aws.tableName, { ...moving, steunpunt: 'amstel-en-meer' });
    expect(await slugsOf('vo-noord-kennemerland')).toEqual(['vo-noord-kennemerland']);
    expect(await slugsOf('amstel-en-meer')).toEqual([
      'po-amstelland',
      'po-haarlemmermeer',
      'vo-verhuist',
    ]);
    expect(await slugsOf('bestaat-niet')).toEqual([]);
  });

  it('ignores a pointer whose tenant names another steunpunt (left by an interrupted move)', async () => {
    await aws.db.send(
      new PutCommand({
        TableName: aws.tableName,
        Item: {
          ...steunpuntTenantKey('vo-noord-kennemerland', 'po-haarlemmermeer'),
          slug: 'po-haarlemmermeer',
        },
      }),
    );
    const tenants = await listTenantsOfSteunpunt(aws.db, aws.tableName, 'vo-noord-kennemerland');
    expect(tenants.map((t) => t.slug)).toEqual(['vo-noord-kennemerland']);
  });
});
