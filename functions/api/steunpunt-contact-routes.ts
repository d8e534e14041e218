/**
 * A steunpunt's public contact: read by anyone for an SWV (the site's contact block on
 * every page), read and changed in the back office by the steunpunt's coördinator, or by a
 * beheerder for any steunpunt. The contact lives in the steunpunt register.
 */
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { saveSteunpuntContactBy } from '../admin/admin-changes.ts';
import {
  publicSteunpuntContact,
  steunpuntContactFieldOrder,
  steunpuntContactInput,
  type PublicSteunpuntContact,
} from '../admin/steunpunt-contact-schema.ts';
import { getSteunpunt, type Steunpunt } from '../admin/steunpunten.ts';
import { slugPattern } from '../admin/account-schema.ts';
import { principalOf, type BackofficeEnv } from '../auth/middleware.ts';
import { staffOf } from '../auth/tenant-access.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import { updateMeetingReplyAddress } from '../meetings/meeting-reply-address.ts';
import { accessMessages, ownSteunpunt } from './guard.ts';
import { publicTenant, unknownTenant } from './public-intake.ts';
import { checks, route } from './route-kit.ts';
import { pathParam, swvParam } from './router.ts';
import type { ApiDeps } from './deps.ts';
import type { TableDeps } from '../core/table-deps.ts';

const keeper = { role: 'steunpunt-keeper', tenant: 'own-steunpunt' } as const;
const steunpuntParams = { steunpunt: pathParam(slugPattern) };

export const steunpuntContactDeclarations = {
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
  read: route({
    method: 'get',
    path: '/backoffice/steunpunten/:steunpunt/contact',
    operationId: 'readSteunpuntContact',
    summary: 'De contactgegevens van een steunpunt, om te wijzigen',
    who: keeper,
    params: steunpuntParams,
    answers: { 200: 'De contactgegevens zoals ze nu zijn' },
  }),
  save: route({
    method: 'put',
    path: '/backoffice/steunpunten/:steunpunt/contact',
    operationId: 'saveSteunpuntContact',
    summary: 'De contactgegevens van een steunpunt wijzigen',
    who: keeper,
    params: steunpuntParams,
    body: { schema: steunpuntContactInput, fieldOrder: steunpuntContactFieldOrder },
    idempotent: true,
    answers: { 200: 'De contactgegevens zoals ze nu zijn' },
  }),
};

/** What a parent may see: the contact and the steunpunt's name, nothing else of the item. */
function publicContactOf(steunpunt: Steunpunt): PublicSteunpuntContact {
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

/** The register entry as the back-office form reads it. */
const keeperView = (steunpunt: Steunpunt) => ({
  ...publicContactOf(steunpunt),
  ...(steunpunt.contactUpdatedAt ? { updatedAt: steunpunt.contactUpdatedAt } : {}),
});

export function publicSteunpuntContactRoutes(deps: ApiDeps) {
  const { publicContact } = steunpuntContactDeclarations;
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

export function backofficeSteunpuntContactRoutes(deps: TableDeps) {
  const { read, save } = steunpuntContactDeclarations;
  const tenantChecks = { 'own-steunpunt': ownSteunpunt };
  const notFound = { message: accessMessages.steunpuntNotFound };
  return new Hono<BackofficeEnv>()
    .get(read.path, ...checks(read, tenantChecks), async (c) => {
      const steunpunt = await getSteunpunt(deps, c.req.param('steunpunt'));
      if (!steunpunt) return c.json(notFound, 404);
      return c.json(keeperView(steunpunt), 200);
    })
    .put(save.path, ...checks(save, tenantChecks), async (c) => {
      const principal = principalOf(c);
      const key = c.req.valid('header').key;
      const outcome = await saveSteunpuntContactBy(
        deps,
        principal,
        c.req.param('steunpunt'),
        c.req.valid('json'),
        key,
      );
      if (outcome.kind === 'not-found') return c.json(notFound, 404);
      // Meetings copy the address for their mails: those still to come take the new one.
      await updateMeetingReplyAddress(deps, outcome.steunpunt.id, outcome.steunpunt.email);
      // The coördinator's own log shows it too, next to the steunpunt's other settings.
      const staff = staffOf(principal);
      if (staff) {
        await recordCaseAudit(
          deps,
          staff,
          'contact',
          { tenant: '', reference: '' },
          new Date(outcome.updatedAt),
          key,
        );
      }
      return c.json(keeperView(outcome.steunpunt), 200);
    });
}
