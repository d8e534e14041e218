/** A steunpunt's terms (first-answer target, retention), kept by the coördinator. */
import { Hono } from 'hono';
import { recordCaseAudit } from '../cases/case-audit.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { settingsFieldOrder, settingsInput } from '../cases/settings.ts';
import { readSettings, saveSettings } from '../cases/case-settings.ts';
import type { CaseEnv } from '../cases/principal-context.ts';
import { coordinatorOnly } from './backoffice-guards.ts';
import { idempotencyKey, jsonBody } from './router.ts';

export function backofficeSettingsRoutes(deps: CaseDeps) {
  return new Hono<CaseEnv>()
    .get('/backoffice/settings', coordinatorOnly, async (c) => {
      const { lastKey: _lastKey, ...settings } = await readSettings(deps, c.get('staff').steunpunt);
      return c.json(settings, 200);
    })
    .put(
      '/backoffice/settings',
      coordinatorOnly,
      idempotencyKey,
      jsonBody(settingsInput, settingsFieldOrder),
      async (c) => {
        const staff = c.get('staff');
        const key = c.req.valid('header').key;
        const outcome = await saveSettings(
          deps,
          staff.steunpunt,
          c.req.valid('json'),
          key,
          deps.clock(),
        );
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
      },
    );
}
