import { Hono } from 'hono';
import { questionIntake, submitQuestion } from '../cases/intakes/question.ts';
import { questionFieldOrder, questionInput } from '../cases/intakes/question-schema.ts';
import { log } from '../lib/log.ts';
import { offeredTopics } from '../topics/topic-list.ts';
import type { PublicTopics } from '../topics/topic-schema.ts';
import { readTopicSettings } from '../topics/topic-store.ts';
import type { ApiDeps } from './deps.ts';
import { idempotencyKey, invalidInputMessage, jsonBody, tenantSlugPattern } from './router.ts';

const unknownTenant = { message: 'Dit samenwerkingsverband bestaat niet' };

export function questionRoutes(deps: ApiDeps) {
  const tenantOf = async (swv: string) =>
    tenantSlugPattern.test(swv) ? await deps.tenants(swv) : undefined;

  return new Hono()
    .get('/swv/:swv/onderwerpen', async (c) => {
      const tenant = await tenantOf(c.req.param('swv'));
      if (!tenant) return c.json(unknownTenant, 404);
      const body: PublicTopics = {
        topics: offeredTopics(await readTopicSettings(deps, tenant.steunpunt)),
      };
      // Short: a topic the coördinator adds or hides reaches the form within a minute.
      c.header('cache-control', 'public, max-age=60');
      return c.json(body, 200);
    })
    .post(
      '/swv/:swv/vragen',
      idempotencyKey,
      jsonBody(questionInput, questionFieldOrder),
      async (c) => {
        const swv = c.req.param('swv');
        const tenant = await tenantOf(swv);
        if (!tenant) return c.json(unknownTenant, 404);

        const input = c.req.valid('json');
        // Checks against the tenant, in the order of the form.
        const errors = await questionIntake.tenantChecks(deps, tenant, input);
        if (errors.length > 0) return c.json({ message: invalidInputMessage, errors }, 400);

        const outcome = await submitQuestion(deps, tenant, input, c.req.valid('header').key);
        if (outcome.kind === 'key-reused') {
          return c.json(
            {
              message: 'Deze sleutel is al gebruikt voor een andere vraag. Laad de pagina opnieuw.',
            },
            422,
          );
        }
        log.info(`question.${outcome.kind}`, { tenant: swv, reference: outcome.reference });
        const body = { reference: outcome.reference, createdAt: outcome.createdAt };
        return c.json(body, outcome.kind === 'created' ? 201 : 200);
      },
    );
}
