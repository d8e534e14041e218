/**
 * The partition keys more than one capability writes or reads. One place, so that the
 * form, the back office, the jobs and the tests all address the same items. A key only
 * one capability knows lives in that capability's keys module (cases/case-keys.ts,
 * meetings/meeting-keys.ts, admin/admin-keys.ts). ARCHITECTURE.md lists every item.
 */
import { createHash } from 'node:crypto';
import { amsterdamMonth } from './amsterdam-month.ts';
import { normalisePhone } from './vocabulary.ts';

/** Where an SWV's own things live: its profile, its cases (and its reference counters of before). */
export const tenantPrefix = 'SWV#';
export const tenantPartition = (slug: string) => `${tenantPrefix}${slug}`;

/** Where a steunpunt's own things live (settings, topics, reply templates, its SWV pointers, reference counters). */
export const steunpuntPartition = (steunpunt: string) => `SP#${steunpunt}`;

/**
 * The sort key of a reference counter: one per reference prefix and year, in the
 * steunpunt's partition (before, in each tenant's; those still count, cases/reference.ts).
 */
export const counterPrefix = 'COUNTER#';
export const counterSortKey = (prefix: string, year: number) => `${counterPrefix}${prefix}#${year}`;

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

/** The factsync index's one partition: the cases whose monitor fact must be (re)written. */
export const factPendingPartition = 'FACT#PENDING';

/** An SWV's anonymous monitor facts. */
export const factPartition = (tenant: string) => `FACT#${tenant}`;

/**
 * The signalreview index's partitions: an SWV's signal texts waiting for a coördinator's
 * review, and those decided (kept, so a retried decision still finds its proposal). The
 * case item carries the keys; the sort key is the proposal's opaque id, never the case's.
 */
export const signalReviewPartition = (tenant: string, state: 'pending' | 'decided') =>
  `SIGNALREVIEW#${tenant}#${state === 'pending' ? 'PENDING' : 'DECIDED'}`;

/**
 * The sumsync index's one partition: items (monitor facts, meetings) whose change a month
 * summary does not show yet. Sorted by `<tenant>#<month>#<writtenAt>`, so one page of the
 * queue holds a month's marks together and the job rebuilds that month once.
 */
export const summaryPendingPartition = 'SUM#PENDING';

/** An SWV's month summaries (the monitor's counts), one item per month: `sk = <yyyy-mm>`. */
export const summaryPartition = (tenant: string) => `SUM#${tenant}`;

/**
 * What queues a month summary for a rebuild, written in the same write as the change:
 * `sumTargets` names every (tenant, month) the change touches (`<tenant>#<month>`), the
 * sort key the first of them and the moment of this write (what orders rebuilds).
 */
export function summaryDirtyAttributes(targets: [string, ...string[]], writtenAt: string) {
  return {
    sumPk: summaryPendingPartition,
    sumSk: `${targets[0]}#${writtenAt}`,
    sumTargets: targets,
  };
}

/** The purge index's partition for closed cases past their term. */
export const purgePartition = 'PURGE';

/** A steunpunt's audit log of one month (Amsterdam). */
export const auditPartition = (steunpunt: string, at: Date) =>
  `${steunpuntPartition(steunpunt)}#AUDIT#${amsterdamMonth(at)}`;
