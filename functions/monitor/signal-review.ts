/**
 * The four-eyes review of signal texts. A medewerker's text waits on the case item (the
 * sparse signalreview index, put there in the same write as the tag, cases/case-changes.ts);
 * a coördinator of the steunpunt edits and approves it (into a new approved signal, or
 * added to one of the same month and category) or rejects it. Only approved texts reach
 * the SWV (signal-records.ts).
 *
 * The review shows nothing of the case: the text, its category, the SWV and the month,
 * under the proposal's opaque id. A complaint about the steunpunt is reviewed like any
 * (its text is anonymous by design), and nothing here leads back to it.
 *
 * A decision is two writes that each stand on their own, in this order: the approved
 * signal (idempotent: its proposals are a set), then the case (one conditional write
 * through changeCase, with its history line under the request's key). A retry finds the
 * key and answers the same; a crash between the two is repaired by the next decision on
 * the proposal (`settleProposal` leaves it only behind the signal its case names).
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Staff } from '../auth/tenant-access.ts';
import { nameBasedUuid } from '../audit/audit.ts';
import { signalReviewKeys } from '../cases/case-changes.ts';
import { changeCase, type ChangeOutcome } from '../cases/case-update.ts';
import type { CaseItem, CaseSignal, SignalCategory } from '../cases/case.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { signalReviewPartition } from '../core/keys.ts';
import type { TableDeps, TableHandle } from '../core/table-deps.ts';
import type { approveSignalInput } from './signal-review-input.ts';
import { findPersonalData, type PersonalDataFinding } from './signal-personal-data.ts';
import {
  addToApproved,
  approveAsNew,
  readApproved,
  settleProposal,
  type SignalTarget,
} from './signal-records.ts';
import type * as z from 'zod/mini';

/** A proposal as the review page shows it: nothing else of the case. */
export interface SignalProposal {
  proposalId: string;
  category: SignalCategory;
  text: string;
  /** The month the case came in (Amsterdam): the approved signal's month. */
  month: string;
}

type ReviewedCase = CaseItem & Record<string, unknown> & { signal: CaseSignal };

/** The month of a case, as the facts and the approved signals count it. */
const monthOf = (item: CaseItem) => amsterdamMonth(new Date(item.createdAt));

const toProposal = (item: ReviewedCase): SignalProposal => ({
  proposalId: item.signal.proposalId!,
  category: item.signal.category,
  text: item.signal.text,
  month: monthOf(item),
});

/** The proposals of an SWV waiting for review, oldest month first. */
export async function pendingProposals(
  deps: TableHandle,
  tenant: string,
): Promise<SignalProposal[]> {
  const proposals: SignalProposal[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: 'signalreview',
        KeyConditionExpression: 'reviewPk = :pk',
        ExpressionAttributeValues: { ':pk': signalReviewPartition(tenant, 'pending') },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of (page.Items ?? []) as ReviewedCase[]) {
      // The index may lag a decision by a moment: the item's own state decides.
      if (item.signal?.review?.state === 'pending' && item.signal.proposalId) {
        proposals.push(toProposal(item));
      }
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return proposals.sort(
    (a, b) => a.month.localeCompare(b.month) || a.proposalId.localeCompare(b.proposalId),
  );
}

/** The case behind a proposal, read consistently; waiting or decided. */
async function caseOfProposal(
  deps: TableHandle,
  staff: Staff,
  tenant: string,
  proposalId: string,
): Promise<ReviewedCase | undefined> {
  for (const state of ['pending', 'decided'] as const) {
    const { Items } = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: 'signalreview',
        KeyConditionExpression: 'reviewPk = :pk AND reviewSk = :id',
        ExpressionAttributeValues: {
          ':pk': signalReviewPartition(tenant, state),
          ':id': proposalId,
        },
        ProjectionExpression: 'pk, sk',
      }),
    );
    const key = Items?.[0];
    if (!key) continue;
    const { Item } = await deps.db.send(
      new GetCommand({
        TableName: deps.tableName,
        Key: { pk: key.pk, sk: key.sk },
        ConsistentRead: true,
      }),
    );
    const item = Item as ReviewedCase | undefined;
    if (
      item?.steunpunt === staff.steunpunt &&
      item.tenant === tenant &&
      item.signal?.proposalId === proposalId
    ) {
      return item;
    }
  }
  return undefined;
}

export type ReviewOutcome =
  | { kind: 'approved' | 'rejected'; signalId?: string; replayed: boolean }
  | { kind: 'not-found' }
  /** Decided otherwise already (by someone else, or a moment ago). */
  | { kind: 'decided'; state: 'approved' | 'rejected' }
  /** The text looks like it holds personal data; approving needs `confirmed`. */
  | { kind: 'needs-confirmation'; findings: PersonalDataFinding[] }
  /** The approved signal to add to is not one of this SWV, month and category. */
  | { kind: 'no-such-signal' }
  | { kind: 'key-reused' }
  /** The medewerker changed the proposal meanwhile: review the new text. */
  | { kind: 'changed' };

/**
 * The id of the approved signal a proposal makes on its own: the same for every retry of
 * the same tag, another for a new tag or category (an approved signal keeps one category).
 */
const newSignalId = (signal: CaseSignal) =>
  nameBasedUuid('signal', signal.proposalId!, signal.markedAt, signal.category);

