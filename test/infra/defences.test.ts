import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  logicalIdIn,
  resourceIn,
  type CfnResource,
} from '../support/cdk-template.ts';
import { originHeader } from '../../functions/api/origin-guard.ts';
import { apiOriginDomain, deploymentSettingsFromContext } from '../../infra/deployment-settings.ts';
import { blockedRequestsAlarmThreshold, type PortalEdgeStack } from '../../infra/edge-stack.ts';
import { apiFunctions } from '../../functions/api/api-functions.ts';
import { keyMatches, publicTableAccess } from '../../functions/api/public-access.ts';
import { routeKey, routeThrottles } from '../../infra/http-api.ts';
import {
  portalMetricsNamespace,
  retentionJobMaxHoursWithoutSuccess,
} from '../../infra/portal-alarms.ts';
import { createPortal } from '../../infra/portal-app.ts';
import type { PortalStack } from '../../infra/portal-stack.ts';
import { publicApiPrefixes, rateLimitsPerFiveMinutes } from '../../infra/web-acl.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const cdkContext = (
  JSON.parse(readFileSync(path.join(repoRoot, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;
const domainName = String(cdkContext.domainName);
const operatorEmail = String(cdkContext.operatorEmail);

type Resource = CfnResource;
type Rule = {
  Name: string;
  Priority: number;
  Statement: Record<string, Record<string, unknown>>;
  Action?: { Block?: { CustomResponse?: { ResponseCode: number; CustomResponseBodyKey: string } } };
};

let app: App;
let edge: PortalEdgeStack;
let portal: PortalStack;
let edgeTemplate: Template;
let portalTemplate: Template;

function resourceOf(stack: PortalStack | PortalEdgeStack, construct: IConstruct): Resource {
  return resourceIn(stack, stack === edge ? edgeTemplate : portalTemplate, construct);
}

const logicalId = logicalIdIn;

/** The value a weak cross-region reference reads: an output of the edge stack. */
function edgeOutput(value: unknown): { stack: unknown; region: unknown; output: unknown } {
  const reference = (value as { 'Fn::GetStackOutput'?: Record<string, unknown> })[
    'Fn::GetStackOutput'
  ];
  expect(reference, JSON.stringify(value)).toBeDefined();
  const outputs = edgeTemplate.toJSON().Outputs as Record<string, { Value: unknown }>;
  return {
    stack: reference?.StackName,
    region: reference?.Region,
    output: outputs[String(reference?.OutputName)]?.Value,
  };
}

function rules(): Rule[] {
  return resourceOf(edge, edge.firewall.webAcl).Properties.Rules as Rule[];
}

function rule(name: string): Rule {
  const found = rules().find((candidate) => candidate.Name === name);
  if (!found) throw new Error(`No web ACL rule ${name}`);
  return found;
}

function alarm(stack: PortalStack | PortalEdgeStack, construct: IConstruct) {
  return resourceOf(stack, construct).Properties;
}

function topicOf(stack: PortalStack | PortalEdgeStack): string {
  const topics = Object.keys(
    (stack === edge ? edgeTemplate : portalTemplate).findResources('AWS::SNS::Topic'),
  );
  expect(topics).toHaveLength(1);
  return topics[0]!;
}

beforeAll(() => {
  app = new App({ context: cdkContext });
  ({ edge, portal } = createPortal(app, {
    env: { account: '123456789012', region: String(cdkContext.region) },
    ids: { edge: 'EdgeDefences', portal: 'PortalDefences' },
  }));
  edgeTemplate = Template.fromStack(edge);
  portalTemplate = Template.fromStack(portal);
});

describe('web ACL (us-east-1, in front of CloudFront)', () => {
  it('lives in us-east-1 with scope CLOUDFRONT and lets through what no rule blocks', () => {
    expect(edge.region).toBe('us-east-1');
    const acl = resourceOf(edge, edge.firewall.webAcl).Properties;
    expect(acl.Scope).toBe('CLOUDFRONT');
    expect(acl.DefaultAction).toEqual({ Allow: {} });
    expect(acl.Name).toBe(edge.firewall.metricName);
  });

  it('limits the public API per IP, lower than the rest of the API and the pages', () => {
    const publicApi = rule('public-api-per-ip').Statement.RateBasedStatement!;
    expect(publicApi).toMatchObject({
      Limit: rateLimitsPerFiveMinutes.publicApi,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
    });
    const prefixes = JSON.stringify(publicApi.ScopeDownStatement);
    for (const prefix of ['/api/swv/', '/api/afmelding']) expect(prefixes).toContain(prefix);
    expect(prefixes).not.toContain('/api/backoffice');

    const api = rule('api-per-ip').Statement.RateBasedStatement!;
    const site = rule('site-per-ip').Statement.RateBasedStatement!;
    expect(api).toMatchObject({ Limit: rateLimitsPerFiveMinutes.api, AggregateKeyType: 'IP' });
    expect(site).toMatchObject({ Limit: rateLimitsPerFiveMinutes.site, AggregateKeyType: 'IP' });
    expect(rateLimitsPerFiveMinutes.publicApi).toBeLessThan(rateLimitsPerFiveMinutes.api);
    expect(JSON.stringify(api.ScopeDownStatement)).toContain('"SearchString":"/api/"');
    expect(site.ScopeDownStatement).toHaveProperty('NotStatement');
    // The public rule is evaluated before the general API rule.
    expect(rule('public-api-per-ip').Priority).toBeLessThan(rule('api-per-ip').Priority);
  });

  it('names the public API by the paths the app really serves', () => {
    const routes = readFileSync(path.join(repoRoot, 'functions/api/intake-routes.ts'), 'utf8');
    expect(routes).toContain("path: '/swv/:swv/vragen'");
    const meetings = readFileSync(path.join(repoRoot, 'functions/api/meeting-routes.ts'), 'utf8');
    expect(meetings).toContain("path: '/afmelding'");
    expect(publicApiPrefixes).toEqual(['/api/swv/', '/api/afmelding']);
  });

  it('answers a blocked visitor 429 in Dutch: JSON for the API, a page for the site', () => {
    const acl = resourceOf(edge, edge.firewall.webAcl).Properties;
    const bodies = acl.CustomResponseBodies as Record<
      string,
      { ContentType: string; Content: string }
    >;
    const blocking = rules().filter((candidate) => candidate.Action?.Block);
    expect(blocking.map((candidate) => candidate.Name).sort()).toEqual([
      'api-per-ip',
      'public-api-per-ip',
      'site-per-ip',
    ]);
    for (const candidate of blocking) {
      const response = candidate.Action!.Block!.CustomResponse!;
      expect(response.ResponseCode).toBe(429);
      expect(bodies[response.CustomResponseBodyKey]).toBeDefined();
    }
    const json =
      bodies[rule('public-api-per-ip').Action!.Block!.CustomResponse!.CustomResponseBodyKey]!;
    expect(json.ContentType).toBe('APPLICATION_JSON');
    const message = (JSON.parse(json.Content) as { message: string }).message;
    expect(message).toMatch(/Wacht 5 minuten/);
    expect(message).toMatch(/Bel of mail het steunpunt/);
    const html = bodies[rule('site-per-ip').Action!.Block!.CustomResponse!.CustomResponseBodyKey]!;
    expect(html.ContentType).toBe('TEXT_HTML');
    expect(html.Content).toContain('<html lang="nl">');
    expect(html.Content).toContain('<h1>');
  });

  it('blocks addresses on AWS’s reputation list first', () => {
    const reputation = rule('known-bad-addresses');
    expect(reputation.Priority).toBe(0);
    expect(reputation.Statement.ManagedRuleGroupStatement).toMatchObject({
      VendorName: 'AWS',
      Name: 'AWSManagedRulesAmazonIpReputationList',
    });
  });

  it('is attached to the distribution, read from the edge stack without a custom resource', () => {
    const config = resourceOf(portal, portal.site.distribution).Properties
      .DistributionConfig as Record<string, unknown>;
    const webAcl = edgeOutput(config.WebACLId);
    expect(webAcl).toEqual({
      stack: edge.stackName,
      region: 'us-east-1',
      output: { 'Fn::GetAtt': [logicalId(edge, edge.firewall.webAcl), 'Arn'] },
    });
    // Weak references: no export writer or reader functions in either stack.
    for (const template of [edgeTemplate, portalTemplate]) {
      expect(JSON.stringify(template.toJSON())).not.toMatch(/Custom::CrossRegionExport/);
    }
    expect(edgeTemplate.findResources('AWS::Lambda::Function')).toEqual({});
  });
});

describe('the portal’s own domain', () => {
  it('serves the site on the domain with the us-east-1 certificate and TLS 1.2', () => {
    const config = resourceOf(portal, portal.site.distribution).Properties
      .DistributionConfig as Record<string, unknown>;
    expect(config.Aliases).toEqual([domainName]);
    const viewer = config.ViewerCertificate as Record<string, unknown>;
    expect(viewer).toMatchObject({
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    expect(edgeOutput(viewer.AcmCertificateArn)).toEqual({
      stack: edge.stackName,
      region: 'us-east-1',
      output: { Ref: logicalId(edge, edge.certificate) },
    });
    expect(resourceOf(edge, edge.certificate).Properties).toMatchObject({
      DomainName: domainName,
      ValidationMethod: 'DNS',
    });
  });

  it('creates the SES sending identity with Easy DKIM and outputs its three records', () => {
    const identity = resourceOf(portal, portal.mailIdentity).Properties;
    expect(identity.EmailIdentity).toBe(cdkContext.mailFromDomain);
    for (const n of [1, 2, 3]) {
      const output = portalTemplate.findOutputs(`MailDkimRecord${n}`);
      expect(JSON.stringify(output)).toContain(`DkimDNSTokenName${n}`);
      expect(JSON.stringify(output)).toContain(`DkimDNSTokenValue${n}`);
    }
  });
});

describe('HTTP API: reachable only through CloudFront, a budget per audience', () => {
  it('has its execute-api address switched off', () => {
    expect(resourceOf(portal, portal.httpApi.api).Properties.DisableExecuteApiEndpoint).toBe(true);
  });

  it('answers on api-origin.<domain> only, which is CloudFront’s API origin', () => {
    const origin = apiOriginDomain(domainName);
    expect(resourceOf(portal, portal.httpApi.originDomain).Properties).toMatchObject({
      DomainName: origin,
      DomainNameConfigurations: [
        expect.objectContaining({ EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }),
      ],
    });
    portalTemplate.hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', {
      ApiId: { Ref: logicalId(portal, portal.httpApi.api) },
      DomainName: { Ref: logicalId(portal, portal.httpApi.originDomain) },
    });
    const config = resourceOf(portal, portal.site.distribution).Properties.DistributionConfig as {
      CacheBehaviors: { PathPattern: string; TargetOriginId: string }[];
      Origins: { Id: string; DomainName: unknown }[];
    };
    const api = config.CacheBehaviors.find((behavior) => behavior.PathPattern === '/api/*');
    const apiOrigin = config.Origins.find((candidate) => candidate.Id === api?.TargetOriginId);
    expect(apiOrigin?.DomainName).toEqual({ Ref: logicalId(portal, portal.httpApi.originDomain) });
  });

  it('lets through only requests that carry CloudFront’s origin secret', () => {
    const guard = logicalId(portal, portal.httpApi.originGuard.function);
    const authorizers = Object.entries(
      portalTemplate.findResources('AWS::ApiGatewayV2::Authorizer'),
    );
    expect(authorizers).toHaveLength(1);
    const [authorizerId, authorizer] = authorizers[0]! as [string, Resource];
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'REQUEST',
      IdentitySource: [`$request.header.${originHeader}`],
      EnableSimpleResponses: true,
      AuthorizerPayloadFormatVersion: '2.0',
      AuthorizerResultTtlInSeconds: 300,
    });
    expect(JSON.stringify(authorizer.Properties.AuthorizerUri)).toContain(guard);
    const routes = Object.values(portal.httpApi.routes);
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      expect(resourceOf(portal, route).Properties).toMatchObject({
        AuthorizationType: 'CUSTOM',
        AuthorizerId: { Ref: authorizerId },
      });
    }

    // CloudFront sends the secret, and the guard compares with the same secret.
    const secret = logicalId(portal, portal.httpApi.originSecret);
    const config = resourceOf(portal, portal.site.distribution).Properties.DistributionConfig as {
      CacheBehaviors: { PathPattern: string; TargetOriginId: string }[];
      Origins: { Id: string; CustomOriginConfig?: unknown; OriginCustomHeaders?: unknown[] }[];
    };
    const api = config.CacheBehaviors.find((behavior) => behavior.PathPattern === '/api/*');
    const apiOrigin = config.Origins.find((candidate) => candidate.Id === api?.TargetOriginId);
    const headers = apiOrigin?.OriginCustomHeaders as {
      HeaderName: string;
      HeaderValue: unknown;
    }[];
    expect(headers.map((header) => header.HeaderName)).toEqual([originHeader]);
    const sent = JSON.stringify(headers[0]!.HeaderValue);
    expect(sent).toContain('{{resolve:secretsmanager:');
    expect(sent).toContain(secret);
    const environment = resourceOf(portal, portal.httpApi.originGuard.function).Properties
      .Environment as { Variables: Record<string, unknown> };
    expect(JSON.stringify(environment.Variables.ORIGIN_SECRET)).toBe(sent);
    // The site's own origin (S3) gets no such header.
    const s3 = config.Origins.find((candidate) => !candidate.CustomOriginConfig);
    expect(s3?.OriginCustomHeaders).toBeUndefined();
  });

  it('gives each API function its declared routes, each with its audience’s throttle', () => {
    const stage = resourceOf(portal, portal.httpApi.stage);
    const declared = Object.entries(apiFunctions).flatMap(([name, fn]) =>
      fn.paths.map((path) => ({ name, key: routeKey(path), audience: fn.audience })),
    );
    expect(stage.Properties.RouteSettings).toEqual(
      Object.fromEntries(
        declared.map(({ key, audience }) => [
          key,
          {
            ThrottlingRateLimit: routeThrottles[audience].rateLimit,
            ThrottlingBurstLimit: routeThrottles[audience].burstLimit,
          },
        ]),
      ),
    );
    expect(routeThrottles.backOffice).not.toEqual(routeThrottles.public);
    for (const { name, key } of declared) {
      const route = portal.httpApi.routes[key]!;
      const properties = resourceOf(portal, route).Properties;
      expect(properties.RouteKey).toBe(key);
      // The route's integration calls the function declared for it.
      const integrations = portalTemplate.findResources('AWS::ApiGatewayV2::Integration');
      const integrationId = Object.keys(integrations).find((id) =>
        JSON.stringify(properties.Target).includes(`"${id}"`),
      );
      expect(integrationId, key).toBeDefined();
      const uri = JSON.stringify(integrations[integrationId!]!.Properties.IntegrationUri);
      const fn = portal.apiFunctions[name as keyof typeof apiFunctions].function;
      expect(uri, key).toContain(logicalId(portal, fn));
    }
    // The stage names the routes by key, so CloudFormation must create them first.
    expect(stage.DependsOn).toEqual(
      expect.arrayContaining(Object.values(portal.httpApi.routes).map((r) => logicalId(portal, r))),
    );
  });
});

