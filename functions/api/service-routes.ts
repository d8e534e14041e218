/**
 * The API about itself: whether it runs. Its OpenAPI description is a file the build writes
 * next to the site (scripts/build-openapi.ts), so no function carries or builds it.
 */
import { Hono } from 'hono/tiny';
import { checks, route } from './route-kit.ts';

export const serviceDeclarations = {
  health: route({
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    summary: 'Of de API draait',
    who: { role: 'public' },
    answers: { 200: 'De API draait' },
  }),
};

export function serviceRoutes() {
  const { health } = serviceDeclarations;
  return new Hono().get(health.path, ...checks(health), (c) =>
    c.json({ status: 'ok' as const }, 200),
  );
}
