import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../lib/clock.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';

export interface Colleague {
  userId: string;
  name: string;
}

/** What the back-office case domain needs; the routes take the same. */
export interface CaseDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
  tenants: TenantLookup;
  /** The slugs of the SWVs a steunpunt works for (to find a case by its reference). */
  steunpuntTenants: (steunpunt: string) => Promise<string[]>;
  /** A user of the steunpunt who may handle cases, to assign a case to; else undefined. */
  colleague: (steunpunt: string, userId: string) => Promise<Colleague | undefined>;
  /** At most this many index items are read for one inbox page (default 600). */
  inboxReadLimit?: number;
}
