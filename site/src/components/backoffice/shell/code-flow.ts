/**
 * Signing in with the OAuth 2.0 authorization-code flow and PKCE (S256), as a public client:
 * the same flow against Cognito's managed login in AWS and the portal's own issuer locally.
 * The API says where the issuer is (GET /api/auth/config). The verifier and state wait in
 * sessionStorage for the way back, and are used once.
 */
import type { InferResponseType } from 'hono/client';
import { portal } from '../../../lib/portal-client.ts';
import { backofficePaths } from './paths.ts';

export type SignInSettings = InferResponseType<typeof portal.auth.config.$get, 200>;

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

const pendingKey = 'backoffice.inloggen';
const scope = 'openid email profile';

const messages = {
  config:
    'Inloggen kan nu niet: de instellingen konden niet worden geladen. Probeer het later opnieuw.',
  network: 'Er is geen verbinding met de server. Controleer je internet en probeer het opnieuw.',
  state:
    'Inloggen is niet gelukt: dit antwoord hoort niet bij je inlogpoging. Probeer het opnieuw.',
  denied: 'Inloggen is afgebroken of geweigerd. Probeer het opnieuw.',
  exchange: 'Inloggen is niet gelukt: de inlogcode werd niet geaccepteerd. Probeer het opnieuw.',
};

interface Pending {
  state: string;
  verifier: string;
  redirectUri: string;
  tokenUrl: string;
  clientId: string;
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const randomString = (byteLength: number) =>
  base64url(crypto.getRandomValues(new Uint8Array(byteLength)));

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

const isSettings = (value: unknown): value is SignInSettings => {
  const v = value as Partial<SignInSettings> | null;
  return (
    typeof v?.authorizeUrl === 'string' &&
    typeof v.tokenUrl === 'string' &&
    typeof v.clientId === 'string'
  );
};

export async function loadSettings(): Promise<Outcome<SignInSettings>> {
  try {
    const response = await portal.auth.config.$get(undefined, {
      headers: { accept: 'application/json' },
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok && isSettings(body)) return { ok: true, value: body };
    const message = (body as { message?: unknown } | undefined)?.message;
    return { ok: false, message: typeof message === 'string' ? message : messages.config };
  } catch {
    return { ok: false, message: messages.network };
  }
}

/** The URL of the issuer's sign-in page, with a fresh verifier and state kept for the return. */
export async function authorizeUrl(settings: SignInSettings): Promise<string> {
  const verifier = randomString(32);
  const state = randomString(16);
  const redirectUri = new URL(backofficePaths.signIn, window.location.origin).href;
  const pending: Pending = {
    state,
    verifier,
    redirectUri,
    tokenUrl: settings.tokenUrl,
    clientId: settings.clientId,
  };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  const url = new URL(settings.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
    lang: 'nl',
  }).toString();
  return url.href;
}

/** Whether this page load is the issuer sending the user back (with a code or an error). */
export const isReturn = (params: URLSearchParams) => params.has('code') || params.has('error');

function takePending(): Pending | undefined {
  const raw = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  if (!raw) return undefined;
  try {
    const pending = JSON.parse(raw) as Partial<Pending>;
    return typeof pending.state === 'string' && typeof pending.verifier === 'string'
      ? (pending as Pending)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The ID token for the code the issuer sent back, once its state is proven ours. */
export async function finishSignIn(
  params: URLSearchParams,
): Promise<Outcome<{ idToken: string; expiresIn: number }>> {
  const pending = takePending();
  const state = params.get('state');
  if (!pending || !state || state !== pending.state) return { ok: false, message: messages.state };
  const code = params.get('code');
  if (params.has('error') || !code) return { ok: false, message: messages.denied };
  try {
    const response = await fetch(pending.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: pending.clientId,
        code,
        redirect_uri: pending.redirectUri,
        code_verifier: pending.verifier,
      }),
    });
    const body = (await response.json().catch(() => undefined)) as
      { id_token?: unknown; expires_in?: unknown } | undefined;
    if (!response.ok || typeof body?.id_token !== 'string') {
      return { ok: false, message: messages.exchange };
    }
    return {
      ok: true,
      value: { idToken: body.id_token, expiresIn: Number(body.expires_in) || 3600 },
    };
  } catch {
    return { ok: false, message: messages.network };
  }
}
