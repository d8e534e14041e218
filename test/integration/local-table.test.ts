/**
 * A `.data/` folder from an older checkout has the table without the indexes added since.
 * dynalite cannot add an index later, so the portal refuses it at start with a clear
 * message instead of failing on the first query that needs the index.
 */
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tableDesign } from '../../functions/lib/table-design.ts';
import {
  createTableInput,
  ensureTable,
  OutdatedTableError,
  startLocalDynamo,
  type LocalDynamo,
} from '../../scripts/local/local-dynamo.ts';

let dynamo: LocalDynamo;
let client: DynamoDBClient;

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  dynamo = await startLocalDynamo();
  client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'eu-west-1' });
});
afterAll(async () => {
  client?.destroy();
  await dynamo?.close();
});

it('refuses a table that lacks an index, saying in Dutch what to do, and takes a complete one', async () => {
  const full = createTableInput('oud');
  await client.send(
    new CreateTableCommand({
      ...full,
      GlobalSecondaryIndexes: full.GlobalSecondaryIndexes!.slice(0, 2),
    }),
  );
  const refused = await ensureTable(client, 'oud').catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(OutdatedTableError);
  const missing = tableDesign.indexes.slice(2).map((index) => index.indexName);
  expect((refused as OutdatedTableError).missing).toEqual(missing);
  expect((refused as Error).message).toContain('Verwijder de map .data/');

  await ensureTable(client, 'nieuw');
  await ensureTable(client, 'nieuw');
  const { Table } = await client.send(new DescribeTableCommand({ TableName: 'nieuw' }));
  expect(Table?.GlobalSecondaryIndexes).toHaveLength(tableDesign.indexes.length);
});
