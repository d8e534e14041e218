/**
 * The changes a medewerker makes to a case item: assign, move to a status (also reopen),
 * mark or clear a signal. Each is one versioned, idempotent write (case-update.ts).
 */
import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { signalReviewPartition } from '../core/keys.ts';
import { factDirtyAttributes } from './case-fact-mark.ts';
import { coordinatorsOnly, isCoordinator, personOnly, type Staff } from '../auth/tenant-access.ts';
import type { CaseDeps } from './case-deps.ts';
import type { Colleague } from '../core/colleague.ts';
import type { assignInput, signalInput, statusInput } from './changes-input.ts';
import type { CaseSignal } from './case.ts';
import { readSettings } from './case-settings.ts';
import { statusChanges } from './case-status.ts';
import { changeCase, type ChangeOutcome, type Plan, type Rejection } from './case-update.ts';

export interface CaseTarget {
  tenant: string;
  caseId: string;
}

const reject = (status: 400 | 403, message: string, field?: string): Rejection => ({
  kind: 'reject',
  status,
  message,
  ...(field ? { field } : {}),
});

export const restrictedAssignMessage =
  'Dit is een klacht over het steunpunt. Je kunt dit dossier alleen aan een coördinator geven.';

/**
 * Take a case, give it to a colleague (coördinator only), or leave it unassigned. A
 * complaint about the steunpunt can only go to a coördinator, and its holder may hand it
 * on themselves: the case then is that coördinator's alone.
 */
export async function assignCase(
  deps: CaseDeps,
  staff: Staff,
  target: CaseTarget,
  input: z.output<typeof assignInput>,
  idempotencyKey: string,
): Promise<ChangeOutcome> {
  let assignee: Colleague | undefined;
  const toColleague = input.assignee !== null && input.assignee !== staff.userId;
  if (input.assignee !== null) {
    assignee = toColleague
      ? await deps.colleague(staff.steunpunt, input.assignee)
      : { userId: staff.userId, name: staff.name };
  }
  return changeCase(
    deps,
    staff,
    target,
    { idempotencyKey, type: 'assign', expectedVersion: input.version },
    (item): Plan => {
      // The person who holds a complaint about the steunpunt may hand it on themselves.
      const holder = item.restrictedTo === personOnly(staff.userId);
      if (toColleague && !isCoordinator(staff) && !holder) {
        return reject(403, 'Alleen een coördinator kan een dossier aan een collega geven.');
      }
      if (toColleague && !assignee) {
        return reject(400, 'Kies een collega van je steunpunt', 'assignee');
      }
      if (!assignee) {
        if (!item.assignee) return { kind: 'unchanged' };
        if (item.assignee !== staff.userId && !isCoordinator(staff)) {
          return reject(403, 'Alleen een coördinator kan een dossier bij een collega weghalen.');
        }
        return {
          kind: 'change',
          attributes: { set: {}, remove: ['assignee', 'assigneeName'] },
          details: { from: item.assigneeName ?? '' },
        };
      }
      if (item.assignee === assignee.userId) return { kind: 'unchanged' };
      // A complaint about the steunpunt goes on to one coördinator at most: its person's
      // restriction moves with it (still one person, never wider); under the coördinatoren's
      // it stays as it is. Anyone else could not see it, so it is refused. A coördinator who
      // takes one whose holder left (only they could open it) becomes its person.
      const handOver =
        item.restrictedTo !== undefined &&
        item.restrictedTo !== coordinatorsOnly &&
        item.restrictedTo !== personOnly(assignee.userId);
      if (item.restrictedTo !== undefined && toColleague && assignee.role !== 'coordinator') {
        return reject(400, restrictedAssignMessage, 'assignee');
      }
      return {
        kind: 'change',
        attributes: {
          set: {
            assignee: assignee.userId,
            assigneeName: assignee.name,
            ...(handOver ? { restrictedTo: personOnly(assignee.userId) } : {}),
          },
          remove: [],
        },
        details: { assignee: assignee.userId, assigneeName: assignee.name },
      };
    },
  );
}

/** Move a case to a status; closing starts the retention term, reopening stops it. */
export async function changeStatus(
  deps: CaseDeps,
  staff: Staff,
  target: CaseTarget,
  input: z.output<typeof statusInput>,
  idempotencyKey: string,
): Promise<ChangeOutcome> {
  return changeCase(
    deps,
    staff,
    target,
    { idempotencyKey, type: 'status', expectedVersion: input.version },
    async (item, now): Promise<Plan> => {
      if (item.status === input.status) return { kind: 'unchanged' };
      const { retentionMonths } = await readSettings(deps, staff.steunpunt);
      return {
        kind: 'change',
        attributes: statusChanges(item, input.status, now, retentionMonths),
        details: { from: item.status, to: input.status },
      };
    },
  );
}

/**
 * Mark a case as a signal for the SWV's monitor (anonymous), or clear the mark. A text is
 * a proposal for the SWV's board: the same write puts it up for a coördinator's review
 * (the sparse signalreview index, keys from `signalReviewKeys`), so there is no moment
 * at which a text was tagged and nobody is asked to review it. The SWV reads only what a
 * coördinator approved (functions/monitor/signal-review.ts).
 */
export async function setSignal(
  deps: CaseDeps,
  staff: Staff,
  target: CaseTarget,
  input: z.output<typeof signalInput>,
  idempotencyKey: string,
): Promise<ChangeOutcome> {
  if (input.hasSignal && !input.category) return reject(400, 'Kies een categorie', 'category');
  return changeCase(
    deps,
    staff,
    target,
    {
      idempotencyKey,
      type: 'signal',
      ...(input.version !== undefined ? { expectedVersion: input.version } : {}),
    },
    (item, now): Plan => {
      if (!input.hasSignal || !input.category) {
        if (!item.signal) return { kind: 'unchanged' };
        return {
          kind: 'change',
          attributes: {
            set: factDirtyAttributes(item.pk, now),
            remove: ['signal', ...reviewKeyNames],
          },
          details: { removed: item.signal.category },
        };
      }
      const text = input.text ?? '';
      const earlier = item.signal;
      // The same words again keep their review; new words are a new proposal to review.
      const same = earlier?.category === input.category && earlier.text === text;
      const proposalId = earlier?.proposalId ?? randomUUID();
      const signal: CaseSignal = {
        category: input.category,
        text,
        markedAt: same ? earlier.markedAt : now.toISOString(),
        ...(text ? { proposalId } : {}),
        ...(text ? { review: same && earlier.review ? earlier.review : { state: 'pending' } } : {}),
      };
      const review = signal.review
        ? signalReviewKeys(item.tenant, signal.review.state, proposalId)
        : undefined;
      return {
        kind: 'change',
        // The monitor counts signals: the fact sync rewrites the case's fact.
        attributes: {
          set: { signal, ...factDirtyAttributes(item.pk, now), ...review },
          remove: review ? [] : [...reviewKeyNames],
        },
        details: { category: input.category },
      };
    },
  );
}

const reviewKeyNames = ['reviewPk', 'reviewSk'] as const;

/** Where a proposal stands in the signalreview index: waiting, or decided. */
export function signalReviewKeys(
  tenant: string,
  state: NonNullable<CaseSignal['review']>['state'],
  proposalId: string,
) {
  return {
    reviewPk: signalReviewPartition(tenant, state === 'pending' ? 'pending' : 'decided'),
    reviewSk: proposalId,
  };
}
