/**
 * The local portal's stand-in for Cognito: it signs ID tokens with the same claims
 * Cognito puts in them, and publishes its public key as a JWKS, so the API verifies local
 * tokens with exactly the code it runs in AWS (functions/auth/verify.ts). Anyone who can
 * reach it can sign in as any demo user: it exists only in scripts/, never in a Lambda.
 *
 * Mounted by scripts/portal.ts on the portal's own origin under /lokaal/idp:
 *   GET  /lokaal/idp/.well-known/jwks.json   the public key
 *   GET  /lokaal/idp/gebruikers              the demo users to choose from
 *   GET  /lokaal/idp/oauth2/authorize        the sign-in page (code flow with PKCE, as Cognito)
 *   POST /lokaal/idp/oauth2/authorize        a demo user chosen: back with a one-time code
 *   POST /lokaal/idp/oauth2/token            code + verifier → ID token, valid 8 hours
 * (see local-oauth.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JWK,
} from 'jose';
import { roleLabels, type PortalClaims } from '../../functions/auth/principal.ts';
import { demoUsers, type DemoUser } from './demo-users.ts';
import { oauthRoutes } from './local-oauth.ts';

export const localIdpPath = '/lokaal/idp';
export const localAudience = 'steunpunt-portaal-lokaal';
/** A working day, so nobody is sent back to the sign-in page while trying the portal. */
export const localTokenSeconds = 8 * 60 * 60;

export interface LocalIdpOptions {
  /** The port the portal listens on (127.0.0.1); the issuer URL carries it. */
  port: number;
  /** Where the signing key is kept, so tokens survive a restart; a fresh key when left out. */
  keyFile?: string;
  /** Who may sign in; the demo users when left out. The portal passes its account register. */
  users?: () => Promise<readonly DemoUser[]>;
}

export interface SignOptions {
  /** Seconds from now; negative makes an expired token. */
  expiresIn?: number;
  issuer?: string;
  /** `null` for no `aud` at all, as in Cognito's access tokens. */
  audience?: string | null;
}

/** The claims of an ID token as Cognito writes them, plus the registered ones jose sets. */
export type IdTokenClaims = Partial<PortalClaims> & Record<string, unknown>;

