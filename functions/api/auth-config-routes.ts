/**
 * GET /api/auth/config: where the back office in the browser signs in. The static site is
 * the same everywhere, so it reads the issuer (Cognito in AWS, the portal's own locally)
 * from here, without a token: everything in it is public.
 */
import { Hono } from 'hono/tiny';
import type { SignInConfig } from '../lib/config.ts';
import { checks, route } from './route-kit.ts';

export const authConfigDeclarations = {
  config: route({
    method: 'get',
    path: '/auth/config',
    operationId: 'getSignInConfig',
    summary: 'Waar de backoffice inlogt (authorization-code flow met PKCE)',
    who: { role: 'public' },
    answers: {
      200: 'De openbare inloginstellingen',
      404: 'Inloggen is hier niet ingesteld',
    },
  }),
};

export function authConfigRoutes(signIn: SignInConfig | undefined) {
  const { config } = authConfigDeclarations;
  return new Hono().get(config.path, ...checks(config), (c) => {
    c.header('Cache-Control', 'no-store');
    if (!signIn) {
      return c.json({ message: 'Inloggen is in deze omgeving niet ingesteld.' }, 404);
    }
    return c.json(
      {
        authorizeUrl: signIn.authorizeUrl,
        tokenUrl: signIn.tokenUrl,
        clientId: signIn.clientId,
        ...(signIn.logoutUrl ? { logoutUrl: signIn.logoutUrl } : {}),
      },
      200,
    );
  });
}
