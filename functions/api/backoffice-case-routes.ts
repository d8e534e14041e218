/**
 * The back office's case API: the inbox, one case with its history, and the changes a
 * medewerker makes. Each route is declared once (route-kit.ts); its guard checks role and
 * steunpunt before any input is read. Handlers are thin: the domain lives in functions/cases.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import type { BackofficeEnv, CaseParams } from '../auth/middleware.ts';
import { mayOpenCase, type Staff } from '../auth/tenant-access.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import { assignCase, changeStatus, setSignal } from '../cases/case-changes.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { caseIdPattern } from '../cases/case-keys.ts';
import {
  assignInput,
  noteInput,
  replyInput,
  signalInput,
  statusInput,
  topicInput,
} from '../cases/changes-input.ts';
import { type AuditAction, type CaseDetail } from '../cases/case.ts';
import { addNote } from '../cases/case-notes.ts';
import { withHolderStanding } from '../cases/case-restriction.ts';
import { replyAddressOfCase, replyDraft, replyToCase } from '../cases/case-reply.ts';
import { changeTopic } from '../cases/case-topic.ts';
import type { ChangeOutcome } from '../cases/case-update.ts';
import { findByReference, loadCase, toDetail, toSummary } from '../cases/case-view.ts';
import { caseKindNames } from '../cases/case-kinds.ts';
import { inboxSorts, inboxStatuses, listInbox, type InboxStatus } from '../cases/inbox.ts';
import { deadlineFlags } from '../cases/case.ts';
import { localeCodes } from '../core/locales.ts';
import { log } from '../lib/log.ts';
import { topicKeyPattern } from '../core/vocabulary.ts';
import { referencePattern } from '../cases/reference.ts';
import { topicAllowed } from '../topics/topic-store.ts';
import { accessMessages, ownCase } from './guard.ts';
import { checks, route } from './route-kit.ts';
import { fieldProblem, messages, pathParam, swvParam, tenantSlugPattern } from './router.ts';

const inboxQuery = z.object({
  status: z.optional(
    z.enum(inboxStatuses as [string, ...string[]], { error: 'Kies een status uit de lijst' }),
  ),
  swv: z.optional(
    z.string().check(z.regex(tenantSlugPattern, { error: 'Kies een samenwerkingsverband' })),
  ),
  kind: z.optional(z.enum(caseKindNames, { error: 'Kies een soort dossier uit de lijst' })),
  // A national or an own topic key; whether it is one of the steunpunt's is checked below.
  topic: z.optional(z.string().check(z.regex(topicKeyPattern, { error: 'Kies een onderwerp' }))),
  assignee: z.optional(
    z.string().check(z.regex(/^[A-Za-z0-9_.@:-]{1,128}$/, { error: 'Kies een medewerker' })),
  ),
  overdue: z.optional(z.enum(['0', '1'], { error: 'Gebruik 1 voor alleen te late dossiers' })),
  lang: z.optional(z.enum(localeCodes, { error: 'Kies een taal uit de lijst' })),
  tolk: z.optional(
    z.enum(['0', '1'], { error: 'Gebruik 1 voor met tolkwens en 0 voor zonder tolkwens' }),
  ),
  sort: z.optional(z.enum(inboxSorts, { error: 'Kies nieuwste of termijn' })),
  termijn: z.optional(z.enum(deadlineFlags, { error: 'Kies binnenkort of verlopen' })),
  cursor: z.optional(z.string()),
  limit: z.optional(
    z
      .string()
      .check(z.regex(/^(100|[1-9][0-9]?)$/, { error: 'Kies een aantal van 1 tot en met 100' })),
  ),
});

const referenceQuery = z.object({
  ref: z
    .string({ error: 'Vul een referentienummer in' })
    .check(
      z.trim(),
      z.regex(referencePattern, { error: 'Vul een referentienummer in zoals V-2026-000123' }),
    ),
});

const caseParams = { swv: swvParam, caseId: pathParam(caseIdPattern) };
const ownCaseOnly = { role: 'staff', tenant: 'own-case' } as const;
const caseAnswer = { 200: 'Het dossier zoals het nu is' } as const;
const changeAnswers = {
  ...caseAnswer,
  409: 'Iemand anders wijzigde het dossier net; de versie staat erbij',
  422: 'Deze sleutel hoort bij een andere wijziging',
} as const;

/** A change to one case: one row each, the same guard, key and answers. */
const change = <const P extends string, const B extends z.ZodMiniType>(
  path: P,
  operationId: string,
  summary: string,
  schema: B,
  fieldOrder: readonly string[],
) =>
  route({
    method: 'post',
    path,
    operationId,
    summary,
    who: ownCaseOnly,
    params: caseParams,
    body: { schema, fieldOrder },
    idempotent: true,
    answers: { ...changeAnswers, 403: 'Deze wijziging mag alleen een coördinator doen' },
  });

