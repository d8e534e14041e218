/**
 * A steunpunt's contact in the back office: read and changed by the steunpunt's coördinator,
 * or by a beheerder for any steunpunt. Parents read it through public-contact-routes.ts.
 */
import { Hono } from 'hono/tiny';
import { saveSteunpuntContactBy } from '../admin/admin-changes.ts';
import {
  steunpuntContactFieldOrder,
  steunpuntContactInput,
} from '../admin/steunpunt-contact-schema.ts';
import { getSteunpunt, type Steunpunt } from '../admin/steunpunten.ts';
import { slugPattern } from '../admin/account-schema.ts';
import { principalOf, type BackofficeEnv } from '../auth/middleware.ts';
import { staffOf } from '../auth/tenant-access.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import { updateMeetingReplyAddress } from '../meetings/meeting-reply-address.ts';
import { accessMessages, ownSteunpunt } from './guard.ts';
import { publicContactOf } from './public-contact-routes.ts';
import { checks, route } from './route-kit.ts';
import { pathParam } from './router.ts';
import type { TableDeps } from '../core/table-deps.ts';

const keeper = { role: 'steunpunt-keeper', tenant: 'own-steunpunt' } as const;
const steunpuntParams = { steunpunt: pathParam(slugPattern) };

export const backofficeContactDeclarations = {
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

/** The register entry as the back-office form reads it. */
const keeperView = (steunpunt: Steunpunt) => ({
  ...publicContactOf(steunpunt),
  ...(steunpunt.contactUpdatedAt ? { updatedAt: steunpunt.contactUpdatedAt } : {}),
});

export function backofficeSteunpuntContactRoutes(deps: TableDeps) {
  const { read, save } = backofficeContactDeclarations;
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