describe('least privilege by audience (functions/api/public-access.ts)', () => {
  const statementsOf = (fn: { role?: IConstruct | undefined }) => {
    const policy = fn.role?.node.tryFindChild('DefaultPolicy');
    if (!policy) return [];
    return (
      resourceOf(portal, policy).Properties.PolicyDocument as {
        Statement: { Action: string | string[]; Resource: unknown; Condition?: unknown }[];
      }
    ).Statement;
  };

  const byAudience = (audience: 'public' | 'backOffice') =>
    (Object.keys(apiFunctions) as (keyof typeof apiFunctions)[]).filter(
      (name) => apiFunctions[name].audience === audience,
    );

  it.each(byAudience('public'))(
    'lets the %s function touch the table only as declared, and nothing else',
    (name) => {
      // Its own log group aside (node-function.ts), only the table's statements.
      const statements = statementsOf(portal.apiFunctions[name].function).filter(
        (statement) => ![statement.Action].flat().every((action) => action.startsWith('logs:')),
      );
      const actions = statements.flatMap((statement) => [statement.Action].flat());
      expect(actions.filter((action) => !action.startsWith('dynamodb:'))).toEqual([]);
      expect(actions).not.toContain('dynamodb:Scan');
      expect(actions).not.toContain('dynamodb:DeleteItem');
      expect(actions).not.toContain('dynamodb:BatchWriteItem');
      expect(statements).toHaveLength(publicTableAccess.length);
      statements.forEach((statement, index) => {
        const grant = publicTableAccess[index]!;
        expect([statement.Action].flat()).toEqual(grant.actions.map((a) => `dynamodb:${a}`));
        expect(JSON.stringify(statement.Resource)).toContain(
          grant.index ? `/index/${grant.index}` : '',
        );
        expect(statement.Condition).toMatchObject({
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...grant.keys] },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        });
      });
      // No key of the account register, and no index but the agenda's.
      const keys = publicTableAccess.flatMap((grant) => grant.keys);
      expect(keys.some((key) => keyMatches(key, 'ACCOUNTS'))).toBe(false);
      expect(publicTableAccess.filter((grant) => grant.index).map((grant) => grant.index)).toEqual([
        'inbox',
      ]);
    },
  );

  it('keeps the back office’s functions apart from the public one', () => {
    const publicRoles = byAudience('public').map((name) => portal.apiFunctions[name].function.role);
    expect(byAudience('backOffice').length).toBeGreaterThan(3);
    for (const name of byAudience('backOffice')) {
      const fn = portal.apiFunctions[name].function;
      expect(publicRoles).not.toContain(fn.role);
      const actions = statementsOf(fn).flatMap((statement) => [statement.Action].flat());
      expect(actions).toContain('dynamodb:Query');
      expect(actions.some((action) => action.startsWith('cognito-idp:'))).toBe(name === 'admin');
    }
  });
});