export const caseDeclarations = {
  inbox: route({
    method: 'get',
    path: '/backoffice/cases',
    operationId: 'listInbox',
    summary:
      'De inbox: dossiers per status, nieuwste eerst of de kortste termijn eerst, met filters en een cursor',
    who: { role: 'staff' },
    query: {
      schema: inboxQuery,
      fieldOrder: [
        'status',
        'swv',
        'kind',
        'topic',
        'assignee',
        'overdue',
        'lang',
        'tolk',
        'sort',
        'termijn',
        'cursor',
        'limit',
      ],
      descriptions: {
        status: 'nieuw, in-behandeling, wacht-op-reactie of afgerond',
        swv: 'Alleen dit samenwerkingsverband',
        topic: 'Alleen dit onderwerp',
        assignee: 'Alleen dossiers van deze medewerker',
        overdue: '1: alleen dossiers over de reactietermijn',
        lang: 'Alleen dossiers in deze taal (nl, en, ar, tr, pl of uk): de taal van het formulier',
        tolk: '1: alleen dossiers waarin de ouder een tolk wil; 0: alleen dossiers zonder die wens',
        sort: 'nieuwste (standaard) of termijn: alleen dossiers met een termijn om iets in te dienen, de laatste dag die het eerst komt bovenaan',
        termijn:
          'binnenkort: open dossiers met nog hoogstens 10 werkdagen tot de laatste dag; verlopen: open dossiers waarvan die dag voorbij is',
        cursor: 'Waar de vorige pagina ophield',
        limit: 'Hoeveel dossiers per pagina (1 tot en met 100)',
      },
    },
    answers: { 200: 'Een pagina dossiers, met een cursor als er meer zijn' },
  }),
  byReference: route({
    method: 'get',
    path: '/backoffice/cases/by-reference',
    operationId: 'findCaseByReference',
    summary: 'Een dossier zoeken op referentienummer',
    who: { role: 'staff' },
    query: {
      schema: referenceQuery,
      fieldOrder: ['ref'],
      descriptions: { ref: 'Het referentienummer, zoals V-2026-000123' },
    },
    answers: { 200: 'De dossiers met dit nummer', 404: 'Geen dossier met dit nummer' },
  }),
  detail: route({
    method: 'get',
    path: '/backoffice/cases/:swv/:caseId',
    operationId: 'getCase',
    summary: 'Een dossier met zijn geschiedenis (komt in het auditlog)',
    who: ownCaseOnly,
    params: caseParams,
    answers: caseAnswer,
  }),
  replyDraft: route({
    method: 'get',
    path: '/backoffice/cases/:swv/:caseId/reply-draft',
    operationId: 'getReplyDraft',
    summary: 'Een antwoord uit een sjabloon, met de plaatshouders ingevuld',
    who: ownCaseOnly,
    params: caseParams,
    query: {
      schema: z.object({ templateId: z.string({ error: 'Kies een sjabloon' }) }),
      fieldOrder: ['templateId'],
      descriptions: { templateId: 'Het sjabloon' },
    },
    answers: { 200: 'Onderwerp en tekst van het antwoord' },
  }),
  assign: change(
    '/backoffice/cases/:swv/:caseId/assign',
    'assignCase',
    'Toewijzen (aan jezelf; een coördinator ook aan een collega)',
    assignInput,
    ['assignee', 'version'],
  ),
  status: change(
    '/backoffice/cases/:swv/:caseId/status',
    'changeCaseStatus',
    'De status wijzigen of heropenen',
    statusInput,
    ['status', 'version'],
  ),
  topic: change(
    '/backoffice/cases/:swv/:caseId/topic',
    'changeCaseTopic',
    'Het onderwerp van een vraag wijzigen',
    topicInput,
    ['topic', 'version'],
  ),
  signal: change(
    '/backoffice/cases/:swv/:caseId/signal',
    'setCaseSignal',
    'Een signaal voor het samenwerkingsverband vastleggen',
    signalInput,
    ['hasSignal', 'category', 'text', 'version'],
  ),
  replies: change(
    '/backoffice/cases/:swv/:caseId/replies',
    'replyToCase',
    'Een antwoord per e-mail sturen (via de outbox)',
    replyInput,
    ['templateId', 'subject', 'body', 'status', 'version'],
  ),
  notes: route({
    method: 'post',
    path: '/backoffice/cases/:swv/:caseId/notes',
    operationId: 'addCaseNote',
    summary: 'Een interne notitie toevoegen',
    who: ownCaseOnly,
    params: caseParams,
    body: { schema: noteInput, fieldOrder: ['text'] },
    idempotent: true,
    answers: {
      201: 'De notitie is toegevoegd',
      200: 'Deze notitie was al toegevoegd (zelfde sleutel)',
      422: 'Deze sleutel hoort bij een andere wijziging',
    },
  }),
};

