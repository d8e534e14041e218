/**
 * Every item a Query finds, page after page, through the SDK's own paginator: for the
 * reads that need a whole (small) range at once, such as a month's facts or a period's
 * summaries. A read that stops at a limit pages by itself instead.
 */
import { paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { TableHandle } from './table-deps.ts';

export async function queryAll<T>(
  deps: TableHandle,
  input: Omit<QueryCommandInput, 'TableName'>,
): Promise<T[]> {
  const items: T[] = [];
  for await (const page of paginateQuery(
    { client: deps.db },
    { TableName: deps.tableName, ...input },
  )) {
    items.push(...((page.Items ?? []) as T[]));
  }
  return items;
}
