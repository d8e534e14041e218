import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../lib/clock.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';

/** What the fact sync and the retention job need: the table and a clock tests can move. */
export interface PrivacyDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
}

/** The person routes also check every case's tenant against the caller's steunpunt. */
export interface PrivacyRouteDeps extends PrivacyDeps {
  tenants: TenantLookup;
}

export interface ItemKey {
  pk: string;
  sk: string;
}
