/** Registering a contact by phone, WhatsApp or walk-in as a new case. */
import { Hono } from 'hono';
import { handlesTenant } from '../cases/case-access.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { contactIntake, registerContact } from '../cases/intakes/contact.ts';
import { contactFieldOrder, contactInput } from '../cases/intakes/contact-schema.ts';
import type { CaseEnv } from '../cases/principal-context.ts';
import { log } from '../lib/log.ts';
import { fieldProblem, staffOnly } from './backoffice-guards.ts';
import { idempotencyKey, jsonBody, tenantSlugPattern } from './router.ts';

export function backofficeContactRoutes(deps: CaseDeps) {
  return new Hono<CaseEnv>().post(
    '/backoffice/contacts',
    staffOnly,
    idempotencyKey,
    jsonBody(contactInput, contactFieldOrder),
    async (c) => {
      const staff = c.get('staff');
      const input = c.req.valid('json');
      const key = c.req.valid('header').key;
      const tenant = tenantSlugPattern.test(input.swv) ? await deps.tenants(input.swv) : undefined;
      if (!handlesTenant(staff, tenant)) {
        return fieldProblem(c, 'swv', 'Kies een samenwerkingsverband van je steunpunt');
      }
      const [problem] = await contactIntake.tenantChecks(deps, tenant, input);
      if (problem) return fieldProblem(c, problem.field, problem.message);

      const outcome = await registerContact(deps, staff, tenant, input, key);
      if (outcome.kind === 'key-reused') {
        return c.json(
          {
            message: 'Deze sleutel is al gebruikt voor een ander contact. Laad de pagina opnieuw.',
          },
          422,
        );
      }
      await recordCaseAudit(
        deps,
        staff,
        'created',
        { tenant: tenant.slug, reference: outcome.reference },
        new Date(outcome.createdAt),
        key,
      );
      log.info(`contact.${outcome.kind}`, { tenant: tenant.slug, reference: outcome.reference });
      return c.json(
        {
          tenant: tenant.slug,
          caseId: key,
          reference: outcome.reference,
          createdAt: outcome.createdAt,
        },
        outcome.kind === 'created' ? 201 : 200,
      );
    },
  );
}
