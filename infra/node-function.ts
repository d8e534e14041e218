import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import path from 'node:path';
import { esmBanner, externalModules, lambdaTarget, mainFields } from './lambda-bundling.ts';

export const repoRoot = path.resolve(import.meta.dirname, '..');

export interface PortalFunctionProps {
  /** The handler module, relative to the repository root; it must export `handler`. */
  entry: string;
  description: string;
  timeout: Duration;
  memorySize: number;
  environment: Record<string, string>;
}

/**
 * A Node.js 24 Lambda function on arm64, bundled locally by esbuild (no Docker) as a
 * minified ESM module with source maps. The AWS SDK is left out: the runtime provides it.
 * It logs to its own log group with a fixed retention, through a role that may write to
 * that log group only (instead of the broad AWSLambdaBasicExecutionRole).
 */
export class PortalFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.THREE_MONTHS,
    });
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.entry}`,
    });
    this.logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(repoRoot, props.entry),
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: path.join(repoRoot, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      description: props.description,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      logGroup: this.logGroup,
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
      bundling: {
        format: OutputFormat.ESM,
        // The same esbuild settings as bench/bundles.ts measures (infra/lambda-bundling.ts).
        target: lambdaTarget,
        mainFields,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        externalModules,
        banner: esmBanner,
      },
    });
  }
}
