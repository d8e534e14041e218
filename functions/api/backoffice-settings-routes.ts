/**
 * A steunpunt's terms (first-answer target, retention, the smallest count the monitor
 * shows, who handles a complaint about the steunpunt itself), kept by the coördinator.
 */
import { Hono } from 'hono/tiny';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import type { Colleague } from '../core/colleague.ts';
import {
  complaintsEmailMessages,
  complaintsHandlerMessages,
  settingsFieldOrder,
  settingsInput,
} from '../cases/settings.ts';
import { readSettings, saveSettings } from '../cases/case-settings.ts';
import { checks, route } from './route-kit.ts';
import { fieldProblem } from './router.ts';

export const settingsDeclarations = {
  read: route({
    method: 'get',
    path: '/backoffice/settings',
    operationId: 'getSettings',
    summary: 'De instellingen van het steunpunt',
    who: { role: 'coordinator' },
    answers: { 200: 'De instellingen' },
  }),
  save: route({
    method: 'put',
    path: '/backoffice/settings',
    operationId: 'saveSettings',
    summary:
      'Reactietermijn, bewaartermijnen, het kleinste getal in de monitor en wie klachten over het steunpunt behandelt',
    who: { role: 'coordinator' },
    body: { schema: settingsInput, fieldOrder: settingsFieldOrder },
    idempotent: true,
    answers: {
      200: 'De instellingen zoals ze nu zijn',
      409: 'Iemand anders wijzigde de instellingen net',
    },
  }),
};

export function backofficeSettingsRoutes(deps: CaseDeps) {
  const { read, save } = settingsDeclarations;
  return new Hono<BackofficeEnv>()
    .get(read.path, ...checks(read), async (c) => {
      const { lastKey: _lastKey, ...settings } = await readSettings(deps, c.get('staff').steunpunt);
      return c.json(settings, 200);
    })
    .put(save.path, ...checks(save), async (c) => {
      const staff = c.get('staff');
      const key = c.req.valid('header').key;
      const { complaintsHandler: handlerId, ...input } = c.req.valid('json');
      // Only someone the staff directory knows as a medewerker or coördinator of this
      // steunpunt can be named; checked before anything is written.
      let handler: Colleague | null | undefined = handlerId === null ? null : undefined;
      if (handlerId) {
        handler = await deps.colleague(staff.steunpunt, handlerId);
        if (!handler) {
          return fieldProblem(c, 'complaintsHandler', complaintsHandlerMessages.notStaff);
        }
      }
      // Replies to a complaint about the steunpunt must not land in the shared mailbox.
      if (
        input.complaintsEmail &&
        (await sharedAddresses(deps, staff.steunpunt)).has(input.complaintsEmail)
      ) {
        return fieldProblem(c, 'complaintsEmail', complaintsEmailMessages.shared);
      }
      const outcome = await saveSettings(deps, staff.steunpunt, input, key, deps.clock(), handler);
      if (outcome.kind === 'conflict') {
        return c.json(
          {
            message:
              'Iemand anders heeft de instellingen net veranderd. Laad ze opnieuw en probeer het nog eens.',
            version: outcome.settings.version,
          },
          409,
        );
      }
      await recordCaseAudit(
        deps,
        staff,
        'settings',
        { tenant: '', reference: '' },
        new Date(outcome.settings.updatedAt ?? deps.clock().toISOString()),
        key,
      );
      return c.json(outcome.settings, 200);
    });
}

/** The steunpunt's shared address as its SWVs carry it (the Reply-To of ordinary mails). */
async function sharedAddresses(deps: CaseDeps, steunpunt: string): Promise<Set<string>> {
  const tenants = await Promise.all(
    (await deps.steunpuntTenants(steunpunt)).map((slug) => deps.tenants(slug)),
  );
  return new Set(
    tenants.flatMap((tenant) =>
      tenant?.steunpuntEmail ? [tenant.steunpuntEmail.trim().toLowerCase()] : [],
    ),
  );
}
