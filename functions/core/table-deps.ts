import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../lib/clock.ts';

/**
 * The one table handle every store takes: the client, the table's name and a clock tests
 * can move. A store that needs no time takes `Pick<TableDeps, 'db' | 'tableName'>`.
 */
export interface TableDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
}

/** The table without the clock. */
export type TableHandle = Pick<TableDeps, 'db' | 'tableName'>;

/** The primary key of an item. */
export interface ItemKey {
  pk: string;
  sk: string;
}
