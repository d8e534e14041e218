/**
 * What moving a case to a status means for its other attributes. Used by every write
 * that sets a status (a status change, a reply, a contact registered as closed), so the
 * inbox, retention and monitor keys always follow the status in the same write.
 */
import { factDirtyAttributes } from './case-fact-mark.ts';
import { purgeAttributes } from './case-retention.ts';
import { deadlineKeys, inboxPartition } from './case-keys.ts';
import type { CaseStatus } from './case.ts';

export interface AttributeChanges {
  set: Record<string, unknown>;
  remove: string[];
}

export interface StatusContext {
  pk: string;
  steunpunt: string;
  /** Absent for a case that is being created. */
  status?: CaseStatus;
  firstResponseAt?: string;
  /** A case with a filing deadline moves in the deadline index too (case-keys.ts). */
  filingDeadline?: string;
  createdAt?: string;
  reference?: string;
}

/**
 * A case waiting for the person's reaction or closed has been answered: the first
 * answer counts from then if no reply mail recorded it earlier (a phone call, a chat).
 */
const answeredStatuses: ReadonlySet<CaseStatus> = new Set(['wacht-op-reactie', 'afgerond']);

export function statusChanges(
  current: StatusContext,
  to: CaseStatus,
  now: Date,
  retentionMonths: number,
): AttributeChanges {
  const at = now.toISOString();
  const set: Record<string, unknown> = {
    status: to,
    // The inbox is partitioned by status: the case moves to its new list.
    inboxPk: inboxPartition(current.steunpunt, to),
    // Its place in the deadline view follows, in the same write. Setting both keys (not
    // only the partition) also gives a case stored before that index its place there.
    ...(current.createdAt && current.reference
      ? deadlineKeys(
          {
            steunpunt: current.steunpunt,
            createdAt: current.createdAt,
            reference: current.reference,
            ...(current.filingDeadline ? { filingDeadline: current.filingDeadline } : {}),
          },
          to,
        )
      : {}),
    // The monitor fact shows the status: the fact sync rewrites it.
    ...factDirtyAttributes(current.pk, now),
  };
  const remove: string[] = [];
  if (answeredStatuses.has(to) && !current.firstResponseAt) set.firstResponseAt = at;
  if (to === 'afgerond') {
    set.closedAt = at;
    // The retention job erases the personal data when this term ends.
    Object.assign(set, purgeAttributes(current.pk, now, retentionMonths));
  } else if (current.status === 'afgerond') {
    // Reopened: the term starts again at the next closing.
    remove.push('closedAt', 'purgePk', 'purgeSk');
  }
  return { set, remove };
}
