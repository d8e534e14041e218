/**
 * Signing in to a running local portal as one of the demo users (scripts/local/demo-users.ts)
 * with the code flow and PKCE the back office uses: the local issuer's sign-in page, the
 * demo user picked in its form, and the code exchanged at the token endpoint.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { localAudience, localIdpPath } from '../../scripts/local/local-idp.ts';

export interface CodeRequest {
  verifier: string;
  redirectUri: string;
  state: string;
  /** The authorize request's parameters, as the sign-in page's form posts them back. */
  params: Record<string, string>;
}

/** A fresh authorize request as the back office makes it, for the portal at `portalUrl`. */
export function codeRequest(portalUrl: string): CodeRequest {
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const redirectUri = `${portalUrl}/backoffice/`;
  return {
    verifier,
    redirectUri,
    state,
    params: {
      response_type: 'code',
      client_id: localAudience,
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    },
  };
}

/** Picks the demo user on the local sign-in page; the code the issuer sends back. */
export async function authorizeCode(
  portalUrl: string,
  request: CodeRequest,
  userId: string,
): Promise<string> {
  const authorize = `${portalUrl}${localIdpPath}/oauth2/authorize`;
  const page = await fetch(`${authorize}?${new URLSearchParams(request.params)}`);
  if (page.status !== 200) throw new Error(`Sign-in page answered ${page.status}`);
  const chosen = await fetch(authorize, {
    method: 'POST',
    body: new URLSearchParams({ ...request.params, user: userId }),
    redirect: 'manual',
  });
  const location = chosen.headers.get('location');
  if (chosen.status !== 303 || !location) {
    throw new Error(`Sign-in as ${userId} failed: ${chosen.status}`);
  }
  const back = new URL(location);
  if (back.searchParams.get('state') !== request.state) throw new Error('state came back changed');
  return back.searchParams.get('code')!;
}

/** The token endpoint's answer for a code (form-encoded, as Cognito's). */
export function exchangeCode(portalUrl: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${portalUrl}${localIdpPath}/oauth2/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: localAudience,
      ...fields,
    }),
  });
}

/** An ID token for the demo user; pass it as `Authorization: Bearer <token>`. */
export async function signIn(portalUrl: string, userId: string): Promise<string> {
  const request = codeRequest(portalUrl);
  const code = await authorizeCode(portalUrl, request, userId);
  const response = await exchangeCode(portalUrl, {
    code,
    redirect_uri: request.redirectUri,
    code_verifier: request.verifier,
  });
  if (!response.ok) throw new Error(`Code exchange for ${userId} failed: ${response.status}`);
  const { id_token: idToken } = (await response.json()) as { id_token: string };
  return idToken;
}

/** Headers for a back-office request as the demo user. */
export async function signedInHeaders(
  portalUrl: string,
  userId: string,
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signIn(portalUrl, userId)}` };
}

/**
 * Signs in in the browser as people do: "Inloggen" on the back office's sign-in page, the
 * demo user (by name) on the local issuer's page, and back; waits for `landing`.
 */
export async function signInInBrowser(
  page: Page,
  portalUrl: string,
  userName: string,
  landing: RegExp,
): Promise<void> {
  await page.goto(`${portalUrl}/backoffice/`);
  // Click only once React has taken over the button (it is in the HTML before that).
  await page.locator('button[data-ready="true"]', { hasText: 'Inloggen' }).waitFor();
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL(/\/lokaal\/idp\/oauth2\/authorize\?/);
  await page.getByRole('button', { name: `Log in als ${userName}` }).click();
  await page.waitForURL(landing);
}
