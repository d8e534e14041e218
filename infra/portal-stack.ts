import {
  CfnOutput,
  CrossStackReferences,
  Duration,
  ReferenceStrength,
  Stack,
  type StackProps,
} from 'aws-cdk-lib';
import type * as acm from 'aws-cdk-lib/aws-certificatemanager';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ses from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import path from 'node:path';
import { apiFunctions, type ApiFunctionName } from '../functions/api/api-functions.ts';
import { publicTableAccess } from '../functions/api/public-access.ts';
import { tableDesign } from '../functions/lib/table-design.ts';
import { tableAccessStatements } from './api-access.ts';
import { PortalAuth, type AuthSettings } from './auth.ts';
import { apiOriginDomain, type DeploymentSettings } from './deployment-settings.ts';
import { PortalHttpApi, pascal } from './http-api.ts';
import { acknowledge, wildcardResourceFinding } from './nag.ts';
import { PortalFunction, repoRoot } from './node-function.ts';
import { PortalAlarms } from './portal-alarms.ts';
import { StaticSite, assertSiteBuilt } from './static-site.ts';
import { createPortalTable } from './table.ts';

export interface PortalStackProps extends StackProps, DeploymentSettings {
  /** Sender of the portal's mails, e.g. `Steunpunt <noreply@example.nl>`. */
  mailFrom: string;
  /** The SES identity (a verified domain) the mail worker may send from. */
  mailFromDomain: string;
  /** Staff sign-in: Cognito domain prefix and the back office's callback URLs. */
  auth: AuthSettings;
  /** The built site; defaults to site/dist. */
  siteDir?: string;
  /**
   * The site's public origin (`https://…`) for links in mails, such as a meeting's cancel
   * link. Given, not derived from the distribution: the API function would then depend on
   * the distribution that depends on it. Context key `siteOrigin`; defaults to
   * `https://<domainName>`.
   */
  siteOrigin?: string;
  /** From the edge stack in us-east-1: the web ACL and the certificate for CloudFront. */
  webAclArn: string;
  siteCertificate: acm.ICertificate;
}

