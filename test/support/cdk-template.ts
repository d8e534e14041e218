/**
 * Reading a synthesized stack in the CDK tests: a construct's logical id and its resource in
 * the template, and cdk-nag's findings as readable lines.
 */
import type { PolicyViolation, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';

export type CfnResource = { Type: string; Properties: Record<string, unknown> } & Record<
  string,
  unknown
>;

/** The logical id CloudFormation knows a construct's main resource by. */
export function logicalIdIn(stack: Stack, construct: IConstruct): string {
  const cfn = construct.node.defaultChild ?? construct;
  return stack.getLogicalId(cfn as Parameters<Stack['getLogicalId']>[0]);
}

export function resourceIn(stack: Stack, template: Template, construct: IConstruct): CfnResource {
  const id = logicalIdIn(stack, construct);
  const found = template.toJSON().Resources[id] as CfnResource | undefined;
  if (!found) throw new Error(`No resource ${id} in ${stack.stackName}`);
  return found;
}

/** cdk-nag's findings, one line each, for a failing assertion's message. */
export function describeViolations(violations: PolicyViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.violatingResources.map(
        (found) => `${violation.ruleName} at ${found.constructPath}: ${violation.description}`,
      ),
    )
    .join('\n');
}
