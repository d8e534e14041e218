/**
 * The local issuer's OAuth 2.0 authorization-code flow with PKCE (S256), shaped like
 * Cognito's managed login, so the back office signs in with one and the same flow locally
 * and in AWS:
 *   GET  /oauth2/authorize   checks the request and shows the demo users to choose from
 *   POST /oauth2/authorize   issues a one-time code and redirects to `redirect_uri?code&state`
 *   POST /oauth2/token       form-encoded, like Cognito's: code + verifier → the tokens
 *   GET  /logout             ends the session (there is none to keep here) and goes back to
 *                            `logout_uri`, like Cognito's /logout
 * Codes live in memory only: a restart of the portal simply means signing in again.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { DemoUser } from './demo-users.ts';
import { signInErrorPage, signInPage } from './local-sign-in-page.ts';

/** Long enough for a person to pick a user, short enough that a leaked code is worthless. */
export const codeSeconds = 120;

export interface OAuthOptions {
  /** The one public client: the back office (the token audience, as in Cognito). */
  clientId: string;
  /** The origin the back office runs on; redirects go nowhere else. */
  origin: string;
  /** The ID token and the access token for a user, as the token endpoint hands them out. */
  /** Who may sign in now: the account register in the portal, the demo users elsewhere. */
  users(): Promise<readonly DemoUser[]>;
  tokensFor(user: DemoUser, clientId: string): Promise<{ idToken: string; accessToken: string }>;
  expiresIn: number;
}

interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  scope: string;
  codeChallenge: string;
}

interface IssuedCode {
  userId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  expiresAt: number;
}

const challengePattern = /^[A-Za-z0-9_-]{43}$/;
// RFC 7636 §4.1: 43 to 128 unreserved characters.
const verifierPattern = /^[A-Za-z0-9._~-]{43,128}$/;

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

type Params = Record<string, string | undefined>;

/** The request's parameters checked as Cognito checks them, or what is wrong, in Dutch. */
function checkAuthorize(
  params: Params,
  options: OAuthOptions,
): { ok: true; request: AuthorizeRequest } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  if (params.client_id !== options.clientId) return fail('Deze toepassing is hier niet bekend.');
  const redirect = URL.canParse(params.redirect_uri ?? '') ? new URL(params.redirect_uri!) : null;
  if (
    !redirect ||
    redirect.origin !== options.origin ||
    !redirect.pathname.startsWith('/backoffice/') ||
    redirect.hash
  ) {
    return fail('Het adres om naar terug te gaan klopt niet.');
  }
  if (params.response_type !== 'code')
    return fail('Alleen inloggen met een code wordt hier ondersteund.');
  const scopes = (params.scope ?? '').split(' ');
  if (!scopes.includes('openid')) return fail('Het verzoek vraagt niet om een ID-token (openid).');
  if (
    params.code_challenge_method !== 'S256' ||
    !challengePattern.test(params.code_challenge ?? '')
  ) {
    return fail('Het verzoek mist een geldige PKCE-controle (S256).');
  }
  const state = params.state ?? '';
  if (state.length === 0 || state.length > 512) return fail('Het verzoek mist een geldige state.');
  return {
    ok: true,
    request: {
      clientId: options.clientId,
      redirectUri: redirect.href,
      state,
      scope: params.scope!,
      codeChallenge: params.code_challenge!,
    },
  };
}

async function formOf(c: Context): Promise<Params | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return undefined;
  const body = await c.req.parseBody().catch(() => undefined);
  if (!body) return undefined;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : undefined,
    ]),
  );
}

export function oauthRoutes(options: OAuthOptions): Hono {
  const codes = new Map<string, IssuedCode>();
  const forgetExpired = (now: number) => {
    for (const [code, issued] of codes) if (issued.expiresAt <= now) codes.delete(code);
  };

  const tokenError = (c: Context, error: string, description: string, status: 400 | 401 = 400) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ error, error_description: description }, status);
  };

  return new Hono()
    .get('/logout', (c) => {
      const clientId = c.req.query('client_id');
      const back = c.req.query('logout_uri') ?? '';
      const target = URL.canParse(back) ? new URL(back) : null;
      if (
        clientId !== options.clientId ||
        !target ||
        target.origin !== options.origin ||
        !target.pathname.startsWith('/backoffice/')
      ) {
        return c.html(signInErrorPage('Het adres om naar terug te gaan klopt niet.'), 400);
      }
      return c.redirect(target.href, 302);
    })
    .get('/oauth2/authorize', async (c) => {
      const checked = checkAuthorize(c.req.query(), options);
      if (!checked.ok) return c.html(signInErrorPage(checked.message), 400);
      const { request } = checked;
      return c.html(
        signInPage(await options.users(), {
          client_id: request.clientId,
          redirect_uri: request.redirectUri,
          response_type: 'code',
          scope: request.scope,
          state: request.state,
          code_challenge: request.codeChallenge,
          code_challenge_method: 'S256',
        }),
      );
    })
    .post('/oauth2/authorize', async (c) => {
      const form = await formOf(c);
      const checked = form ? checkAuthorize(form, options) : undefined;
      if (!checked?.ok) {
        return c.html(
          signInErrorPage(checked?.message ?? 'Het verzoek kon niet worden gelezen.'),
          400,
        );
      }
      const user = (await options.users()).find((u) => u.id === form?.user);
      if (!user) return c.html(signInErrorPage('Kies een gebruiker om mee in te loggen.'), 400);
      const now = Date.now();
      forgetExpired(now);
      const code = randomBytes(32).toString('base64url');
      codes.set(code, {
        userId: user.id,
        clientId: checked.request.clientId,
        redirectUri: checked.request.redirectUri,
        codeChallenge: checked.request.codeChallenge,
        expiresAt: now + codeSeconds * 1000,
      });
      const back = new URL(checked.request.redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', checked.request.state);
      return c.redirect(back.href, 303);
    })
    .post('/oauth2/token', async (c) => {
      const form = await formOf(c);
      if (!form) return tokenError(c, 'invalid_request', 'Stuur het verzoek als formulier.');
      if (form.grant_type !== 'authorization_code') {
        return tokenError(
          c,
          'unsupported_grant_type',
          'Alleen een inlogcode kan worden ingewisseld.',
        );
      }
      if (form.client_id !== options.clientId) {
        return tokenError(c, 'invalid_client', 'Deze toepassing is hier niet bekend.', 401);
      }
      // A code is spent by its first use, whatever the outcome: a second try never works.
      const issued = form.code ? codes.get(form.code) : undefined;
      if (form.code) codes.delete(form.code);
      const now = Date.now();
      if (
        !issued ||
        issued.expiresAt <= now ||
        issued.clientId !== form.client_id ||
        issued.redirectUri !== form.redirect_uri ||
        !verifierPattern.test(form.code_verifier ?? '') ||
        s256(form.code_verifier!) !== issued.codeChallenge
      ) {
        return tokenError(c, 'invalid_grant', 'De inlogcode is ongeldig, verlopen of al gebruikt.');
      }
      const user = (await options.users()).find((u) => u.id === issued.userId);
      if (!user) return tokenError(c, 'invalid_grant', 'Deze gebruiker bestaat niet meer.');
      const { idToken, accessToken } = await options.tokensFor(user, issued.clientId);
      c.header('Cache-Control', 'no-store');
      c.header('Pragma', 'no-cache');
      return c.json({
        id_token: idToken,
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: options.expiresIn,
      });
    });
}
