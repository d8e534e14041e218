/** Registering a contact by phone, WhatsApp or walk-in as a new case. */
import { Hono } from 'hono/tiny';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { handlesTenant } from '../auth/tenant-access.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { contactFieldOrder, contactInput } from '../cases/intakes/contact-schema.ts';
import { contactIntake, registerContact } from '../cases/intakes/contact.ts';
import { log } from '../lib/log.ts';
import { checks, route } from './route-kit.ts';
import { fieldProblem, tenantSlugPattern } from './router.ts';

export const contactDeclarations = {
  register: route({
    method: 'post',
    path: '/backoffice/contacts',
    operationId: 'registerContact',
    summary: 'Een contact per telefoon, WhatsApp of inloop vastleggen als nieuw dossier',
    who: { role: 'staff' },
    body: { schema: contactInput, fieldOrder: contactFieldOrder },
    idempotent: true,
    answers: {
      201: 'Het dossier is gemaakt',
      200: 'Dit contact was al vastgelegd (zelfde sleutel)',
      422: 'Deze sleutel hoort bij een ander contact',
    },
  }),
};

export function backofficeContactRoutes(deps: CaseDeps) {
  const { register } = contactDeclarations;
  return new Hono<BackofficeEnv>().post(register.path, ...checks(register), async (c) => {
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
        { message: 'Deze sleutel is al gebruikt voor een ander contact. Laad de pagina opnieuw.' },
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
  });
}
