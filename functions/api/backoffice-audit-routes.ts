/** The audit log of the steunpunt, a month at a time, for the coördinator. */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { auditMonthPattern, listAudit } from '../cases/case-audit.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import type { CaseEnv } from '../cases/principal-context.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { coordinatorOnly, fieldProblem, messages, queryParams } from './backoffice-guards.ts';

const auditQuery = z.object({
  month: z.optional(
    z.string().check(z.regex(auditMonthPattern, { error: 'Kies een maand zoals 2026-11' })),
  ),
  cursor: z.optional(z.string()),
});

export function backofficeAuditRoutes(deps: CaseDeps) {
  return new Hono<CaseEnv>().get(
    '/backoffice/audit',
    coordinatorOnly,
    queryParams(auditQuery, ['month', 'cursor']),
    async (c) => {
      const query = c.req.valid('query');
      const month = query.month ?? amsterdamMonth(deps.clock());
      const page = await listAudit(deps, c.get('staff').steunpunt, month, query.cursor);
      if (page.kind === 'bad-cursor') return fieldProblem(c, 'cursor', messages.badCursor);
      return c.json(
        { month, items: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) },
        200,
      );
    },
  );
}
