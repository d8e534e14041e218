/**
 * The keys of a case and of the items around it. One place, so that the form, the back
 * office, the retention job and the tests all address the same items.
 */
import { createHash } from 'node:crypto';
import { normalisePhone } from '../questions/question-schema.ts';
import type { CaseStatus } from './case-model.ts';

/** The key is the client's idempotency key, scoped to the tenant: a retry lands on the same item. */
export function caseKey(tenant: string, caseId: string) {
  return { pk: `SWV#${tenant}#Q#${caseId}`, sk: 'QUESTION' };
}

/** The inbox index: a steunpunt's cases in one status, newest first. */
export const inboxPartition = (steunpunt: string, status: CaseStatus) =>
  `SP#${steunpunt}#${status}`;
export const inboxSortKey = (createdAt: string, reference: string) => `${createdAt}#${reference}`;

export const referencePartition = (tenant: string, reference: string) =>
  `SWV#${tenant}#REF#${reference}`;

/** The person index key: a hash, so the index does not list e-mail addresses. */
export const personPartition = (email: string) =>
  `PERSON#${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;

/**
 * One spelling per phone number, so 06 12345678, +31 6 12345678 and 0031612345678 are one
 * person: digits only, with the country code and without the trunk 0. A number without a
 * country code is Dutch (the form asks for Dutch numbers); "+31 (0)6…" loses its 0 too.
 */
export function canonicalPhone(phone: string): string {
  const typed = normalisePhone(phone.trim());
  const international = /^(\+|00)/.test(typed)
    ? typed.replace(/^(\+|00)/, '')
    : typed.replace(/^0/, '31');
  return international.replace(/^310/, '31');
}

/** The phone index key: a hash as well, so the index does not list phone numbers. */
export const phonePartition = (phone: string) =>
  `PHONE#${createHash('sha256').update(canonicalPhone(phone)).digest('hex')}`;

/** A line in the case's history that is its own item (a note): sorted by time. */
export const eventSortKey = (at: string, id: string) => `EVENT#${at}#${id}`;
export const eventPrefix = 'EVENT#';

/**
 * Remembers when a note with this idempotency key was first written, so a retry puts
 * the note under the very same `EVENT#<at>#<key>` sort key (and so stores nothing new).
 */
export const noteClaimSortKey = (idempotencyKey: string) => `NOTEKEY#${idempotencyKey}`;

/** Where a steunpunt's own things live (settings, reply templates, its SWV pointers). */
export const steunpuntPartition = (steunpunt: string) => `SP#${steunpunt}`;

/** What an id in a URL may look like: the idempotency keys the form and the back office make. */
export const caseIdPattern = /^[A-Za-z0-9_-]{1,128}$/;
