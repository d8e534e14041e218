import type { Construct } from 'constructs';

export interface DeploymentSettings {
  /**
   * The portal's own domain, e.g. `steunpunt-portaal.nl`. CloudFront serves the site on it
   * with a certificate from us-east-1, and the HTTP API answers only on `api-origin.<domain>`
   * (its execute-api address is off), which CloudFront uses as the API's origin.
   */
  domainName: string;
  /** Where the alarms go (an SNS e-mail subscription in each region that has alarms). */
  operatorEmail: string;
}

const hostName = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const mailAddress = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,63}$/i;

/** Reads the domain and the operator's address from the CDK context and checks them. */
export function deploymentSettingsFromContext(scope: Construct): DeploymentSettings {
  const domainName: unknown = scope.node.tryGetContext('domainName');
  const operatorEmail: unknown = scope.node.tryGetContext('operatorEmail');
  if (typeof domainName !== 'string' || !hostName.test(domainName)) {
    throw new Error(
      'Set the context value domainName to the portal’s own domain, lowercase, e.g. ' +
        'steunpunt-portaal.nl (see cdk.json).',
    );
  }
  if (typeof operatorEmail !== 'string' || !mailAddress.test(operatorEmail)) {
    throw new Error(
      'Set the context value operatorEmail to the address that receives the alarms (see cdk.json).',
    );
  }
  return { domainName, operatorEmail };
}

/** The host name the HTTP API answers on; only CloudFront is meant to call it. */
export function apiOriginDomain(domainName: string): string {
  return `api-origin.${domainName}`;
}
