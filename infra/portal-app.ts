import type { App, Environment } from 'aws-cdk-lib';
import { authSettingsFromContext } from './auth.ts';
import { deploymentSettingsFromContext } from './deployment-settings.ts';
import { PortalEdgeStack } from './edge-stack.ts';
import { PortalStack, mailSettingsFromContext } from './portal-stack.ts';

export interface PortalStacks {
  edge: PortalEdgeStack;
  portal: PortalStack;
}

export interface PortalAppOptions {
  /** The account and the region of the portal (its data); the edge stack is in us-east-1. */
  env: Environment & { region: string };
  /** The built site; defaults to site/dist. */
  siteDir?: string;
  /** Stack ids; the defaults are the deployed names. */
  ids?: { edge: string; portal: string };
}

/**
 * The whole deployment from the CDK context: the edge stack in us-east-1 (web ACL,
 * CloudFront certificate, the alarm on blocked requests) and the portal stack in the
 * chosen region, which reads the edge stack's two ARNs. `cdk deploy --all` deploys the
 * edge stack first.
 */
export function createPortal(app: App, options: PortalAppOptions): PortalStacks {
  const ids = options.ids ?? { edge: 'SteunpuntPortalEdge', portal: 'SteunpuntPortal' };
  const deployment = deploymentSettingsFromContext(app);
  const edge = new PortalEdgeStack(app, ids.edge, {
    description: 'Steunpunt portal: web ACL, certificate and alarm for CloudFront (us-east-1)',
    ...deployment,
    env: { account: options.env.account },
  });
  const siteOrigin: unknown = app.node.tryGetContext('siteOrigin');
  const portal = new PortalStack(app, ids.portal, {
    description: 'Portal for ouder- en jeugdsteunpunten passend onderwijs',
    ...mailSettingsFromContext(app),
    ...deployment,
    auth: authSettingsFromContext(app),
    // The public origin for links in mails when it is not https://<domainName>.
    ...(typeof siteOrigin === 'string' ? { siteOrigin } : {}),
    ...(options.siteDir ? { siteDir: options.siteDir } : {}),
    webAclArn: edge.firewall.webAcl.attrArn,
    siteCertificate: edge.certificate,
    crossRegionReferences: true,
    env: options.env,
  });
  return { edge, portal };
}