export async function approveProposal(
  deps: TableDeps,
  staff: Staff,
  tenant: string,
  proposalId: string,
  input: z.output<typeof approveSignalInput>,
  idempotencyKey: string,
): Promise<ReviewOutcome> {
  const item = await caseOfProposal(deps, staff, tenant, proposalId);
  if (!item) return { kind: 'not-found' };
  const earlier = replayOf(item, idempotencyKey, 'approved');
  if (earlier) return earlier;
  const { signal } = item;
  const state = signal.review?.state ?? 'pending';
  if (state !== 'pending') {
    // Approving twice makes one: the same decision again answers as the first.
    const same =
      state === 'approved' && (!input.signalId || input.signalId === signal.review?.signalId);
    return same
      ? { kind: 'approved', signalId: signal.review!.signalId!, replayed: true }
      : { kind: 'decided', state };
  }

  const target: SignalTarget = {
    tenant,
    steunpunt: staff.steunpunt,
    month: monthOf(item),
    category: signal.category,
  };
  let signalId: string;
  if (input.signalId) {
    signalId = input.signalId;
    const existing = await readApproved(deps, tenant, target.month, signalId);
    if (!existing || existing.category !== signal.category) return { kind: 'no-such-signal' };
    if (!(await addToApproved(deps, target, signalId, proposalId)))
      return { kind: 'no-such-signal' };
  } else {
    const text = input.text ?? '';
    const findings = findPersonalData(text);
    if (findings.length > 0 && !input.confirmed) return { kind: 'needs-confirmation', findings };
    signalId = newSignalId(signal);
    await approveAsNew(deps, target, signalId, text, proposalId, staff.userId);
  }

  const outcome = await decide(deps, staff, item, idempotencyKey, {
    state: 'approved',
    signalId,
  });
  return settleAfter(deps, item, outcome, signalId);
}

export async function rejectProposal(
  deps: TableDeps,
  staff: Staff,
  tenant: string,
  proposalId: string,
  idempotencyKey: string,
): Promise<ReviewOutcome> {
  const item = await caseOfProposal(deps, staff, tenant, proposalId);
  if (!item) return { kind: 'not-found' };
  const earlier = replayOf(item, idempotencyKey, 'rejected');
  if (earlier) return earlier;
  const state = item.signal.review?.state ?? 'pending';
  if (state === 'rejected') return { kind: 'rejected', replayed: true };
  if (state !== 'pending') return { kind: 'decided', state };
  const outcome = await decide(deps, staff, item, idempotencyKey, { state: 'rejected' });
  return settleAfter(deps, item, outcome, undefined);
}

/** A request seen before (its key is in the case's history): answer as the first time. */
function replayOf(
  item: ReviewedCase,
  key: string,
  decision: 'approved' | 'rejected',
): ReviewOutcome | undefined {
  const earlier = item.changes?.[key];
  if (!earlier) return undefined;
  if (earlier.type !== 'signal' || earlier.details?.review !== decision) {
    return { kind: 'key-reused' };
  }
  return {
    kind: decision,
    ...(earlier.details.signalId ? { signalId: earlier.details.signalId } : {}),
    replayed: true,
  };
}

const reviewWords = { approved: 'goedgekeurd', rejected: 'afgewezen' } as const;

/** The case's side of a decision: one conditional write, only while the same text waits. */
function decide(
  deps: TableDeps,
  staff: Staff,
  read: ReviewedCase,
  idempotencyKey: string,
  decision: { state: 'approved' | 'rejected'; signalId?: string },
): Promise<ChangeOutcome> {
  const proposalId = read.signal.proposalId!;
  return changeCase(
    deps,
    staff,
    { tenant: read.tenant, caseId: read.caseId },
    { idempotencyKey, type: 'signal' },
    (item, now) => {
      const signal = item.signal;
      // The medewerker changed the text (or took the signal away) since it was read.
      if (
        !signal ||
        signal.proposalId !== proposalId ||
        signal.markedAt !== read.signal.markedAt ||
        signal.review?.state !== 'pending'
      ) {
        return { kind: 'unchanged' };
      }
      const review = { ...decision, at: now.toISOString(), by: staff.userId };
      return {
        kind: 'change',
        attributes: {
          set: {
            signal: { ...signal, review },
            ...signalReviewKeys(item.tenant, decision.state, proposalId),
          },
          remove: [],
        },
        details: {
          category: signal.category,
          review: decision.state,
          ...(decision.signalId ? { signalId: decision.signalId } : {}),
          reviewWord: reviewWords[decision.state],
        },
      };
    },
  );
}

/**
 * After the case's write: the proposal stays only behind the signal its case now names,
 * and the answer says what the case says.
 */
async function settleAfter(
  deps: TableDeps,
  read: ReviewedCase,
  outcome: ChangeOutcome,
  wanted: string | undefined,
): Promise<ReviewOutcome> {
  const month = monthOf(read);
  const proposalId = read.signal.proposalId!;
  if (outcome.kind === 'not-found') return { kind: 'not-found' };
  if (outcome.kind === 'key-reused') return { kind: 'key-reused' };
  if (outcome.kind === 'conflict' || outcome.kind === 'reject') {
    // Changed too often meanwhile: the next decision settles it.
    return { kind: 'changed' };
  }
  const signal = outcome.item.signal;
  const review = signal?.proposalId === proposalId ? signal.review : undefined;
  const keep = review?.state === 'approved' ? review.signalId : undefined;
  await settleProposal(deps, read.tenant, month, proposalId, keep);
  if (!review || review.state === 'pending') return { kind: 'changed' };
  const replayed = outcome.kind !== 'changed';
  if (review.state === 'rejected') {
    return wanted === undefined
      ? { kind: 'rejected', replayed }
      : { kind: 'decided', state: 'rejected' };
  }
  if (wanted !== undefined && review.signalId === wanted) {
    return { kind: 'approved', signalId: wanted, replayed };
  }
  return { kind: 'decided', state: 'approved' };
}
