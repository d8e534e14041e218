/**
 * The back office's case API: the inbox, one case with its history, and the changes a
 * medewerker makes. Expects the auth middleware to have put `principal` on the context;
 * every route checks role and steunpunt itself (backoffice-guards.ts). Handlers are thin:
 * the domain lives in functions/cases.
 */
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { recordCaseAudit } from '../cases/case-audit.ts';
import { assignCase, changeStatus, setSignal } from '../cases/case-changes.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import {
  assignInput,
  noteInput,
  replyInput,
  signalInput,
  statusInput,
  topicInput,
} from '../cases/changes-input.ts';
import { type AuditAction } from '../cases/case.ts';
import { addNote } from '../cases/case-notes.ts';
import { changeTopic } from '../cases/case-topic.ts';
import { replyDraft, replyToCase } from '../cases/case-reply.ts';
import type { ChangeOutcome } from '../cases/case-update.ts';
import { findByReference, loadCase, toDetail, toSummary } from '../cases/case-view.ts';
import { inboxStatuses, listInbox, type InboxStatus } from '../cases/inbox.ts';
import type { CaseEnv } from '../cases/principal-context.ts';
import { log } from '../lib/log.ts';
import { referencePattern } from '../cases/reference.ts';
import { topicKeyPattern } from '../core/vocabulary.ts';
import { topicAllowed } from '../topics/topic-store.ts';
import { backofficeAuditRoutes } from './backoffice-audit-routes.ts';
import { backofficeContactRoutes } from './backoffice-contact-routes.ts';
import {
  ownCase,
  fieldProblem,
  messages,
  queryParams,
  staffOnly,
  type CaseParams,
} from './backoffice-guards.ts';
import { backofficeSettingsRoutes } from './backoffice-settings-routes.ts';
import { backofficeTemplateRoutes } from './backoffice-template-routes.ts';
import { backofficeTopicRoutes } from './backoffice-topic-routes.ts';
import { idempotencyKey, jsonBody, tenantSlugPattern } from './router.ts';

const inboxQuery = z.object({
  status: z.optional(
    z.enum(inboxStatuses as [string, ...string[]], { error: 'Kies een status uit de lijst' }),
  ),
  swv: z.optional(
    z.string().check(z.regex(tenantSlugPattern, { error: 'Kies een samenwerkingsverband' })),
  ),
  // A national or an own topic key; whether it is one of the steunpunt's is checked below.
  topic: z.optional(z.string().check(z.regex(topicKeyPattern, { error: 'Kies een onderwerp' }))),
  assignee: z.optional(
    z.string().check(z.regex(/^[A-Za-z0-9_.@:-]{1,128}$/, { error: 'Kies een medewerker' })),
  ),
  overdue: z.optional(z.enum(['0', '1'], { error: 'Gebruik 1 voor alleen te late dossiers' })),
  cursor: z.optional(z.string()),
  limit: z.optional(
    z
      .string()
      .check(z.regex(/^(100|[1-9][0-9]?)$/, { error: 'Kies een aantal van 1 tot en met 100' })),
  ),
});
const inboxFieldOrder = ['status', 'swv', 'topic', 'assignee', 'overdue', 'cursor', 'limit'];

const referenceQuery = z.object({
  ref: z
    .string({ error: 'Vul een referentienummer in' })
    .check(
      z.trim(),
      z.regex(referencePattern, { error: 'Vul een referentienummer in zoals V-2026-000123' }),
    ),
});

const notFound = (c: Context) => c.json({ message: messages.caseNotFound }, 404);

const auditActions: Record<string, AuditAction> = {
  assign: 'assigned',
  status: 'status',
  reply: 'reply',
  signal: 'signal',
  topic: 'topic',
};

