/**
 * From the claims of a verified ID token to the caller the back office works with. The
 * same mapping serves Cognito's tokens and the local issuer's (scripts/local/local-idp.ts).
 */
import type { JWTPayload } from 'jose';
import { roles, type Principal, type PortalClaims, type Role } from './principal.ts';

/** Why a request is refused: 401 means "sign in again", 403 "signing in will not help". */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    readonly status: 401 | 403,
    /** A short code for the log; never anything from the token. */
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Steunpunt and SWV ids are slugs, as in content/ and the tenant records. */
const slugPattern = /^[a-z0-9-]{2,64}$/;

const isRole = (value: unknown): value is Role => roles.includes(value as Role);

const nonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0;

/**
 * Checks the claims the portal relies on and makes the principal. Exactly one role: a
 * user belongs to one role group; should a beheerder put someone in two, the first group
 * in the claim that is a portal role counts, and other groups (Cognito's own) are ignored.
 * Only the attribute that belongs to the role is kept, so no check elsewhere can be misled
 * by a stray `custom:swv` on a medewerker.
 */
export function claimsToPrincipal(payload: JWTPayload): Principal {
  const claims = payload as Partial<PortalClaims> & JWTPayload & { token_use?: unknown };
  // An access token has no name or e-mail and is meant for other audiences.
  if (claims.token_use !== 'id') throw new AuthError(401, 'not-an-id-token');
  if (!nonEmpty(claims.sub) || !nonEmpty(claims.email)) throw new AuthError(401, 'claims-missing');

  const groups: unknown = claims['cognito:groups'];
  const role = Array.isArray(groups) ? groups.find(isRole) : undefined;
  if (!role) throw new AuthError(403, 'no-role');

  const principal: Principal = {
    userId: claims.sub,
    email: claims.email,
    name: nonEmpty(claims.name) ? claims.name : claims.email,
    role,
  };
  if (role === 'medewerker' || role === 'coordinator') {
    const steunpunt = claims['custom:steunpunt'];
    if (!nonEmpty(steunpunt) || !slugPattern.test(steunpunt)) {
      throw new AuthError(403, 'no-steunpunt');
    }
    principal.steunpunt = steunpunt;
  }
  if (role === 'swv-lezer') {
    const swv = claims['custom:swv'];
    if (!nonEmpty(swv) || !slugPattern.test(swv)) throw new AuthError(403, 'no-swv');
    principal.swv = swv;
  }
  return principal;
}
