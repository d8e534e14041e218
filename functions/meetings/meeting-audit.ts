/**
 * Audit entries for the attendee list: who viewed or exported it, of which meeting.
 * The same log and shape as the cases' (functions/cases/case-audit.ts): the meeting id
 * stands where a case reference would, and no name or address is ever written.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Staff } from '../auth/tenant-access.ts';
import { auditPartition } from '../core/keys.ts';
import type { MeetingDeps } from './meeting-deps.ts';

export type MeetingAuditAction = 'bijeenkomst-deelnemers-bekeken' | 'bijeenkomst-deelnemers-export';

export async function recordMeetingAudit(
  deps: Pick<MeetingDeps, 'db' | 'tableName'>,
  staff: Staff,
  action: MeetingAuditAction,
  meetingId: string,
  at: Date,
): Promise<void> {
  const iso = at.toISOString();
  await deps.db.send(
    new PutCommand({
      TableName: deps.tableName,
      Item: {
        pk: auditPartition(staff.steunpunt, at),
        sk: `${iso}#${randomUUID()}`,
        kind: 'audit',
        userId: staff.userId,
        userName: staff.name,
        role: staff.role,
        action,
        tenant: '',
        reference: meetingId,
        at: iso,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}
