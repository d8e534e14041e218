/**
 * Both audiences' routes in one app: how the local portal and the in-process tests serve
 * the API, and the type the browser's typed client is made from (hono/client). In AWS the
 * public routes and each part of the back office run as functions of their own
 * (api-functions.ts).
 */
import { Hono } from 'hono/tiny';
import type { ApiDeps } from './deps.ts';
import { apiApp } from './api-app.ts';
import { backofficeRoutes } from './backoffice-app.ts';
import { publicRoutes } from './public-app.ts';

export function createApp(deps: ApiDeps) {
  return apiApp(new Hono().route('/', publicRoutes(deps)).route('/', backofficeRoutes(deps)));
}

export type PortalApi = ReturnType<typeof createApp>;
