import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type { Construct } from 'constructs';
import type { DeploymentSettings } from './deployment-settings.ts';
import { OperatorAlerts } from './operator-alerts.ts';
import { PortalWebAcl } from './web-acl.ts';

/** CloudFront takes its web ACL and its certificate from this region only. */
export const edgeRegion = 'us-east-1';

/** Blocked requests in five minutes that say someone is flooding the portal. */
export const blockedRequestsAlarmThreshold = 100;

export interface PortalEdgeStackProps extends StackProps, DeploymentSettings {}

/**
 * What CloudFront needs from us-east-1: the web ACL and the certificate of the portal's
 * domain, plus the alarm on blocked requests (WAF's metrics for CloudFront are there too).
 * It holds no personal data. The portal stack reads the two ARNs from this stack's outputs
 * (weak cross-region references, `Fn::GetStackOutput`), so nothing here runs code.
 */
export class PortalEdgeStack extends Stack {
  readonly firewall: PortalWebAcl;
  readonly certificate: acm.Certificate;
  readonly alerts: OperatorAlerts;
  readonly blockedRequestsAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: PortalEdgeStackProps) {
    super(scope, id, { ...props, env: { ...props.env, region: edgeRegion } });

    this.firewall = new PortalWebAcl(this, 'Firewall');

    // Validated by a DNS record the operator adds (README, "In AWS"); the deploy waits for it.
    this.certificate = new acm.Certificate(this, 'SiteCertificate', {
      domainName: props.domainName,
      validation: acm.CertificateValidation.fromDns(),
    });

    this.alerts = new OperatorAlerts(this, 'Alerts', { operatorEmail: props.operatorEmail });
    this.blockedRequestsAlarm = this.alerts.countAlarm('BlockedRequests', {
      description:
        'The web ACL blocked many requests: one address is flooding the portal (rate limit per ' +
        'IP) or known bad addresses are calling it. Look at the sampled requests of the web ACL.',
      metric: new cloudwatch.Metric({
        namespace: 'AWS/WAFV2',
        metricName: 'BlockedRequests',
        dimensionsMap: { WebACL: this.firewall.metricName, Rule: 'ALL' },
        statistic: cloudwatch.Stats.SUM,
        period: Duration.minutes(5),
      }),
      threshold: blockedRequestsAlarmThreshold,
    });

    new CfnOutput(this, 'WebAclArn', {
      description: 'The web ACL in front of CloudFront',
      value: this.firewall.webAcl.attrArn,
    });
  }
}
