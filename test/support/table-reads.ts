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

/** What a counted table handle has read: every item a Get, Query or BatchGet returned. */
export interface TableReads {
  /** The `pk` of every item read, in order. */
  items: string[];
  /** How many requests were sent. */
  requests: number;
}

/**
 * The table as `aws`, but counting what it reads, so a test can prove which items a
 * function touched (the monitor's read never reads a FACT item).
 */
export function countedTable(aws: Pick<LocalAws, 'db' | 'tableName'>): {
  deps: Pick<LocalAws, 'db' | 'tableName'>;
  reads: TableReads;
} {
  const reads: TableReads = { items: [], requests: 0 };
  const db = new Proxy(aws.db, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver) as unknown;
      return async (command: Parameters<typeof target.send>[0]) => {
        reads.requests++;
        const output = (await target.send(command)) as {
          Item?: Record<string, unknown>;
          Items?: Record<string, unknown>[];
          Responses?: Record<string, Record<string, unknown>[]>;
        };
        const items = [
          ...(output.Item ? [output.Item] : []),
          ...(output.Items ?? []),
          ...Object.values(output.Responses ?? {}).flat(),
        ];
        reads.items.push(...items.map((item) => String(item.pk)));
        return output;
      };
    },
  });
  return { deps: { db, tableName: aws.tableName }, reads };
}