const notFound = (c: Context) => c.json({ message: accessMessages.caseNotFound }, 404);

const auditActions = {
  assign: 'assigned',
  status: 'status',
  reply: 'reply',
  signal: 'signal',
  topic: 'topic',
} as const satisfies Record<string, AuditAction>;
type ChangeName = keyof typeof auditActions;

/** What a change route's handler sees: its body, the key and the guard's findings. */
type ChangeContext<T> = Context<
  BackofficeEnv,
  string,
  { in: object; out: { json: T; header: { key: string } } }
>;
type Apply<T> = (
  deps: CaseDeps,
  staff: Staff,
  params: CaseParams,
  input: T,
  key: string,
) => Promise<ChangeOutcome>;

export function backofficeCaseRoutes(deps: CaseDeps) {
  const rules = { 'own-case': ownCase(deps) };

  async function detailResponse(c: Context<BackofficeEnv>, params: CaseParams) {
    const loaded = await loadCase(deps, params.target.tenant, params.target.caseId);
    if (!loaded) return notFound(c);
    return c.json(await detailOf(loaded, params.tenant, c.get('staff')), 200);
  }

  /** The case as this staff member sees it; a restricted one with where answers go. */
  async function detailOf(
    loaded: NonNullable<Awaited<ReturnType<typeof loadCase>>>,
    tenant: CaseParams['tenant'],
    staff: Staff,
  ): Promise<CaseDetail> {
    const detail = toDetail(loaded.item, loaded.notes, deps.clock(), staff.userId);
    if (!loaded.item.restrictedTo) return detail;
    return { ...detail, reply: await replyAddressOfCase(deps, tenant, loaded.item) };
  }

  /** Applies a change and answers with the case as it now is, after the audit line. */
  async function change<T>(c: ChangeContext<T>, name: ChangeName, apply: Apply<T>) {
    const params = c.get('caseParams');
    const staff = c.get('staff');
    const key = c.req.valid('header').key;
    const outcome = await apply(deps, staff, params, c.req.valid('json'), key);
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
    if (outcome.kind !== 'unchanged') {
      const target = { tenant: params.target.tenant, reference: outcome.item.reference };
      await recordCaseAudit(deps, staff, auditActions[name], target, new Date(outcome.at), key);
      log.info(`case.${name}`, target);
    }
    return detailResponse(c, params);
  }

  const r = caseDeclarations;
  return new Hono<BackofficeEnv>()
    .get(r.inbox.path, ...checks(r.inbox), async (c) => {
      const query = c.req.valid('query');
      const staff = c.get('staff');
      if (query.topic && !(await topicAllowed(deps, staff.steunpunt, query.topic))) {
        return fieldProblem(c, 'topic', 'Kies een onderwerp');
      }
      const page = await listInbox(deps, staff, {
        status: (query.status ?? 'open') as InboxStatus,
        ...(query.swv ? { swv: query.swv } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.topic ? { topic: query.topic } : {}),
        ...(query.assignee ? { assignee: query.assignee } : {}),
        overdue: query.overdue === '1',
        ...(query.lang ? { language: query.lang } : {}),
        ...(query.tolk ? { tolk: query.tolk === '1' } : {}),
        ...(query.sort ? { sort: query.sort } : {}),
        ...(query.termijn ? { deadline: query.termijn } : {}),
        ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
        limit: query.limit ? Number(query.limit) : 25,
      });
      if (page.kind === 'bad-cursor') return fieldProblem(c, 'cursor', messages.badCursor);
      return c.json({ items: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
    })
    .get(r.byReference.path, ...checks(r.byReference), async (c) => {
      const staff = c.get('staff');
      const found = [];
      for (const item of await findByReference(deps, staff.steunpunt, c.req.valid('query').ref)) {
        // A case the caller may not open is not found (a complaint about the steunpunt).
        if (mayOpenCase(staff, await withHolderStanding(deps, staff, item))) found.push(item);
      }
      if (found.length === 0) return notFound(c);
      const now = deps.clock();
      return c.json({ items: found.map((item) => toSummary(item, now)) }, 200);
    })
    .get(r.detail.path, ...checks(r.detail, rules), async (c) => {
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
      return c.json(await detailOf(loaded, params.tenant, staff), 200);
    })
    .get(r.replyDraft.path, ...checks(r.replyDraft, rules), async (c) => {
      const params = c.get('caseParams');
      const loaded = await loadCase(deps, params.target.tenant, params.target.caseId);
      if (!loaded) return notFound(c);
      const templateId = c.req.valid('query').templateId;
      const draft = await replyDraft(deps, c.get('staff'), params.tenant, loaded.item, templateId);
      if (!draft) return fieldProblem(c, 'templateId', 'Dit sjabloon bestaat niet');
      return c.json(draft, 200);
    })
    .post(r.assign.path, ...checks(r.assign, rules), (c) =>
      change(c, 'assign', (d, staff, p, input, key) => assignCase(d, staff, p.target, input, key)),
    )
    .post(r.status.path, ...checks(r.status, rules), (c) =>
      change(c, 'status', (d, staff, p, input, key) =>
        changeStatus(d, staff, p.target, input, key),
      ),
    )
    .post(r.topic.path, ...checks(r.topic, rules), (c) =>
      change(c, 'topic', (d, staff, p, input, key) => changeTopic(d, staff, p.target, input, key)),
    )
    .post(r.signal.path, ...checks(r.signal, rules), (c) =>
      change(c, 'signal', (d, staff, p, input, key) => setSignal(d, staff, p.target, input, key)),
    )
    .post(r.replies.path, ...checks(r.replies, rules), (c) =>
      change(c, 'reply', (d, staff, p, input, key) =>
        replyToCase(d, staff, p.tenant, p.target, input, key),
      ),
    )
    .post(r.notes.path, ...checks(r.notes, rules), async (c) => {
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
      const target = { tenant: params.target.tenant, reference: outcome.reference };
      await recordCaseAudit(deps, staff, 'note', target, new Date(outcome.event.at), key);
      log.info(`case.note.${outcome.kind}`, target);
      return c.json(outcome.event, outcome.kind === 'created' ? 201 : 200);
    });
}
