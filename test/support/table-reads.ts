/**
 * Reading the local table as it is, the way tests check the stored truth: strongly
 * consistent, so a write just made is always seen.
 */
import {
  GetCommand,
  QueryCommand,
  type GetCommandInput,
  type GetCommandOutput,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type { LocalAws } from './local-aws.ts';

/** An item as the document client gives it: loosely typed, as a test reads it. */
type StoredItem = NonNullable<GetCommandOutput['Item']>;

/** The item under this key, or undefined. */
export async function readItem<T = StoredItem>(
  aws: LocalAws,
  key: NonNullable<GetCommandInput['Key']>,
): Promise<T | undefined> {
  const { Item } = await aws.db.send(
    new GetCommand({ TableName: aws.tableName, Key: key, ConsistentRead: true }),
  );
  return Item as T | undefined;
}

/** The items of partition `pk`, or those whose sort key starts with `skPrefix` (`EVENT#`). */
export async function itemsUnder(
  aws: LocalAws,
  pk: unknown,
  skPrefix?: string,
): Promise<NonNullable<QueryCommandOutput['Items']>> {
  const { Items } = await aws.db.send(
    new QueryCommand({
      TableName: aws.tableName,
      KeyConditionExpression: skPrefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk, ...(skPrefix ? { ':prefix': skPrefix } : {}) },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}
