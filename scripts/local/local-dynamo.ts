import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { tableDesign, type KeyAttribute } from '../../functions/lib/table-design.ts';

/** The CreateTable call for the same design the CDK stack deploys (on-demand, all indexes). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const attributes = new Map<string, 'S' | 'N'>();
  const keyAttrs: KeyAttribute[] = [tableDesign.partitionKey, tableDesign.sortKey];
  for (const index of tableDesign.indexes) {
    keyAttrs.push(index.partitionKey);
    if ('sortKey' in index) keyAttrs.push(index.sortKey);
  }
  for (const attr of keyAttrs) attributes.set(attr.name, attr.type);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
      AttributeName,
      AttributeType,
    })),
    KeySchema: [
      { AttributeName: tableDesign.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: tableDesign.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: tableDesign.indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
        ...('sortKey' in index
          ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' as const }]
          : []),
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}

export interface LocalDynamo {
  endpoint: string;
  close(): Promise<void>;
}

/** dynalite in this process; kept in `dataDir` when given, else in memory. */
export async function startLocalDynamo(dataDir?: string): Promise<LocalDynamo> {
  const server: Server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(dataDir ? { path: dataDir } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

async function waitUntilActive(client: DynamoDBClient, tableName: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesReady = (Table?.GlobalSecondaryIndexes ?? []).every(
      (index) => index.IndexStatus === undefined || index.IndexStatus === 'ACTIVE',
    );
    if (Table?.TableStatus === 'ACTIVE' && indexesReady) return Table;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Table ${tableName} did not become ACTIVE`);
}

/** The local table is older than the table design: the portal cannot use it. */
export class OutdatedTableError extends Error {
  constructor(readonly missing: string[]) {
    super(
      `De lokale gegevens zijn van een oudere versie van het portaal: de tabel mist ${missing.join(', ')}. ` +
        'Verwijder de map .data/ en start opnieuw; de demogegevens komen vanzelf terug.',
    );
    this.name = 'OutdatedTableError';
  }
}

/**
 * Creates the table if it is not there yet and waits until it can be used. A table from
 * an older checkout (`.data/`) that lacks an index is refused with a clear message:
 * dynalite cannot add an index to an existing table, and the first query would fail.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const wanted = createTableInput(tableName);
  try {
    await client.send(new CreateTableCommand(wanted));
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
  const table = await waitUntilActive(client, tableName);
  const present = new Set((table.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  const missing = (wanted.GlobalSecondaryIndexes ?? [])
    .map((index) => index.IndexName!)
    .filter((name) => !present.has(name));
  if (missing.length > 0) throw new OutdatedTableError(missing);
}
