/**
 * The back office's gate: `authenticate` turns `Authorization: Bearer <ID token>` into the
 * caller (`c.get('principal')`). Mounted in functions/api/app.ts on `/api/backoffice/*`, so
 * every back-office route is behind it; which roles and tenants a route lets through is the
 * route's own guard (functions/api/guard.ts, on the rules of ./tenant-access.ts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { log } from '../lib/log.ts';
import { AuthError } from './claims.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import type { Principal } from './principal.ts';
import type { Staff } from './tenant-access.ts';
import type { TokenVerifier } from './verify.ts';

/** What `authenticate` sets: the verified caller. */
export interface AuthEnv {
  Variables: { principal: Principal };
}

/** The case named in the URL, once the caller may see it (set by the own-case rule). */
export interface CaseParams {
  tenant: Tenant;
  target: { tenant: string; caseId: string };
}

/**
 * The Hono environment of a back-office route. `principal` is undefined when a route runs
 * outside the gate by mistake (the guard then answers 401); `staff` and `caseParams` are set
 * by the route's guard once the caller may handle cases, and that case; `monitorTenant` once
 * the caller may read the monitor of the SWV in the URL.
 */
export interface BackofficeEnv {
  Variables: {
    principal: Principal | undefined;
    staff: Staff;
    caseParams: CaseParams;
    monitorTenant: Tenant;
  };
}

export const authMessages = {
  401: 'Je bent niet ingelogd. Log opnieuw in.',
  403: 'Je hebt geen toegang tot deze pagina.',
  /** Signed in, but the account lacks a role or its steunpunt/SWV: only a beheerder can help. */
  incomplete:
    'Je account is nog niet klaar voor het portaal. Vraag de beheerder om je rol en steunpunt in te stellen.',
  disabled: 'Je account staat uit. Vraag de beheerder om het weer aan te zetten.',
  changed: 'Je rol of organisatie is gewijzigd. Log opnieuw in.',
} as const;

// Far above any real ID token (Cognito's are about 1 KB), far below what costs effort.
const maxTokenLength = 8 * 1024;

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i.exec(header?.trim() ?? '');
  const token = match?.[1];
  return token && token.length <= maxTokenLength ? token : undefined;
}

function refuse(c: Context, error: AuthError) {
  log.info('auth.refused', {
    status: error.status,
    errorName: error.reason,
    method: c.req.method,
    route: c.req.routePath,
  });
  const message =
    error.reason === 'account-disabled'
      ? authMessages.disabled
      : error.reason === 'account-changed'
        ? authMessages.changed
        : error.status === 401
          ? authMessages[401]
          : error.reason === 'forbidden-role'
            ? authMessages[403]
            : authMessages.incomplete;
  // The account cases say so, so the back office can show why instead of "signed out".
  const account = error.reason === 'account-disabled' || error.reason === 'account-changed';
  return c.json(account ? { message, code: error.reason } : { message }, error.status);
}

/** What the account register says of a verified caller (functions/admin/account-standing.ts). */
export type StandingCheck = (principal: Principal) => Promise<'ok' | 'disabled' | 'changed'>;

export function authenticate(
  verify: TokenVerifier,
  standing?: StandingCheck,
): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    // Back-office answers carry personal data: never keep them in a browser or proxy cache.
    c.header('Cache-Control', 'no-store');
    const token = bearerToken(c.req.header('authorization'));
    if (!token) return refuse(c, new AuthError(401, 'no-token'));
    let principal: Principal;
    try {
      principal = await verify(token);
    } catch (error) {
      if (error instanceof AuthError) return refuse(c, error);
      throw error;
    }
    const now = standing ? await standing(principal) : 'ok';
    if (now === 'disabled') return refuse(c, new AuthError(401, 'account-disabled'));
    if (now === 'changed') return refuse(c, new AuthError(401, 'account-changed'));
    c.set('principal', principal);
    await next();
  };
}

/**
 * The caller of a back-office route. Fails closed (401) when a route was mounted outside
 * `/api/backoffice/*` by mistake, instead of running without a caller.
 */
export function principalOf(c: Context): Principal {
  const principal = c.get('principal') as Principal | undefined;
  if (!principal) {
    const res = Response.json({ message: authMessages[401] }, { status: 401 });
    throw new HTTPException(401, { res });
  }
  return principal;
}
