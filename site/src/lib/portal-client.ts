/**
 * The portal's API as the browser calls it, typed from the server's own routes
 * (`hc<PortalApi>` from hono/client): a path, an input or an answer that the server
 * changes no longer type-checks here. Only types come from functions/, no server code.
 */
import { hc } from 'hono/client';
import type { PortalApi } from '../../../functions/api/app.ts';

export const portal = hc<PortalApi>('/').api;

/** The client's type, for a script that types a plain fetch without this module's runtime. */
export type PortalClient = typeof portal;