export function backofficeCaseRoutes(deps: CaseDeps) {
  /** Answers a change: the case as it now is, after the audit line is written. */
  async function answerChange(
    c: Context<CaseEnv>,
    params: CaseParams,
    outcome: ChangeOutcome,
    action: keyof typeof auditActions,
    requestKey: string,
  ) {
    switch (outcome.kind) {
      case 'not-found':
        return notFound(c);
      case 'conflict':
        return c.json({ message: messages.conflict, version: outcome.version }, 409);
      case 'key-reused':
        return c.json({ message: messages.keyReused }, 422);
      case 'reject':
        return outcome.status === 403
          ? c.json({ message: outcome.message }, 403)
          : fieldProblem(c, outcome.field ?? 'form', outcome.message);
    }
    const staff = c.get('staff');
    if (outcome.kind !== 'unchanged') {
      await recordCaseAudit(
        deps,
        staff,
        auditActions[action]!,
        { tenant: params.target.tenant, reference: outcome.item.reference },
        new Date(outcome.at),
        requestKey,
      );
      log.info(`case.${action}`, {
        tenant: params.target.tenant,
        reference: outcome.item.reference,
      });
    }
    return detailResponse(c, params);
  }

  async function detailResponse(c: Context<CaseEnv>, params: CaseParams) {
    const loaded = await loadCase(deps, params.target.tenant, params.target.caseId);
    if (!loaded) return notFound(c);
    return c.json(toDetail(loaded.item, loaded.notes, deps.clock()), 200);
  }

  const app = new Hono<CaseEnv>()
    .get('/backoffice/cases', staffOnly, queryParams(inboxQuery, inboxFieldOrder), async (c) => {
      const query = c.req.valid('query');
      if (query.topic && !(await topicAllowed(deps, c.get('staff').steunpunt, query.topic))) {
        return fieldProblem(c, 'topic', 'Kies een onderwerp');
      }
      const page = await listInbox(deps, c.get('staff'), {
        status: (query.status ?? 'open') as InboxStatus,
        ...(query.swv ? { swv: query.swv } : {}),
        ...(query.topic ? { topic: query.topic } : {}),
        ...(query.assignee ? { assignee: query.assignee } : {}),
        overdue: query.overdue === '1',
        ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
        limit: query.limit ? Number(query.limit) : 25,
      });
      if (page.kind === 'bad-cursor') return fieldProblem(c, 'cursor', messages.badCursor);
      return c.json({ items: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
    })
    .get(
      '/backoffice/cases/by-reference',
      staffOnly,
      queryParams(referenceQuery, ['ref']),
      async (c) => {
        const staff = c.get('staff');
        const found = await findByReference(deps, staff.steunpunt, c.req.valid('query').ref);
        if (found.length === 0) return notFound(c);
        const now = deps.clock();
        return c.json({ items: found.map((item) => toSummary(item, now)) }, 200);
      },
    )
    .get('/backoffice/cases/:swv/:caseId', staffOnly, ownCase(deps), async (c) => {
      const params = c.get('caseParams');
      const loaded = await loadCase(deps, params.target.tenant, params.target.caseId);
      const staff = c.get('staff');
      if (!loaded || loaded.item.steunpunt !== staff.steunpunt) return notFound(c);
      // Whoever reads a case's personal data is in the log, before they see it.
      await recordCaseAudit(
        deps,
        staff,
        'viewed',
        { tenant: params.target.tenant, reference: loaded.item.reference },
        deps.clock(),
      );
      return c.json(toDetail(loaded.item, loaded.notes, deps.clock()), 200);
    })
    .get(
      '/backoffice/cases/:swv/:caseId/reply-draft',
      staffOnly,
      ownCase(deps),
      queryParams(z.object({ templateId: z.string({ error: 'Kies een sjabloon' }) }), [
        'templateId',
      ]),
      async (c) => {
        const params = c.get('caseParams');
        const loaded = await loadCase(deps, params.target.tenant, params.target.caseId);
        if (!loaded) return notFound(c);
        const draft = await replyDraft(
          deps,
          c.get('staff'),
          params.tenant,
          loaded.item,
          c.req.valid('query').templateId,
        );
        if (!draft) return fieldProblem(c, 'templateId', 'Dit sjabloon bestaat niet');
        return c.json(draft, 200);
      },
    )
    .post(
      '/backoffice/cases/:swv/:caseId/assign',
      staffOnly,
      ownCase(deps),
      idempotencyKey,
      jsonBody(assignInput, ['assignee', 'version']),
      async (c) => {
        const params = c.get('caseParams');
        const key = c.req.valid('header').key;
        const outcome = await assignCase(
          deps,
          c.get('staff'),
          params.target,
          c.req.valid('json'),
          key,
        );
        return answerChange(c, params, outcome, 'assign', key);
      },
    )
    .post(
      '/backoffice/cases/:swv/:caseId/status',
      staffOnly,
      ownCase(deps),
      idempotencyKey,
      jsonBody(statusInput, ['status', 'version']),
      async (c) => {
        const params = c.get('caseParams');
        const key = c.req.valid('header').key;
        const outcome = await changeStatus(
          deps,
          c.get('staff'),
          params.target,
          c.req.valid('json'),
          key,
        );
        return answerChange(c, params, outcome, 'status', key);
      },
    )
    .post(
      '/backoffice/cases/:swv/:caseId/topic',
      staffOnly,
      ownCase(deps),
      idempotencyKey,
      jsonBody(topicInput, ['topic', 'version']),
      async (c) => {
        const params = c.get('caseParams');
        const key = c.req.valid('header').key;
        const outcome = await changeTopic(
          deps,
          c.get('staff'),
          params.target,
          c.req.valid('json'),
          key,
        );
        return answerChange(c, params, outcome, 'topic', key);
      },
    )
    .post(
      '/backoffice/cases/:swv/:caseId/signal',
      staffOnly,
      ownCase(deps),
      idempotencyKey,
      jsonBody(signalInput, ['hasSignal', 'category', 'text', 'version']),
      async (c) => {
        const params = c.get('caseParams');
        const key = c.req.valid('header').key;
        const outcome = await setSignal(
          deps,
          c.get('staff'),
          params.target,
          c.req.valid('json'),
          key,
        );
        return answerChange(c, params, outcome, 'signal', key);
      },
    )
    .post(
      '/backoffice/cases/:swv/:caseId/replies',
      staffOnly,
      ownCase(deps),
      idempotencyKey,
      jsonBody(replyInput, ['templateId', 'subject', 'body', 'status', 'version']),
      async (c) => {
        const params = c.get('caseParams');
        const key = c.req.valid('header').key;
        const outcome = await replyToCase(
          deps,
          c.get('staff'),
          params.tenant,
          params.target,
          c.req.valid('json'),
          key,
        );
        return answerChange(c, params, outcome, 'reply', key);
      },
    )
    .post(
      '/backoffice/cases/:swv/:caseId/notes',
      staffOnly,
      ownCase(deps),
      idempotencyKey,
      jsonBody(noteInput, ['text']),
      async (c) => {
        const params = c.get('caseParams');
        const staff = c.get('staff');
        const key = c.req.valid('header').key;
        const outcome = await addNote(deps, staff, params.target, c.req.valid('json').text, key);
        switch (outcome.kind) {
          case 'not-found':
            return notFound(c);
          case 'closed':
            return fieldProblem(
              c,
              'text',
              'Dit dossier is afgerond. Heropen het dossier om een notitie te maken.',
            );
          case 'key-reused':
            return c.json({ message: messages.keyReused }, 422);
        }
        await recordCaseAudit(
          deps,
          staff,
          'note',
          { tenant: params.target.tenant, reference: outcome.reference },
          new Date(outcome.event.at),
          key,
        );
        log.info(`case.note.${outcome.kind}`, {
          tenant: params.target.tenant,
          reference: outcome.reference,
        });
        return c.json(outcome.event, outcome.kind === 'created' ? 201 : 200);
      },
    );

  app.route('/', backofficeContactRoutes(deps));
  app.route('/', backofficeTemplateRoutes(deps));
  app.route('/', backofficeSettingsRoutes(deps));
  app.route('/', backofficeTopicRoutes(deps));
  app.route('/', backofficeAuditRoutes(deps));
  return app;
}