export interface LocalIdp {
  /** The Hono app to mount at `localIdpPath`. */
  app: Hono;
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The settings the API reads (functions/lib/config.ts). */
  env: {
    AUTH_ISSUER: string;
    AUTH_AUDIENCE: string;
    AUTH_JWKS_URL: string;
    AUTH_AUTHORIZE_URL: string;
    AUTH_TOKEN_URL: string;
    AUTH_LOGOUT_URL: string;
    AUTH_CLIENT_ID: string;
  };
  /** An ID token for a demo user, as the token endpoint gives it. */
  tokenFor(user: DemoUser): Promise<string>;
  /** Signs any claims with this issuer's key: the token endpoint's own signing step. */
  sign(claims: IdTokenClaims, options?: SignOptions): Promise<string>;
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function newSigningKey(): Promise<{ key: SigningKey; privateJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const exported = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(exported);
  const publicJwk = { ...exported, kid, alg: 'RS256', use: 'sig' };
  return { key: { kid, privateKey, publicJwk }, privateJwk: { ...privateJwk, kid } };
}

async function keyFromJwk(privateJwk: JWK): Promise<SigningKey> {
  const privateKey = (await importJWK(privateJwk, 'RS256')) as CryptoKey;
  const { kty, n, e } = privateJwk;
  const kid = await calculateJwkThumbprint({ kty, n, e });
  return { kid, privateKey, publicJwk: { kty, n, e, kid, alg: 'RS256', use: 'sig' } };
}

async function loadOrCreateKey(keyFile: string | undefined): Promise<SigningKey> {
  if (keyFile && existsSync(keyFile)) {
    try {
      return await keyFromJwk(JSON.parse(readFileSync(keyFile, 'utf8')) as JWK);
    } catch {
      console.warn(`Lokale inlog: ${keyFile} is onleesbaar; er komt een nieuwe sleutel.`);
    }
  }
  const { key, privateJwk } = await newSigningKey();
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  return key;
}

export function claimsOf(user: DemoUser): IdTokenClaims {
  return {
    sub: user.id,
    email: user.email,
    email_verified: true,
    name: user.name,
    'cognito:username': user.id,
    'cognito:groups': [user.role],
    ...(user.steunpunt ? { 'custom:steunpunt': user.steunpunt } : {}),
    ...(user.swv ? { 'custom:swv': user.swv } : {}),
    token_use: 'id',
  };
}

export async function createLocalIdp(options: LocalIdpOptions): Promise<LocalIdp> {
  const key = await loadOrCreateKey(options.keyFile);
  const issuer = `http://localhost:${options.port}${localIdpPath}`;
  // The API fetches the keys over the loopback address the portal listens on, not a
  // name that may resolve to IPv6 first.
  const jwksUrl = `http://127.0.0.1:${options.port}${localIdpPath}/.well-known/jwks.json`;

  const sign = (claims: IdTokenClaims, signOptions: SignOptions = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const expiresIn = signOptions.expiresIn ?? localTokenSeconds;
    const jwt = new SignJWT({ auth_time: now, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setIssuer(signOptions.issuer ?? issuer);
    const audience = signOptions.audience === undefined ? localAudience : signOptions.audience;
    if (audience !== null) jwt.setAudience(audience);
    return jwt
      .setIssuedAt(Math.min(now, now + expiresIn))
      .setExpirationTime(now + expiresIn)
      .sign(key.privateKey);
  };
  const tokenFor = (user: DemoUser) => sign(claimsOf(user));
  const accessTokenFor = (user: DemoUser, clientId: string) =>
    sign(
      {
        sub: user.id,
        username: user.id,
        'cognito:groups': [user.role],
        client_id: clientId,
        scope: 'openid email profile',
        token_use: 'access',
      },
      // Cognito's access tokens carry no `aud`; the API accepts only ID tokens anyway.
      { audience: null },
    );

  const users = options.users ?? (async () => demoUsers);
  const app = new Hono()
    .get('/.well-known/jwks.json', (c) => c.json({ keys: [key.publicJwk] }))
    .get('/gebruikers', async (c) =>
      c.json({
        users: (await users()).map((user) => ({
          id: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          roleLabel: roleLabels[user.role],
          ...(user.steunpunt ? { steunpunt: user.steunpunt } : {}),
          ...(user.swv ? { swv: user.swv } : {}),
        })),
      }),
    )
    .route(
      '/',
      oauthRoutes({
        clientId: localAudience,
        origin: new URL(issuer).origin,
        expiresIn: localTokenSeconds,
        users,
        tokensFor: async (user, clientId) => ({
          idToken: await tokenFor(user),
          accessToken: await accessTokenFor(user, clientId),
        }),
      }),
    );

  return {
    app,
    issuer,
    audience: localAudience,
    jwksUrl,
    env: {
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: localAudience,
      AUTH_JWKS_URL: jwksUrl,
      // The browser goes to these: the portal's own origin, as the back office sees it.
      AUTH_AUTHORIZE_URL: `${issuer}/oauth2/authorize`,
      AUTH_TOKEN_URL: `${issuer}/oauth2/token`,
      AUTH_LOGOUT_URL: `${issuer}/logout`,
      AUTH_CLIENT_ID: localAudience,
    },
    tokenFor,
    sign,
  };
}

/**
 * The identity provider on a port of its own (the portal mounts it on its origin instead):
 * for tests that build the API app in-process and need real tokens and a real JWKS.
 */
export async function startLocalIdp(
  options: Omit<LocalIdpOptions, 'port'> = {},
): Promise<LocalIdp & { close(): Promise<void> }> {
  // Listen before the issuer exists: its URL carries the port.
  let fetchApp: (request: Request) => Response | Promise<Response> = () =>
    new Response(null, { status: 503 });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: (request) => fetchApp(request), port: 0, hostname: '127.0.0.1' }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ('closeAllConnections' in server) server.closeAllConnections();
    });
  const { port } = server.address() as AddressInfo;
  const idp = await createLocalIdp({ ...options, port }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  fetchApp = new Hono().route(localIdpPath, idp.app).fetch;
  return { ...idp, close };
}
