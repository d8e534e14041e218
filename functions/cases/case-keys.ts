/**
 * The keys of a case and of the items around it. One place, so that the form, the back
 * office, the retention job and the tests all address the same items. The partitions
 * other capabilities share (tenant, steunpunt, person, phone, facts) are in core/keys.ts.
 */
import { steunpuntPartition, tenantPartition } from '../core/keys.ts';
import type { CaseStatus } from './case.ts';

/** Every case item has this sort key (it was the question's before contacts came). */
export const caseSortKey = 'QUESTION';

/** The key is the client's idempotency key, scoped to the tenant: a retry lands on the same item. */
export function caseKey(tenant: string, caseId: string) {
  return { pk: `${tenantPartition(tenant)}#Q#${caseId}`, sk: caseSortKey };
}

/** The inbox index: a steunpunt's cases in one status, newest first. */
export const inboxPartition = (steunpunt: string, status: CaseStatus) =>
  `${steunpuntPartition(steunpunt)}#${status}`;
export const inboxSortKey = (createdAt: string, reference: string) => `${createdAt}#${reference}`;

/**
 * The sparse `deadline` index: a case with a filing deadline (a complaint for a bezwaar,
 * GPO or LKC route) in the same partitions as the inbox, soonest last day first. Set when
 * the case is made and moved with its status (case-status.ts); a case without a deadline
 * has neither key and never shows in this view.
 */
export function deadlineKeys(
  item: { steunpunt: string; filingDeadline?: string; createdAt: string; reference: string },
  status: CaseStatus,
): { deadlinePk: string; deadlineSk: string } | Record<string, never> {
  if (!item.filingDeadline) return {};
  return {
    deadlinePk: inboxPartition(item.steunpunt, status),
    deadlineSk: `${item.filingDeadline}#${item.createdAt}#${item.reference}`,
  };
}

export const referencePartition = (tenant: string, reference: string) =>
  `${tenantPartition(tenant)}#REF#${reference}`;

/** A line in the case's history that is its own item (a note): sorted by time. */
export const eventSortKey = (at: string, id: string) => `EVENT#${at}#${id}`;
export const eventPrefix = 'EVENT#';

/**
 * Remembers when a note with this idempotency key was first written, so a retry puts
 * the note under the very same `EVENT#<at>#<key>` sort key (and so stores nothing new).
 */
export const noteClaimSortKey = (idempotencyKey: string) => `NOTEKEY#${idempotencyKey}`;

/** A steunpunt's reply templates. */
export const templatePrefix = 'TEMPLATE#';
export const templateKey = (steunpunt: string, id: string) => ({
  pk: steunpuntPartition(steunpunt),
  sk: `${templatePrefix}${id}`,
});

/** The steunpunt's own terms (settings.ts). */
export const settingsKey = (steunpunt: string) => ({
  pk: steunpuntPartition(steunpunt),
  sk: 'SETTINGS',
});

/** What an id in a URL may look like: the idempotency keys the form and the back office make. */
export const caseIdPattern = /^[A-Za-z0-9_-]{1,128}$/;
