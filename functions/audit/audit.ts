/**
 * The audit log of a steunpunt: one item per case touched, no free text. The person
 * requests write here, and so do the case and meeting audits.
 *   pk = SP#<steunpunt>#AUDIT#<yyyy-mm (Amsterdam)>, sk = <at>#<uuid>
 * The coördinator reads a month of the steunpunt's log with one query.
 */
import { createHash, randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../auth/principal.ts';
import { auditPartition } from '../core/keys.ts';
import type { TableDeps } from '../core/table-deps.ts';

export type PrivacyAuditAction = 'inzage' | 'export' | 'verwijderd';

export interface AuditEntry {
  pk: string;
  sk: string;
  userId: string;
  userName: string;
  role: string;
  action: PrivacyAuditAction;
  tenant: string;
  reference: string;
  at: string;
}

/** A UUID made from its inputs, so that a retried request writes the same entry again. */
export function nameBasedUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function recordAudit(
  deps: TableDeps,
  principal: Principal & { steunpunt: string },
  action: PrivacyAuditAction,
  cases: readonly { tenant: string; reference: string }[],
  options: { at?: Date; idempotencyKey?: string } = {},
): Promise<void> {
  const at = options.at ?? deps.clock();
  const iso = at.toISOString();
  await Promise.all(
    cases.map((c) => {
      const id = options.idempotencyKey
        ? nameBasedUuid(options.idempotencyKey, action, c.tenant, c.reference)
        : randomUUID();
      const entry: AuditEntry = {
        pk: auditPartition(principal.steunpunt, at),
        sk: `${iso}#${id}`,
        userId: principal.userId,
        userName: principal.name,
        role: principal.role,
        action,
        tenant: c.tenant,
        reference: c.reference,
        at: iso,
      };
      return deps.db.send(new PutCommand({ TableName: deps.tableName, Item: entry }));
    }),
  );
}
