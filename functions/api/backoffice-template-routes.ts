/** Reply templates: every medewerker reads them, the coördinator keeps them. */
import { Hono, type Context } from 'hono';
import { recordCaseAudit } from '../cases/case-audit.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { templateFieldOrder, templateInput } from '../cases/templates-input.ts';
import type { CaseEnv } from '../cases/principal-context.ts';
import {
  createTemplate,
  deleteTemplate,
  listTemplates,
  templateIdPattern,
  updateTemplate,
  type TemplateOutcome,
} from '../cases/reply-templates.ts';
import { coordinatorOnly, staffOnly } from './backoffice-guards.ts';
import { idempotencyKey, jsonBody } from './router.ts';

const templateNotFound = { message: 'Dit sjabloon bestaat niet.' };
const templateConflict =
  'Iemand anders heeft dit sjabloon net veranderd. Laad het opnieuw en probeer het nog eens.';

export function backofficeTemplateRoutes(deps: CaseDeps) {
  async function answer(c: Context<CaseEnv>, outcome: TemplateOutcome, key: string) {
    if (outcome.kind === 'not-found') return c.json(templateNotFound, 404);
    if (outcome.kind === 'conflict') {
      return c.json({ message: templateConflict, version: outcome.version }, 409);
    }
    // The template's own time: a retry writes the same audit line, which is kept.
    await recordCaseAudit(
      deps,
      c.get('staff'),
      'template',
      { tenant: '', reference: '' },
      new Date(outcome.template.updatedAt),
      key,
    );
    return c.json(outcome.template, outcome.kind === 'created' ? 201 : 200);
  }

  return new Hono<CaseEnv>()
    .get('/backoffice/templates', staffOnly, async (c) =>
      c.json({ items: await listTemplates(deps, c.get('staff').steunpunt) }, 200),
    )
    .post(
      '/backoffice/templates',
      coordinatorOnly,
      idempotencyKey,
      jsonBody(templateInput, templateFieldOrder),
      async (c) => {
        const key = c.req.valid('header').key;
        const outcome = await createTemplate(
          deps,
          c.get('staff').steunpunt,
          c.req.valid('json'),
          key,
          deps.clock(),
        );
        return answer(c, outcome, key);
      },
    )
    .put(
      '/backoffice/templates/:id',
      coordinatorOnly,
      idempotencyKey,
      jsonBody(templateInput, templateFieldOrder),
      async (c) => {
        const id = c.req.param('id');
        if (!templateIdPattern.test(id)) return c.json(templateNotFound, 404);
        const key = c.req.valid('header').key;
        const outcome = await updateTemplate(
          deps,
          c.get('staff').steunpunt,
          id,
          c.req.valid('json'),
          key,
          deps.clock(),
        );
        return answer(c, outcome, key);
      },
    )
    .delete('/backoffice/templates/:id', coordinatorOnly, async (c) => {
      const id = c.req.param('id');
      if (!templateIdPattern.test(id)) return c.json(templateNotFound, 404);
      const staff = c.get('staff');
      await deleteTemplate(deps, staff.steunpunt, id);
      await recordCaseAudit(deps, staff, 'template', { tenant: '', reference: '' }, deps.clock());
      return c.body(null, 204);
    });
}
