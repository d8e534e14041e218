import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { tableDesign, type IndexDesign, type KeyAttribute } from '../functions/lib/table-design.ts';

function attribute(key: KeyAttribute): dynamodb.Attribute {
  return {
    name: key.name,
    type: key.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
  };
}

function globalSecondaryIndex(index: IndexDesign): dynamodb.GlobalSecondaryIndexPropsV2 {
  return {
    indexName: index.indexName,
    partitionKey: attribute(index.partitionKey),
    ...(index.sortKey ? { sortKey: attribute(index.sortKey) } : {}),
    projectionType: dynamodb.ProjectionType.ALL,
  };
}

/**
 * The portal's single table, built from `tableDesign` so the keys and indexes cannot drift
 * from what the functions and the local dynalite use. It holds parents' questions, so it
 * is protected against deletion and kept when the stack goes.
 */
export function createPortalTable(scope: Construct, id: string): dynamodb.TableV2 {
  const indexes: readonly IndexDesign[] = tableDesign.indexes;
  return new dynamodb.TableV2(scope, id, {
    partitionKey: attribute(tableDesign.partitionKey),
    sortKey: attribute(tableDesign.sortKey),
    globalSecondaryIndexes: indexes.map(globalSecondaryIndex),
    billing: dynamodb.Billing.onDemand(),
    encryption: dynamodb.TableEncryptionV2.awsManagedKey(),
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    // Clears spent limit windows and proof marks (functions/limits); nothing relies on it.
    timeToLiveAttribute: 'expiresAt',
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
