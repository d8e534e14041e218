/**
 * "Signalen beoordelen": a coördinator reviews the signal texts medewerkers proposed for
 * an SWV of their steunpunt (four eyes) before the SWV's board can read them. The answers
 * carry the text, its category and month under an opaque proposal id: never a case, a
 * reference or anything else of it. The domain is functions/monitor/signal-review.ts.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import type { TableDeps } from '../core/table-deps.ts';
import { log } from '../lib/log.ts';
import { describeFindings } from '../monitor/signal-personal-data.ts';
import { approvedChoices } from '../monitor/signal-records.ts';
import {
  approveSignalFieldOrder,
  approveSignalInput,
  proposalIdPattern,
} from '../monitor/signal-review-input.ts';
import {
  approveProposal,
  pendingProposals,
  rejectProposal,
  type ReviewOutcome,
} from '../monitor/signal-review.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';
import { ownSwv } from './guard.ts';
import { checks, route } from './route-kit.ts';
import { invalidInputMessage, messages, pathParam, swvParam } from './router.ts';

const reviewer = { role: 'coordinator', tenant: 'own-swv' } as const;
const proposalParams = { swv: swvParam, proposalId: pathParam(proposalIdPattern) };

export const signalReviewDeclarations = {
  list: route({
    method: 'get',
    path: '/backoffice/signalen/:swv',
    operationId: 'listSignalProposals',
    summary: 'Signaalteksten die wachten op beoordeling, en de goedgekeurde van het laatste jaar',
    who: reviewer,
    params: { swv: swvParam },
    answers: { 200: 'De voorstellen (tekst, categorie, maand) en de goedgekeurde signalen' },
  }),
  approve: route({
    method: 'post',
    path: '/backoffice/signalen/:swv/:proposalId/goedkeuren',
    operationId: 'approveSignalProposal',
    summary: 'Een signaaltekst goedkeuren: als nieuw signaal, of bij een goedgekeurd signaal',
    who: reviewer,
    params: proposalParams,
    body: { schema: approveSignalInput, fieldOrder: approveSignalFieldOrder },
    idempotent: true,
    answers: {
      200: 'Goedgekeurd (ook als dat al gebeurd was)',
      404: 'Dit voorstel bestaat niet',
      409: 'Dit voorstel is al anders beoordeeld, of de tekst is net veranderd',
      422: 'Deze sleutel hoort bij een andere wijziging',
    },
  }),
  reject: route({
    method: 'post',
    path: '/backoffice/signalen/:swv/:proposalId/afwijzen',
    operationId: 'rejectSignalProposal',
    summary: 'Een signaaltekst afwijzen: het samenwerkingsverband leest hem niet',
    who: reviewer,
    params: proposalParams,
    idempotent: true,
    answers: {
      200: 'Afgewezen (ook als dat al gebeurd was)',
      404: 'Dit voorstel bestaat niet',
      409: 'Dit voorstel is al goedgekeurd, of de tekst is net veranderd',
      422: 'Deze sleutel hoort bij een andere wijziging',
    },
  }),
};

const notFoundMessage = 'Dit voorstel bestaat niet (meer).';
const decidedMessage = {
  approved: 'Dit signaal is al goedgekeurd. Laad de lijst opnieuw.',
  rejected: 'Dit signaal is al afgewezen. Laad de lijst opnieuw.',
} as const;
const changedMessage =
  'De medewerker heeft de tekst net veranderd. Laad de lijst opnieuw en bekijk de nieuwe tekst.';

/** How many months of approved signals the page offers to add a proposal to. */
const choiceMonths = 12;

function monthsBack(month: string, back: number) {
  const [year, number] = month.split('-').map(Number);
  const index = year! * 12 + number! - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function backofficeSignalRoutes(deps: TableDeps & { tenants: TenantLookup }) {
  const rules = { 'own-swv': ownSwv(deps) };
  const { list, approve, reject } = signalReviewDeclarations;

  /** The answer to a decision, after its audit line (the SWV only: never the case). */
  async function answer(c: Context<BackofficeEnv>, outcome: ReviewOutcome, key: string) {
    switch (outcome.kind) {
      case 'not-found':
        return c.json({ message: notFoundMessage }, 404);
      case 'key-reused':
        return c.json({ message: messages.keyReused }, 422);
      case 'decided':
        return c.json({ message: decidedMessage[outcome.state] }, 409);
      case 'changed':
        return c.json({ message: changedMessage }, 409);
      case 'no-such-signal':
        return c.json(
          {
            message: invalidInputMessage,
            errors: [
              {
                field: 'signalId',
                message: 'Kies een goedgekeurd signaal van dezelfde maand en categorie',
              },
            ],
          },
          400,
        );
      case 'needs-confirmation':
        return c.json(
          {
            message: invalidInputMessage,
            errors: [
              {
                field: 'confirmed',
                message: `De tekst lijkt persoonsgegevens te bevatten (${describeFindings(outcome.findings)}). Pas de tekst aan, of bevestig dat je hem toch goedkeurt.`,
              },
            ],
            findings: outcome.findings,
          },
          400,
        );
    }
    const swv = c.req.param('swv') ?? '';
    await recordCaseAudit(
      deps,
      c.get('staff'),
      'signal-review',
      { tenant: swv, reference: '' },
      deps.clock(),
      key,
    );
    log.info(`signal.${outcome.kind}`, { tenant: swv });
    return c.json(
      { decision: outcome.kind, ...(outcome.signalId ? { signalId: outcome.signalId } : {}) },
      200,
    );
  }

  return new Hono<BackofficeEnv>()
    .get(list.path, ...checks(list, rules), async (c) => {
      const swv = c.req.param('swv');
      const pending = await pendingProposals(deps, swv);
      const now = amsterdamMonth(deps.clock());
      const earliest = [
        monthsBack(now, choiceMonths - 1),
        ...pending.map((p) => p.month),
      ].sort()[0]!;
      const approved = await approvedChoices(deps, swv, earliest, now);
      return c.json({ pending, approved }, 200);
    })
    .post(approve.path, ...checks(approve, rules), async (c) => {
      const key = c.req.valid('header').key;
      const { swv, proposalId } = c.req.param();
      const outcome = await approveProposal(
        deps,
        c.get('staff'),
        swv,
        proposalId,
        c.req.valid('json'),
        key,
      );
      return answer(c, outcome, key);
    })
    .post(reject.path, ...checks(reject, rules), async (c) => {
      const key = c.req.valid('header').key;
      const { swv, proposalId } = c.req.param();
      const outcome = await rejectProposal(deps, c.get('staff'), swv, proposalId, key);
      return answer(c, outcome, key);
    });
}
