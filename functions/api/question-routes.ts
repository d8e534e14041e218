/** The question form's routes: the topics it offers, and asking a question. */
import { Hono } from 'hono';
import { log } from '../lib/log.ts';
import {
  questionCreated,
  questionFieldOrder,
  questionInput,
} from '../cases/intakes/question-schema.ts';
import { questionIntake, submitQuestion } from '../cases/intakes/question.ts';
import { offeredTopics } from '../topics/topic-list.ts';
import { publicTopics, type PublicTopics } from '../topics/topic-schema.ts';
import { readTopicSettings } from '../topics/topic-store.ts';
import type { ApiDeps } from './deps.ts';
import { checks, route } from './route-kit.ts';
import { invalidInputMessage, swvParam, tenantSlugPattern } from './router.ts';

const unknownTenant = { message: 'Dit samenwerkingsverband bestaat niet' };

export const questionDeclarations = {
  topics: route({
    method: 'get',
    path: '/swv/:swv/onderwerpen',
    operationId: 'listFormTopics',
    summary: 'De onderwerpen op het vraagformulier, op volgorde',
    who: { role: 'public' },
    params: { swv: swvParam },
    answers: {
      200: { description: 'De onderwerpen; een minuut te bewaren', schema: publicTopics },
      404: unknownTenant.message,
    },
  }),
  ask: route({
    method: 'post',
    path: '/swv/:swv/vragen',
    operationId: 'askQuestion',
    summary: 'Stel een vraag aan het ouder- en jeugdsteunpunt',
    who: { role: 'public' },
    params: { swv: swvParam },
    body: { schema: questionInput, fieldOrder: questionFieldOrder },
    idempotent: true,
    answers: {
      201: { description: 'De vraag is opgeslagen', schema: questionCreated },
      200: {
        description: 'Deze vraag was al ontvangen (zelfde sleutel)',
        schema: questionCreated,
      },
      404: unknownTenant.message,
      422: 'Deze sleutel hoort bij een andere vraag',
    },
  }),
};

export function questionRoutes(deps: ApiDeps) {
  const tenantOf = async (swv: string) =>
    tenantSlugPattern.test(swv) ? await deps.tenants(swv) : undefined;

  const { topics, ask } = questionDeclarations;
  return new Hono()
    .get(topics.path, ...checks(topics), async (c) => {
      const tenant = await tenantOf(c.req.param('swv'));
      if (!tenant) return c.json(unknownTenant, 404);
      const body: PublicTopics = {
        topics: offeredTopics(await readTopicSettings(deps, tenant.steunpunt)),
      };
      // Short: a topic the coördinator adds or hides reaches the form within a minute.
      c.header('cache-control', 'public, max-age=60');
      return c.json(body, 200);
    })
    .post(ask.path, ...checks(ask), async (c) => {
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
    });
}