/** Reads the mail settings from the CDK context (cdk.json or `-c key=value`) and checks them. */
export function mailSettingsFromContext(scope: Construct): {
  mailFrom: string;
  mailFromDomain: string;
} {
  const mailFrom: unknown = scope.node.tryGetContext('mailFrom');
  const mailFromDomain: unknown = scope.node.tryGetContext('mailFromDomain');
  if (typeof mailFrom !== 'string' || typeof mailFromDomain !== 'string') {
    throw new Error('Set the context values mailFrom and mailFromDomain (see cdk.json).');
  }
  const address = /<([^>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  if (!address.toLowerCase().endsWith(`@${mailFromDomain.toLowerCase()}`)) {
    throw new Error(
      `mailFrom (${mailFrom}) must be an address at mailFromDomain (${mailFromDomain}): ` +
        'the mail worker may only send from that SES identity.',
    );
  }
  return { mailFrom, mailFromDomain };
}

/**
 * The whole portal: the DynamoDB table, the staff user pool, the API function behind an
 * HTTP API, the mail worker that sends due mails every minute, and the static site on
 * CloudFront, which also routes `/api/*` to the HTTP API.
 */
export class PortalStack extends Stack {
  readonly table: dynamodb.TableV2;
  readonly auth: PortalAuth;
  /** The API's functions (functions/api/api-functions.ts), each with its own role. */
  readonly apiFunctions: Record<ApiFunctionName, PortalFunction>;
  readonly mailWorker: PortalFunction;
  readonly mailSchedule: events.Rule;
  readonly retentionJob: PortalFunction;
  readonly retentionSchedule: events.Rule;
  readonly httpApi: PortalHttpApi;
  readonly site: StaticSite;
  readonly mailIdentity: ses.EmailIdentity;
  readonly alarms: PortalAlarms;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    // The web ACL and certificate come from us-east-1 through Fn::GetStackOutput: no custom
    // resource, and the edge stack can be replaced without a deadlock on exports.
    CrossStackReferences.of(this).consume(ReferenceStrength.WEAK);
    const siteOrigin = props.siteOrigin ?? `https://${props.domainName}`;
    const siteDir = props.siteDir ?? path.join(repoRoot, 'site', 'dist');
    assertSiteBuilt(siteDir);

    this.table = createPortalTable(this, 'Table');
    const table = this.table;

    this.auth = new PortalAuth(this, 'Auth', props.auth);

    // One pepper for every API container, so a client's count is one count wherever it
    // lands (functions/limits/client-key.ts); without it each container would count apart.
    const limitSecret = new secretsmanager.Secret(this, 'LimitSecret', {
      description: 'Pepper for hashing client addresses in the per-client limits',
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    acknowledge(limitSecret, {
      id: 'AwsSolutions-SMG4',
      reason:
        'Read at deploy time into the API function; rotating it only restarts the current ' +
        'limit windows. Rotate it by replacing the secret and deploying.',
    });

    // Each function gets only the settings and rights its routes need: the public one writes
    // questions, sign-ups and limit counts within its declared table access and knows the
    // limits' pepper; only beheer may change Cognito users.
    const apiEnvironment = (name: ApiFunctionName): Record<string, string> => {
      const { audience } = apiFunctions[name];
      const { USER_POOL_ID: userPoolId, ...auth } = this.auth.apiEnvironment;
      return {
        TABLE_NAME: table.tableName,
        ...auth,
        SITE_ORIGIN: siteOrigin,
        ...(audience === 'public' ? { LIMIT_SECRET: limitSecret.secretValue.unsafeUnwrap() } : {}),
        ...(name === 'admin' ? { USER_POOL_ID: userPoolId } : {}),
      };
    };
    const apiFunctionOf = (name: ApiFunctionName) => {
      const declared = apiFunctions[name];
      const fn = new PortalFunction(this, `${pascal(name)}ApiFunction`, {
        entry: declared.entry,
        description: declared.description,
        memorySize: 512,
        timeout: Duration.seconds(10),
        // The back office's ID tokens are verified in the function against the pool's keys.
        environment: apiEnvironment(name),
      });
      if (declared.audience === 'public') {
        for (const statement of tableAccessStatements(table, publicTableAccess)) {
          fn.function.addToRolePolicy(statement);
        }
      } else {
        table.grantReadWriteData(fn.function);
        acknowledgeTableIndexes(fn, table);
      }
      if (name === 'admin') this.auth.grantUserAdministration(fn.function);
      return fn;
    };
    this.apiFunctions = Object.fromEntries(
      (Object.keys(apiFunctions) as ApiFunctionName[]).map((name) => [name, apiFunctionOf(name)]),
    ) as Record<ApiFunctionName, PortalFunction>;

    this.mailWorker = new PortalFunction(this, 'MailWorker', {
      entry: 'functions/mail-worker/lambda.ts',
      description: 'Sends the mails that are due from the outbox',
      memorySize: 512,
      timeout: Duration.seconds(60),
      environment: { TABLE_NAME: table.tableName, MAIL_FROM: props.mailFrom },
    });
    table.grantReadWriteData(this.mailWorker.function);
    acknowledgeTableIndexes(this.mailWorker, table);
    this.mailWorker.function.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [
          this.formatArn({
            service: 'ses',
            resource: 'identity',
            resourceName: props.mailFromDomain,
          }),
        ],
      }),
    );
    this.mailSchedule = new events.Rule(this, 'MailSchedule', {
      description: 'Runs the mail worker every minute',
      schedule: events.Schedule.rate(Duration.minutes(1)),
      // A failed run is simply repeated by the next one a minute later.
      targets: [new targets.LambdaFunction(this.mailWorker.function, { retryAttempts: 0 })],
    });

    // Monitor facts and retention: hourly, so the monitor is at most an hour behind; the
    // erasures it finds are due since the last run at the latest.
    this.retentionJob = new PortalFunction(this, 'RetentionJob', {
      entry: 'functions/retention-job/lambda.ts',
      description: 'Writes anonymous monitor facts and erases personal data past its term',
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment: { TABLE_NAME: table.tableName },
    });
    table.grantReadWriteData(this.retentionJob.function);
    acknowledgeTableIndexes(this.retentionJob, table);
    this.retentionSchedule = new events.Rule(this, 'RetentionSchedule', {
      description: 'Runs the retention job every hour',
      schedule: events.Schedule.rate(Duration.hours(1)),
      targets: [new targets.LambdaFunction(this.retentionJob.function, { retryAttempts: 0 })],
    });

    // The sending identity with Easy DKIM: its three records are outputs to add to the DNS.
    this.mailIdentity = new ses.EmailIdentity(this, 'MailIdentity', {
      identity: ses.Identity.domain(props.mailFromDomain),
    });
    this.mailIdentity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `MailDkimRecord${index + 1}`, {
        description: `DKIM record ${index + 1} of 3 for ${props.mailFromDomain}: add it as a CNAME`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });

    this.httpApi = new PortalHttpApi(this, 'HttpApi', {
      handlers: Object.fromEntries(
        Object.entries(this.apiFunctions).map(([name, fn]) => [name, fn.function]),
      ) as unknown as Record<ApiFunctionName, lambda.IFunction>,
      originDomainName: apiOriginDomain(props.domainName),
    });
    this.site = new StaticSite(this, 'Site', {
      siteDir,
      apiDomainName: this.httpApi.domainName,
      apiOriginHeaders: this.httpApi.originHeaders,
      domainName: props.domainName,
      certificate: props.siteCertificate,
      webAclArn: props.webAclArn,
      // The back office exchanges its sign-in code at Cognito's token endpoint.
      connectOrigins: [this.auth.domain.baseUrl()],
    });

    this.alarms = new PortalAlarms(this, 'Alarms', {
      operatorEmail: props.operatorEmail,
      httpApi: this.httpApi,
      mailWorker: this.mailWorker,
      retentionJob: this.retentionJob,
    });

    new CfnOutput(this, 'SiteUrl', {
      description: 'The portal on its own domain; the API is under /api/',
      value: `${siteOrigin}/`,
    });
    new CfnOutput(this, 'SiteDnsRecord', {
      description: `Point ${props.domainName} here (CNAME, or an alias at the zone apex)`,
      value: this.site.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'ApiOriginDnsRecord', {
      description: `Point ${apiOriginDomain(props.domainName)} here (CNAME); only CloudFront calls it`,
      value: this.httpApi.originDomain.regionalDomainName,
    });
  }
}

/** `grantReadWriteData` covers the table's indexes with `<table>/index/*`. */
function acknowledgeTableIndexes(fn: PortalFunction, table: dynamodb.TableV2): void {
  const policy = fn.function.role?.node.tryFindChild('DefaultPolicy');
  if (!policy) throw new Error(`${fn.node.path} has no default policy to acknowledge`);
  const indexNames = tableDesign.indexes.map((index) => index.indexName).join(', ');
  acknowledge(policy, {
    id: wildcardResourceFinding(table, `${table.tableArn}/index/*`),
    reason:
      `Queries on the table's global secondary indexes (${indexNames}) need the index ARNs; ` +
      'the wildcard covers only the indexes of this one table.',
  });
}
