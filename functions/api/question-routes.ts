import { createRoute, z } from '@hono/zod-openapi';
import { problemBody } from '../lib/field-errors.ts';
import { log } from '../lib/log.ts';
import {
  otherGemeente,
  questionCreated,
  questionFieldOrder,
  questionInput,
} from '../questions/question-schema.ts';
import { submitQuestion } from '../questions/question-store.ts';
import type { ApiDeps } from './deps.ts';
import { invalidInputMessage, newRouter } from './router.ts';

const tenantParam = z.object({
  swv: z
    .string()
    .regex(/^[a-z0-9-]{2,64}$/)
    .meta({ param: { name: 'swv', in: 'path' }, example: 'po-haarlemmermeer' }),
});

const idempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/)
    .meta({ description: 'Eén sleutel per vraag; een herhaling met dezelfde sleutel maakt niets nieuws' }),
});

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const askQuestion = createRoute({
  method: 'post',
  path: '/swv/{swv}/vragen',
  summary: 'Stel een vraag aan het ouder- en jeugdsteunpunt',
  request: {
    params: tenantParam,
    headers: idempotencyHeader,
    body: { required: true, content: { 'application/json': { schema: questionInput } } },
  },
  responses: {
    201: json(questionCreated, 'De vraag is opgeslagen'),
    200: json(questionCreated, 'Deze vraag was al ontvangen (herhaling met dezelfde sleutel)'),
    400: json(problemBody, 'De gegevens kloppen niet; per veld staat wat er mis is'),
    404: json(problemBody, 'Dit samenwerkingsverband bestaat niet'),
    422: json(problemBody, 'Deze sleutel hoort bij een andere vraag'),
  },
});

export function questionRoutes(deps: ApiDeps) {
  const router = newRouter(questionFieldOrder);
  return router.openapi(askQuestion, async (c) => {
    const { swv } = c.req.valid('param');
    const tenant = await deps.tenants(swv);
    if (!tenant) return c.json({ message: 'Dit samenwerkingsverband bestaat niet' }, 404);

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

    const outcome = await submitQuestion(deps, tenant, input, c.req.valid('header')['idempotency-key']);
    if (outcome.kind === 'key-reused') {
      return c.json(
        { message: 'Deze sleutel is al gebruikt voor een andere vraag. Laad de pagina opnieuw.' },
        422,
      );
    }
    log.info(`question.${outcome.kind}`, { tenant: swv, reference: outcome.reference });
    const body = { reference: outcome.reference, createdAt: outcome.createdAt };
    return outcome.kind === 'created' ? c.json(body, 201) : c.json(body, 200);
  });
}
