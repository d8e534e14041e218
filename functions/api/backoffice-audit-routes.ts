/** The audit log of the steunpunt, a month at a time, for the coördinator. */
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { auditMonthPattern, listAudit } from '../cases/case-audit.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { checks, route } from './route-kit.ts';
import { fieldProblem, messages } from './router.ts';

const auditQuery = z.object({
  month: z.optional(
    z.string().check(z.regex(auditMonthPattern, { error: 'Kies een maand zoals 2026-11' })),
  ),
  cursor: z.optional(z.string()),
});

export const auditDeclarations = {
  list: route({
    method: 'get',
    path: '/backoffice/audit',
    operationId: 'listAudit',
    summary: 'Het logboek: wie welk dossier bekeek of wijzigde',
    who: { role: 'coordinator' },
    query: {
      schema: auditQuery,
      fieldOrder: ['month', 'cursor'],
      descriptions: { month: 'De maand, zoals 2026-11', cursor: 'Waar de vorige pagina ophield' },
    },
    answers: { 200: 'De regels van die maand, met een cursor als er meer zijn' },
  }),
};

export function backofficeAuditRoutes(deps: CaseDeps) {
  const { list } = auditDeclarations;
  return new Hono<BackofficeEnv>().get(list.path, ...checks(list), async (c) => {
    const query = c.req.valid('query');
    const month = query.month ?? amsterdamMonth(deps.clock());
    const page = await listAudit(deps, c.get('staff').steunpunt, month, query.cursor);
    if (page.kind === 'bad-cursor') return fieldProblem(c, 'cursor', messages.badCursor);
    return c.json(
      { month, items: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) },
      200,
    );
  });
}