describe('what the per-client limits need in AWS (functions/limits)', () => {
  it('gives every API container the same pepper, from a generated secret', () => {
    const api = resourceOf(portal, portal.apiFunctions.public.function).Properties;
    const { Variables } = api.Environment as { Variables: Record<string, unknown> };
    const pepper = JSON.stringify(Variables.LIMIT_SECRET);
    expect(pepper).toMatch(/LimitSecret/);
    expect(Object.keys(portalTemplate.findResources('AWS::SecretsManager::Secret'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^LimitSecret/)]),
    );
  });

  it('lets DynamoDB clear spent windows by expiresAt (correctness never waits for it)', () => {
    portalTemplate.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('forwards the viewer’s address to the API (AllViewerExceptHostHeader carries CloudFront-Viewer-Address)', () => {
    const distribution = Object.values(
      portalTemplate.findResources('AWS::CloudFront::Distribution'),
    )[0] as { Properties: { DistributionConfig: { CacheBehaviors: Record<string, unknown>[] } } };
    const api = distribution.Properties.DistributionConfig.CacheBehaviors.find(
      (behavior) => behavior.PathPattern === '/api/*',
    );
    // The managed policy's id (AWS docs, "Use managed origin request policies").
    expect(api?.OriginRequestPolicyId).toBe('b689b0a8-53d0-40ab-baf2-68738e2966ac');
  });
});

describe('alarms to the operator', () => {
  it('mail the operator from a topic in each region that has alarms', () => {
    for (const [stack, template] of [
      [portal, portalTemplate],
      [edge, edgeTemplate],
    ] as const) {
      const topic = topicOf(stack);
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: operatorEmail,
        TopicArn: { Ref: topic },
      });
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
      expect(alarms.length).toBeGreaterThan(0);
      for (const found of alarms) {
        expect(found.Properties.AlarmActions).toEqual([{ Ref: topic }]);
        expect(found.Properties.OKActions).toEqual([{ Ref: topic }]);
        expect(String(found.Properties.AlarmDescription).length).toBeGreaterThan(40);
      }
    }
  });

  it('fire on API 5xx', () => {
    expect(alarm(portal, portal.alarms.apiServerErrors)).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: logicalId(portal, portal.httpApi.api) } }],
      Statistic: 'Sum',
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fire on many 429s, counted in the API’s access log', () => {
    portalTemplate.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: logicalId(portal, portal.httpApi.accessLogs) },
      FilterPattern: '{ $.status = "429" }',
      MetricTransformations: [
        Match.objectLike({
          MetricNamespace: portalMetricsNamespace,
          MetricName: 'ApiTooManyRequests',
        }),
      ],
    });
    expect(alarm(portal, portal.alarms.apiTooManyRequests)).toMatchObject({
      Namespace: portalMetricsNamespace,
      MetricName: 'ApiTooManyRequests',
    });
  });

  it('fire on blocked requests at the web ACL (in us-east-1, where its metrics are)', () => {
    expect(alarm(edge, edge.blockedRequestsAlarm)).toMatchObject({
      Namespace: 'AWS/WAFV2',
      MetricName: 'BlockedRequests',
      Dimensions: expect.arrayContaining([
        { Name: 'WebACL', Value: edge.firewall.metricName },
        { Name: 'Rule', Value: 'ALL' },
      ]),
      Threshold: blockedRequestsAlarmThreshold,
    });
  });

  it('fire when the mail worker fails and when it gives a mail up', () => {
    expect(alarm(portal, portal.alarms.mailWorkerErrors)).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [
        { Name: 'FunctionName', Value: { Ref: logicalId(portal, portal.mailWorker.function) } },
      ],
    });
    // The filter follows the worker's own log line.
    const worker = readFileSync(path.join(repoRoot, 'functions/mail/mail-worker.ts'), 'utf8');
    expect(worker).toMatch(/log\.error\('mail\.failed'/);
    portalTemplate.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: logicalId(portal, portal.mailWorker.logGroup) },
      FilterPattern: '{ $.event = "mail.failed" }',
    });
    expect(alarm(portal, portal.alarms.mailsFailed)).toMatchObject({
      Namespace: portalMetricsNamespace,
      MetricName: 'MailsFailed',
      Threshold: 1,
    });
  });

  it('fire when the retention job has no successful run in a few hours, or does not run at all', () => {
    const stalled = alarm(portal, portal.alarms.retentionJobStalled);
    expect(stalled).toMatchObject({
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      TreatMissingData: 'breaching',
    });
    const metrics = stalled.Metrics as {
      Id: string;
      Expression?: string;
      MetricStat?: { Metric: { MetricName: string; Dimensions: unknown[] }; Period: number };
    }[];
    expect(metrics.find((metric) => metric.Expression)?.Expression).toBe(
      'FILL(invocations, 0) - FILL(errors, 0)',
    );
    const job = {
      Name: 'FunctionName',
      Value: { Ref: logicalId(portal, portal.retentionJob.function) },
    };
    for (const [id, name] of [
      ['invocations', 'Invocations'],
      ['errors', 'Errors'],
    ]) {
      const stat = metrics.find((metric) => metric.Id === id)?.MetricStat;
      expect(stat?.Metric.MetricName).toBe(name);
      expect(stat?.Metric.Dimensions).toEqual([job]);
      expect(stat?.Period).toBe(retentionJobMaxHoursWithoutSuccess * 3600);
    }
  });
});

describe('deployment settings and cdk-nag', () => {
  it('keeps the edge stack free of unacknowledged findings', () => {
    const report = new AwsSolutionsChecks(app).validateScope(edge);
    expect(report.violations, describeViolations(report.violations)).toEqual([]);
  });

  it('refuses a domain or operator address that is not one', () => {
    const settings = (context: Record<string, unknown>) => () =>
      deploymentSettingsFromContext(new App({ context: { ...cdkContext, ...context } }));
    expect(settings({})()).toEqual({ domainName, operatorEmail });
    expect(settings({ domainName: 'https://portaal.example/' })).toThrow(/domainName/);
    expect(settings({ domainName: 'Portaal.Example' })).toThrow(/domainName/);
    expect(settings({ domainName: undefined })).toThrow(/domainName/);
    expect(settings({ operatorEmail: 'beheer' })).toThrow(/operatorEmail/);
  });

  it('deploys both stacks with one npm script, which no test runs', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.deploy).toBe('npm run build:site && cdk deploy --all');
    expect(scripts.test).not.toContain('deploy');
  });
});
