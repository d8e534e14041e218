import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { authSettingsFromContext } from './auth.ts';
import { PortalStack, mailSettingsFromContext } from './portal-stack.ts';

const app = new App();

new PortalStack(app, 'SteunpuntPortal', {
  description: 'Portal for ouder- en jeugdsteunpunten passend onderwijs',
  ...mailSettingsFromContext(app),
  auth: authSettingsFromContext(app),
  // Deploy to the account and region of the caller's AWS profile.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

// Every synth checks the AWS Solutions rules; an unacknowledged finding fails it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
