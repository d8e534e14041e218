/**
 * A function's table access as IAM statements, from its declaration in functions/
 * (functions/api/public-access.ts): item calls by partition key (`dynamodb:LeadingKeys`), a
 * query on an index by the index's partition key, and reads limited to named attributes
 * where the declaration says so.
 */
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { TableGrant } from '../functions/api/public-access.ts';

export function tableAccessStatements(
  table: dynamodb.ITable,
  grants: readonly TableGrant[],
): iam.PolicyStatement[] {
  return grants.map(
    (grant) =>
      new iam.PolicyStatement({
        actions: grant.actions.map((action) => `dynamodb:${action}`),
        resources: [grant.index ? `${table.tableArn}/index/${grant.index}` : table.tableArn],
        conditions: {
          // ForAllValues: every key the call names must match (a batch names several).
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': [...grant.keys],
            ...(grant.attributes ? { 'dynamodb:Attributes': [...grant.attributes] } : {}),
          },
          // ForAllValues holds for a call without keys, so a key must be named at all.
          Null: { 'dynamodb:LeadingKeys': 'false' },
          ...(grant.attributes
            ? { StringEqualsIfExists: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } }
            : {}),
        },
      }),
  );
}
