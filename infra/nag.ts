import { Stack, Validations } from 'aws-cdk-lib';
// Not exported from the package root; it is how cdk-nag names IAM5 resource findings.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

export interface NagFinding {
  /** A cdk-nag rule id, optionally with the finding: `AwsSolutions-IAM5[Action::s3:*]`. */
  id: string;
  /** Why the finding is accepted here; specific to this construct, not boilerplate. */
  reason: string;
}

const findingId = /^AwsSolutions-[A-Z0-9]+(\[.+\])?$/;
const minimumReasonLength = 30;

/**
 * Acknowledges cdk-nag findings on one construct (and the resources below it). Call it on
 * the narrowest construct that carries the finding. Refuses ids that are not cdk-nag
 * AwsSolutions ids and reasons too short to explain anything.
 */
export function acknowledge(scope: IConstruct, ...findings: NagFinding[]): void {
  for (const { id, reason } of findings) {
    if (!findingId.test(id)) {
      throw new Error(`${scope.node.path}: "${id}" is not a cdk-nag AwsSolutions finding id`);
    }
    if (reason.trim().length < minimumReasonLength) {
      throw new Error(`${scope.node.path}: acknowledging ${id} needs a specific reason`);
    }
    Validations.of(scope).acknowledge({ id, reason: reason.trim() });
  }
}

/**
 * The id of cdk-nag's IAM5 finding for a wildcard resource, e.g. `${table.tableArn}/index/*`,
 * rendered the way cdk-nag renders it (`<TableCD117FA1.Arn>/index/*`), so acknowledgements
 * follow logical ids, regions and accounts instead of hard-coding them.
 */
export function wildcardResourceFinding(scope: IConstruct, resourceArn: string): string {
  return `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resourceArn))}]`;
}
