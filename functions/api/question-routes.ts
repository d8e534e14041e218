import { Hono } from 'hono';
import { log } from '../lib/log.ts';
import { otherGemeente, questionFieldOrder, questionInput } from '../questions/question-schema.ts';
import { submitQuestion } from '../questions/question-store.ts';
import type { ApiDeps } from './deps.ts';
import { idempotencyKey, invalidInputMessage, jsonBody, tenantSlugPattern } from './router.ts';

const unknownTenant = { message: 'Dit samenwerkingsverband bestaat niet' };

export function questionRoutes(deps: ApiDeps) {
  return new Hono().post(
    '/swv/:swv/vragen',
    idempotencyKey,
    jsonBody(questionInput, questionFieldOrder),
    async (c) => {
      const swv = c.req.param('swv');
      const tenant = tenantSlugPattern.test(swv) ? await deps.tenants(swv) : undefined;
      if (!tenant) return c.json(unknownTenant, 404);

      const input = c.req.valid('json');
      if (input.gemeente !== otherGemeente && !tenant.gemeenten.includes(input.gemeente)) {
        return c.json(
          {
            message: invalidInputMessage,
            errors: [{ field: 'gemeente', message: 'Kies je gemeente uit de lijst' }],
          },
          400,
        );
      }

      const outcome = await submitQuestion(deps, tenant, input, c.req.valid('header').key);
      if (outcome.kind === 'key-reused') {
        return c.json(
          { message: 'Deze sleutel is al gebruikt voor een andere vraag. Laad de pagina opnieuw.' },
          422,
        );
      }
      log.info(`question.${outcome.kind}`, { tenant: swv, reference: outcome.reference });
      const body = { reference: outcome.reference, createdAt: outcome.createdAt };
      return c.json(body, outcome.kind === 'created' ? 201 : 200);
    },
  );
}
