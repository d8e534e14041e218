/** The API about itself: whether it runs, and its OpenAPI description. */
import { Hono } from 'hono';
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
  openApi: route({
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'Deze beschrijving',
    who: { role: 'public' },
    answers: { 200: 'OpenAPI 3.1' },
  }),
};

/** `document` is handed in, so that this module need not know every route. */
export function serviceRoutes(document: () => object) {
  const { health, openApi } = serviceDeclarations;
  return new Hono()
    .get(health.path, ...checks(health), (c) => c.json({ status: 'ok' as const }, 200))
    .get(openApi.path, ...checks(openApi), (c) => c.json(document(), 200));
}
