/**
 * Verifying a back-office ID token against the issuer's published keys (JWKS): signature
 * (RS256 only), issuer, audience, expiry, then the portal's own claims (claims.ts).
 * Production and the local portal run this same code; only the settings differ.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../lib/config.ts';
import { AuthError, claimsToPrincipal } from './claims.ts';
import type { Principal } from './principal.ts';

/** Resolves a raw token to the caller, or throws AuthError (or a real fault). */
export type TokenVerifier = (token: string) => Promise<Principal>;

// One key set per URL for the life of the container: jose caches the keys and fetches
// again only for an unknown key id (key rotation), so a warm Lambda rarely calls out.
const keySets = new Map<string, JWTVerifyGetKey>();

function keySetAt(jwksUrl: string): JWTVerifyGetKey {
  let keySet = keySets.get(jwksUrl);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3000 });
    keySets.set(jwksUrl, keySet);
  }
  return keySet;
}

/**
 * Failures that say "this token is no good" (401). Not reaching the issuer's keys is our
 * fault, not the caller's, so JWKSTimeout, JWKSInvalid and network errors stay faults (5xx).
 */
const tokenFaults = [
  errors.JWTExpired,
  errors.JWTClaimValidationFailed,
  errors.JWTInvalid,
  errors.JWSInvalid,
  errors.JWSSignatureVerificationFailed,
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
];

export function jwksVerifier(settings: AuthConfig): TokenVerifier {
  const keys = keySetAt(settings.jwksUrl);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'iat', 'sub'],
        // Lambda's and Cognito's clocks agree closely; allow for a little drift.
        clockTolerance: 30,
      });
      return claimsToPrincipal(payload);
    } catch (error) {
      if (error instanceof errors.JOSEError && tokenFaults.some((f) => error instanceof f)) {
        throw new AuthError(401, error.code);
      }
      throw error;
    }
  };
}

/** Without configured auth (a test of the public API) every back-office call is refused. */
export const refuseEveryToken: TokenVerifier = async () => {
  throw new AuthError(401, 'auth-not-configured');
};
