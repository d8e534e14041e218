/**
 * A steunpunt's public contact, read by anyone for an SWV: the site's contact block on every
 * page. The contact lives in the steunpunt register; the coördinator changes it in the back
 * office (backoffice-steunpunt-contact-routes.ts).
 */
import { Hono } from 'hono/tiny';
import { etag } from 'hono/etag';
import {
  publicSteunpuntContact,
  type PublicSteunpuntContact,
} from '../admin/steunpunt-contact-schema.ts';
import { getSteunpunt, type Steunpunt } from '../admin/steunpunten.ts';
import { publicTenant, unknownTenant } from './public-intake.ts';
import { checks, route } from './route-kit.ts';
import { swvParam } from './router.ts';
import type { PublicApiDeps } from './deps.ts';

export const publicContactDeclarations = {
  publicContact: route({
    method: 'get',
    path: '/swv/:swv/contact',
    operationId: 'getSteunpuntContact',
    summary: 'Hoe je het steunpunt van een samenwerkingsverband bereikt',
    who: { role: 'public' },
    params: { swv: swvParam },
    answers: {
      200: {
        description: 'De contactgegevens van het steunpunt; een minuut te bewaren, met een ETag',
        schema: publicSteunpuntContact,
      },
      404: unknownTenant.message,
    },
  }),
};

/** What a parent may see: the contact and the steunpunt's name, nothing else of the item. */
export function publicContactOf(steunpunt: Steunpunt): PublicSteunpuntContact {
  const { id, name, email, phone, hours, whatsapp, visitingAddress, complaints } = steunpunt;
  return {
    steunpunt: id,
    name,
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(hours ? { hours } : {}),
    ...(whatsapp ? { whatsapp } : {}),
    ...(visitingAddress ? { visitingAddress } : {}),
    ...(complaints ? { complaints } : {}),
  };
}

export function publicSteunpuntContactRoutes(deps: PublicApiDeps) {
  const { publicContact } = publicContactDeclarations;
  // The contact block asks on every page view; an unchanged contact answers 304 by its ETag.
  return new Hono()
    .use(publicContact.path, etag())
    .get(publicContact.path, ...checks(publicContact), async (c) => {
      const tenant = await publicTenant(deps, c.req.param('swv'));
      if (!tenant) return c.json(unknownTenant, 404);
      const steunpunt = (await getSteunpunt(deps, tenant.steunpunt)) ?? {
        // A tenant whose steunpunt is not registered yet: its name, and nothing to reach it by.
        id: tenant.steunpunt,
        name: tenant.steunpuntName,
      };
      // Short: a change by the coördinator reaches every page within a minute.
      c.header('Cache-Control', 'public, max-age=60');
      return c.json(publicContactOf(steunpunt), 200);
    });
}
