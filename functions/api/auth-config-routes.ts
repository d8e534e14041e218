/**
 * GET /api/auth/config: where the back office in the browser signs in. The static site is
 * the same everywhere, so it reads the issuer (Cognito in AWS, the portal's own locally)
 * from here, without a token: everything in it is public.
 */
import { Hono } from 'hono';
import type { SignInConfig } from '../lib/config.ts';

export function authConfigRoutes(signIn: SignInConfig | undefined) {
  return new Hono().get('/auth/config', (c) => {
    c.header('Cache-Control', 'no-store');
    if (!signIn) {
      return c.json({ message: 'Inloggen is in deze omgeving niet ingesteld.' }, 404);
    }
    return c.json({
      authorizeUrl: signIn.authorizeUrl,
      tokenUrl: signIn.tokenUrl,
      clientId: signIn.clientId,
      ...(signIn.logoutUrl ? { logoutUrl: signIn.logoutUrl } : {}),
    });
  });
}
