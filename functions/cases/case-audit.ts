/**
 * The audit log: who viewed or changed which case, for the coördinator. Append-only
 * items `pk=SP#<steunpunt>#AUDIT#<yyyy-mm>`, `sk=<at>#<uuid>` (the same partition as the
 * AVG-request log in functions/privacy), each written once with attribute_not_exists.
 * An entry names the case by tenant and reference: never free text or contact data.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { auditPartition } from '../core/keys.ts';
import { nameBasedUuid } from '../audit/audit.ts';
import type { Staff } from '../auth/tenant-access.ts';
import type { AuditAction } from './case.ts';
import { decodeCursor, encodeCursor, keyString } from './cursor.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import type { TableHandle } from '../core/table-deps.ts';

export interface CaseAuditEntry {
  userId: string;
  userName: string;
  role: string;
  /** One of AuditAction, or an AVG-request action written by functions/privacy. */
  action: string;
  /** Empty for an action on the steunpunt itself (settings, templates). */
  tenant: string;
  reference: string;
  at: string;
}

/**
 * Who acted: staff, or an SWV's reader opening a report in the log of the steunpunt that
 * published it (the reader has no steunpunt of their own).
 */
export type AuditActor = Pick<Staff, 'userId' | 'name' | 'steunpunt'> & { role: string };

export interface AuditTarget {
  tenant: string;
  reference: string;
}

/**
 * Appends one entry. `requestKey` makes the entry's id a function of the request, so
 * a retried change writes the same item, which is then already there (and kept).
 */
export async function recordCaseAudit(
  deps: TableHandle,
  staff: AuditActor,
  action: AuditAction,
  target: AuditTarget,
  at: Date,
  requestKey?: string,
): Promise<void> {
  const iso = at.toISOString();
  const id = requestKey
    ? nameBasedUuid(requestKey, action, target.tenant, target.reference)
    : randomUUID();
  const entry: CaseAuditEntry & { pk: string; sk: string; kind: string } = {
    pk: auditPartition(staff.steunpunt, at),
    sk: `${iso}#${id}`,
    kind: 'audit',
    userId: staff.userId,
    userName: staff.name,
    role: staff.role,
    action,
    tenant: target.tenant,
    reference: target.reference,
    at: iso,
  };
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: entry,
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    // Written by the first attempt of this request: the log keeps that one.
    if (!isConditionFailure(error)) throw error;
  }
}

export const auditMonthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const auditCursor = z.object({ sk: keyString });

export type AuditPage =
  { kind: 'page'; items: CaseAuditEntry[]; cursor?: string } | { kind: 'bad-cursor' };

/** One page of a month of the steunpunt's log, newest first. */
export async function listAudit(
  deps: TableHandle,
  steunpunt: string,
  month: string,
  cursor: string | undefined,
  limit = 50,
): Promise<AuditPage> {
  // The middle of the month lies in that month in Amsterdam too.
  const pk = auditPartition(steunpunt, new Date(`${month}-15T12:00:00Z`));
  let start: Record<string, string> | undefined;
  if (cursor !== undefined) {
    const decoded = decodeCursor(cursor, auditCursor);
    if (!decoded) return { kind: 'bad-cursor' };
    start = { pk, sk: decoded.sk };
  }
  const page = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ScanIndexForward: false,
      Limit: limit,
      ...(start ? { ExclusiveStartKey: start } : {}),
    }),
  );
  const items = (page.Items ?? []).map((item): CaseAuditEntry => ({
    userId: String(item.userId),
    userName: String(item.userName),
    role: String(item.role),
    action: String(item.action),
    tenant: String(item.tenant ?? ''),
    reference: String(item.reference ?? ''),
    at: String(item.at),
  }));
  const last = page.LastEvaluatedKey;
  return {
    kind: 'page',
    items,
    ...(last ? { cursor: encodeCursor({ sk: String(last.sk) }) } : {}),
  };
}
