import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { authSettingsFromContext } from './auth.ts';
import { PortalStack, mailSettingsFromContext } from './portal-stack.ts';

const app = new App();

new PortalStack(app, 'SteunpuntPortal', {
  description: 'Portal for ouder- en jeugdsteunpunten passend onderwijs',
  ...mailSettingsFromContext(app),
  auth: authSettingsFromContext(app),
  // The public origin for links in mails (a meeting's cancel link), e.g. https://steunpunt.nl.
  ...(typeof app.node.tryGetContext('siteOrigin') === 'string'
    ? { siteOrigin: app.node.tryGetContext('siteOrigin') as string }
    : {}),
  // Deploy to the account and region of the caller's AWS profile.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

// Every synth checks the AWS Solutions rules; an unacknowledged finding fails it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
