/** Reply templates: every medewerker reads them, the coördinator keeps them. */
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { templateFieldOrder, templateInput } from '../cases/templates-input.ts';
import {
  createTemplate,
  deleteTemplate,
  listTemplates,
  templateIdPattern,
  updateTemplate,
  type TemplateOutcome,
} from '../cases/reply-templates.ts';
import { checks, route } from './route-kit.ts';
import { pathParam } from './router.ts';

const templateNotFound = { message: 'Dit sjabloon bestaat niet.' };
const templateConflict =
  'Iemand anders heeft dit sjabloon net veranderd. Laad het opnieuw en probeer het nog eens.';

const body = { schema: templateInput, fieldOrder: templateFieldOrder };
const params = { id: pathParam(templateIdPattern) };

export const templateDeclarations = {
  list: route({
    method: 'get',
    path: '/backoffice/templates',
    operationId: 'listTemplates',
    summary: 'De antwoordsjablonen van het steunpunt',
    who: { role: 'staff' },
    answers: { 200: 'De sjablonen' },
  }),
  create: route({
    method: 'post',
    path: '/backoffice/templates',
    operationId: 'createTemplate',
    summary: 'Een sjabloon toevoegen',
    who: { role: 'coordinator' },
    body,
    idempotent: true,
    answers: { 201: 'Het sjabloon is toegevoegd', 200: 'Dit sjabloon was al toegevoegd' },
  }),
  update: route({
    method: 'put',
    path: '/backoffice/templates/:id',
    operationId: 'updateTemplate',
    summary: 'Een sjabloon wijzigen',
    who: { role: 'coordinator' },
    params,
    body,
    idempotent: true,
    answers: {
      200: 'Het sjabloon zoals het nu is',
      404: 'Dit sjabloon bestaat niet',
      409: 'Iemand anders wijzigde het sjabloon net',
    },
  }),
  remove: route({
    method: 'delete',
    path: '/backoffice/templates/:id',
    operationId: 'deleteTemplate',
    summary: 'Een sjabloon verwijderen',
    who: { role: 'coordinator' },
    params,
    answers: { 204: 'Het sjabloon is verwijderd', 404: 'Dit sjabloon bestaat niet' },
  }),
};

export function backofficeTemplateRoutes(deps: CaseDeps) {
  async function answer(c: Context<BackofficeEnv>, outcome: TemplateOutcome, key: string) {
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

  const { list, create, update, remove } = templateDeclarations;
  return new Hono<BackofficeEnv>()
    .get(list.path, ...checks(list), async (c) =>
      c.json({ items: await listTemplates(deps, c.get('staff').steunpunt) }, 200),
    )
    .post(create.path, ...checks(create), async (c) => {
      const key = c.req.valid('header').key;
      const steunpunt = c.get('staff').steunpunt;
      const outcome = await createTemplate(deps, steunpunt, c.req.valid('json'), key, deps.clock());
      return answer(c, outcome, key);
    })
    .put(update.path, ...checks(update), async (c) => {
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
    })
    .delete(remove.path, ...checks(remove), async (c) => {
      const id = c.req.param('id');
      if (!templateIdPattern.test(id)) return c.json(templateNotFound, 404);
      const staff = c.get('staff');
      await deleteTemplate(deps, staff.steunpunt, id);
      await recordCaseAudit(deps, staff, 'template', { tenant: '', reference: '' }, deps.clock());
      return c.body(null, 204);
    });
}
