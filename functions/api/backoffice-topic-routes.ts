/**
 * A steunpunt's topics: every medewerker reads them (the inbox filter, the case page),
 * the coördinator keeps them (hide national ones, add, rename or hide own ones).
 */
import { Hono } from 'hono/tiny';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { log } from '../lib/log.ts';
import { mergedTopics } from '../topics/topic-list.ts';
import {
  topicSettingsFieldOrder,
  topicSettingsInput,
  type TopicSettings,
} from '../topics/topic-schema.ts';
import { readTopicSettings, saveTopicSettings } from '../topics/topic-store.ts';
import { checks, route } from './route-kit.ts';
import { invalidInputMessage, messages } from './router.ts';

const conflictMessage =
  'Iemand anders heeft de onderwerpen net veranderd. Laad ze opnieuw en probeer het nog eens.';

/** What the back office shows: every topic in form order, hidden ones marked. */
const staffView = (settings: TopicSettings) => ({
  version: settings.version,
  ...(settings.updatedAt ? { updatedAt: settings.updatedAt } : {}),
  topics: mergedTopics(settings),
});
export type StaffTopics = ReturnType<typeof staffView>;

export const topicDeclarations = {
  read: route({
    method: 'get',
    path: '/backoffice/onderwerpen',
    operationId: 'getTopics',
    summary: 'De onderwerpen van het steunpunt: landelijke (ook verborgen) en eigen',
    who: { role: 'staff' },
    answers: { 200: 'De onderwerpen in de volgorde van het formulier' },
  }),
  save: route({
    method: 'put',
    path: '/backoffice/onderwerpen',
    operationId: 'saveTopics',
    summary: 'Landelijke onderwerpen verbergen, eigen onderwerpen toevoegen of wijzigen',
    who: { role: 'coordinator' },
    body: { schema: topicSettingsInput, fieldOrder: topicSettingsFieldOrder },
    idempotent: true,
    answers: {
      200: 'De onderwerpen zoals ze nu zijn',
      409: 'Iemand anders wijzigde de onderwerpen net',
      422: 'Deze sleutel hoort bij een andere wijziging',
    },
  }),
};

export function backofficeTopicRoutes(deps: CaseDeps) {
  const { read, save } = topicDeclarations;
  return new Hono<BackofficeEnv>()
    .get(read.path, ...checks(read), async (c) => {
      const settings = await readTopicSettings(deps, c.get('staff').steunpunt, true);
      return c.json(staffView(settings), 200);
    })
    .put(save.path, ...checks(save), async (c) => {
      const staff = c.get('staff');
      const key = c.req.valid('header').key;
      const outcome = await saveTopicSettings(
        deps,
        staff.steunpunt,
        c.req.valid('json'),
        key,
        deps.clock(),
      );
      switch (outcome.kind) {
        case 'invalid':
          return c.json({ message: invalidInputMessage, errors: outcome.errors }, 400);
        case 'key-reused':
          return c.json({ message: messages.keyReused }, 422);
        case 'conflict':
          return c.json({ message: conflictMessage, version: outcome.settings.version }, 409);
      }
      // The save's own time: a retry writes the same audit line, which is then kept.
      await recordCaseAudit(
        deps,
        staff,
        'topics',
        { tenant: '', reference: '' },
        new Date(outcome.settings.updatedAt ?? deps.clock().toISOString()),
        key,
      );
      if (outcome.kind === 'saved')
        log.info('topics.saved', { count: outcome.settings.own.length });
      return c.json(staffView(outcome.settings), 200);
    });
}
