import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { createPortal } from './portal-app.ts';

const app = new App();

// The region holds the data: the context value `region`, else the AWS profile's region.
const region: unknown = app.node.tryGetContext('region') ?? process.env.CDK_DEFAULT_REGION;
if (typeof region !== 'string' || region === '') {
  throw new Error(
    'Set the region for the portal: `-c region=eu-central-1`, the context value region ' +
      'in cdk.json, or a region in your AWS profile.',
  );
}
createPortal(app, { env: { account: process.env.CDK_DEFAULT_ACCOUNT, region } });

// Every synth checks the AWS Solutions rules; an unacknowledged finding fails it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
