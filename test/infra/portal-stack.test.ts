import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  logicalIdIn,
  resourceIn,
  type CfnResource,
} from '../support/cdk-template.ts';
import {
  tableDesign,
  type IndexDesign,
  type KeyAttribute,
} from '../../functions/lib/table-design.ts';
import { apiFunctions } from '../../functions/api/api-functions.ts';
import { roles } from '../../functions/auth/principal.ts';
import { directoryIndexCode } from '../../infra/directory-index.ts';
import { authSettingsFromContext } from '../../infra/auth.ts';
import { acknowledge } from '../../infra/nag.ts';
import { createPortal } from '../../infra/portal-app.ts';
import { mailSettingsFromContext, type PortalStack } from '../../infra/portal-stack.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const cdkContext = (
  JSON.parse(readFileSync(path.join(repoRoot, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

type Resource = CfnResource;

let app: App;
let stack: PortalStack;
let template: Template;

const logicalId = (construct: IConstruct) => logicalIdIn(stack, construct);
const resource = (construct: IConstruct) => resourceIn(stack, template, construct);

function onlyResource(type: string): Resource {
  const found = Object.values(template.findResources(type)) as Resource[];
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

/** The sign-in settings the API function must get, as references into the template. */
function authEnvironment() {
  const pool = logicalId(stack.auth.userPool);
  const issuer = {
    'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [pool, 'ProviderName'] }]],
  };
  // Cognito's managed login: https://<prefix>.auth.<region>.amazoncognito.com/…
  const signIn = (path: string) => ({
    'Fn::Join': [
      '',
      [
        'https://',
        { Ref: logicalId(stack.auth.domain) },
        `.auth.${testEnv.region}.amazoncognito.com${path}`,
      ],
    ],
  });
  return {
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: { Ref: logicalId(stack.auth.backOfficeClient) },
    AUTH_JWKS_URL: {
      'Fn::Join': [
        '',
        ['https://', { 'Fn::GetAtt': [pool, 'ProviderName'] }, '/.well-known/jwks.json'],
      ],
    },
    AUTH_AUTHORIZE_URL: signIn('/oauth2/authorize'),
    AUTH_TOKEN_URL: signIn('/oauth2/token'),
    AUTH_CLIENT_ID: { Ref: logicalId(stack.auth.backOfficeClient) },
    AUTH_LOGOUT_URL: signIn('/logout'),
    USER_POOL_ID: { Ref: pool },
  };
}

/** An account and the region from cdk.json: cross-region references need explicit regions. */
const testEnv = { account: '123456789012', region: String(cdkContext.region) };

beforeAll(() => {
  // The same context (mail settings, feature flags) as `cdk synth` uses.
  app = new App({ context: cdkContext });
  stack = createPortal(app, {
    env: testEnv,
    ids: { edge: 'EdgeTest', portal: 'PortalTest' },
  }).portal;
  template = Template.fromStack(stack);
});

describe('table', () => {
  it('is built from tableDesign: keys and exactly its indexes', () => {
    const table = resource(stack.table).Properties;
    expect(table.KeySchema).toEqual([
      { AttributeName: tableDesign.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: tableDesign.sortKey.name, KeyType: 'RANGE' },
    ]);
    const indexes: readonly IndexDesign[] = tableDesign.indexes;
    const expected = indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        ...(index.sortKey ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' }] : []),
      ],
      Projection: { ProjectionType: 'ALL' },
    }));
    expect(table.GlobalSecondaryIndexes).toEqual(expected);

    const keys: KeyAttribute[] = [
      tableDesign.partitionKey,
      tableDesign.sortKey,
      ...indexes.flatMap((index) => [
        index.partitionKey,
        ...(index.sortKey ? [index.sortKey] : []),
      ]),
    ];
    expect(table.AttributeDefinitions).toEqual(
      expect.arrayContaining(
        keys.map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
      ),
    );
  });

  it('is on demand, recoverable, protected and retained', () => {
    const table = resource(stack.table);
    expect(table.Type).toBe('AWS::DynamoDB::GlobalTable');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    const replicas = table.Properties.Replicas as Record<string, unknown>[];
    expect(replicas.length).toBeGreaterThan(0);
    for (const replica of replicas) {
      expect(replica.DeletionProtectionEnabled).toBe(true);
      expect(replica.PointInTimeRecoverySpecification).toEqual({
        PointInTimeRecoveryEnabled: true,
      });
    }
  });
});

describe('functions', () => {
  const tableRef = () => ({ Ref: logicalId(stack.table) });

  it('run Node.js 24 on arm64 with their settings', () => {
    const api = resource(stack.apiFunctions.public.function).Properties;
    const worker = resource(stack.mailWorker.function).Properties;
    const apis = Object.values(stack.apiFunctions).map((fn) => resource(fn.function).Properties);
    for (const fn of [...apis, worker]) {
      expect(fn.Runtime).toBe('nodejs24.x');
      expect(fn.Architectures).toEqual(['arm64']);
      expect(fn.Handler).toBe('index.handler');
    }
    for (const fn of apis) expect(fn).toMatchObject({ MemorySize: 512, Timeout: 10 });
    const { USER_POOL_ID: _pool, ...signIn } = authEnvironment();
    expect(worker).toMatchObject({ Timeout: 60 });
    expect(api.Environment).toEqual({
      Variables: {
        TABLE_NAME: tableRef(),
        ...signIn,
        SITE_ORIGIN: `https://${String(cdkContext.domainName)}`,
        // The per-client limits' pepper, from a generated secret (defences.test.ts).
        LIMIT_SECRET: expect.anything(),
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
    const names = Object.keys(apiFunctions) as (keyof typeof apiFunctions)[];
    for (const name of names.filter((n) => apiFunctions[n].audience === 'public')) {
      expect(resource(stack.apiFunctions[name].function).Properties.Environment).toEqual(
        api.Environment,
      );
    }
    // Only beheer's function knows the user pool; none of the back office's knows the pepper.
    expect(resource(stack.apiFunctions.admin.function).Properties.Environment).toEqual({
      Variables: {
        TABLE_NAME: tableRef(),
        ...authEnvironment(),
        SITE_ORIGIN: `https://${String(cdkContext.domainName)}`,
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
    for (const fn of names
      .filter((n) => apiFunctions[n].audience === 'backOffice' && n !== 'admin')
      .map((n) => stack.apiFunctions[n])) {
      expect(resource(fn.function).Properties.Environment).toEqual({
        Variables: {
          TABLE_NAME: tableRef(),
          ...signIn,
          SITE_ORIGIN: `https://${String(cdkContext.domainName)}`,
          NODE_OPTIONS: '--enable-source-maps',
        },
      });
    }
    expect(worker.Environment).toEqual({
      Variables: {
        TABLE_NAME: tableRef(),
        MAIL_FROM: cdkContext.mailFrom,
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
  });

  it('log to their own log group with a retention', () => {
    for (const portalFunction of [...Object.values(stack.apiFunctions), stack.mailWorker]) {
      const fn = resource(portalFunction.function).Properties;
      expect(fn.LoggingConfig).toEqual({ LogGroup: { Ref: logicalId(portalFunction.logGroup) } });
      expect(resource(portalFunction.logGroup).Properties.RetentionInDays).toBeGreaterThan(0);
    }
  });

  it('are bundled by esbuild as ESM with the createRequire banner and a source map', () => {
    for (const portalFunction of [...Object.values(stack.apiFunctions), stack.mailWorker]) {
      const code = resource(portalFunction.function).Properties.Code as { S3Key: string };
      const assetDir = path.join(app.outdir, `asset.${code.S3Key.replace(/\.zip$/, '')}`);
      const bundle = readFileSync(path.join(assetDir, 'index.mjs'), 'utf8');
      expect(bundle.startsWith("import { createRequire } from 'module';")).toBe(true);
      expect(existsSync(path.join(assetDir, 'index.mjs.map'))).toBe(true);
    }
  });

  it('lets the worker send mail only from the SES identity of mailFromDomain', () => {
    const sesStatements = (construct: IConstruct) => {
      const policy = construct.node.tryFindChild('DefaultPolicy');
      if (!policy) return [];
      const document = resource(policy).Properties.PolicyDocument as {
        Statement: { Action: string | string[]; Resource: unknown }[];
      };
      return document.Statement.filter((statement) =>
        [statement.Action].flat().some((action) => action.startsWith('ses:')),
      );
    };
    const [statement, ...others] = sesStatements(stack.mailWorker.function.role!);
    expect(others).toEqual([]);
    expect(statement?.Action).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    const resources = JSON.stringify(statement?.Resource);
    expect(resources).toContain(`:ses:`);
    expect(resources).toContain(`:identity/${String(cdkContext.mailFromDomain)}`);
    expect(resources).not.toContain('"*"');
    for (const fn of Object.values(stack.apiFunctions)) {
      expect(sesStatements(fn.function.role!)).toEqual([]);
    }
  });

  it('lets only beheer’s function manage the users of its own pool, with the admin calls it needs', () => {
    const cognitoStatements = (construct: IConstruct) => {
      const policy = construct.node.tryFindChild('DefaultPolicy');
      if (!policy) return [];
      const document = resource(policy).Properties.PolicyDocument as {
        Statement: { Action: string | string[]; Resource: unknown }[];
      };
      return document.Statement.filter((statement) =>
        [statement.Action].flat().some((action) => action.startsWith('cognito-idp:')),
      );
    };
    const [statement, ...others] = cognitoStatements(stack.apiFunctions.admin.function.role!);
    expect(others).toEqual([]);
    const actions = [statement?.Action].flat();
    expect(actions).toContain('cognito-idp:AdminCreateUser');
    expect(actions).toContain('cognito-idp:AdminDisableUser');
    expect(actions.every((action) => String(action).startsWith('cognito-idp:Admin'))).toBe(true);
    expect(statement?.Resource).toEqual({
      'Fn::GetAtt': [logicalId(stack.auth.userPool), 'Arn'],
    });
    for (const name of (Object.keys(apiFunctions) as (keyof typeof apiFunctions)[]).filter(
      (n) => n !== 'admin',
    )) {
      expect(cognitoStatements(stack.apiFunctions[name].function.role!)).toEqual([]);
    }
    expect(cognitoStatements(stack.mailWorker.function.role!)).toEqual([]);
    expect(cognitoStatements(stack.retentionJob.function.role!)).toEqual([]);
  });

  it('runs the mail worker every minute', () => {
    const rule = resource(stack.mailSchedule).Properties;
    expect(rule.ScheduleExpression).toBe('rate(1 minute)');
    expect(rule.Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [logicalId(stack.mailWorker.function), 'Arn'] },
      }),
    ]);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [logicalId(stack.mailWorker.function), 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [logicalId(stack.mailSchedule), 'Arn'] },
    });
  });

  it('runs the retention job (monitor facts and erasures) every hour', () => {
    const rule = resource(stack.retentionSchedule).Properties;
    expect(rule.ScheduleExpression).toBe('rate(1 hour)');
    expect(rule.Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [logicalId(stack.retentionJob.function), 'Arn'] },
      }),
    ]);
    expect(resource(stack.retentionJob.function).Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
    });
  });
});

describe('staff sign-in (Cognito)', () => {
  it('is a user pool without self sign-up, signing in by e-mail, kept when the stack goes', () => {
    const pool = resource(stack.auth.userPool);
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      DeletionProtection: 'ACTIVE',
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    });
  });

  it('asks for strong passwords, offers TOTP and runs threat protection', () => {
    const pool = resource(stack.auth.userPool).Properties;
    expect(pool.Policies).toMatchObject({
      PasswordPolicy: {
        MinimumLength: 12,
        RequireLowercase: true,
        RequireUppercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
      },
    });
    expect(pool.MfaConfiguration).toBe('OPTIONAL');
    expect(pool.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.UserPoolTier).toBe('PLUS');
    expect(pool.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
  });

  it('carries the steunpunt and SWV as changeable custom attributes', () => {
    const schema = resource(stack.auth.userPool).Properties.Schema as Record<string, unknown>[];
    for (const name of ['steunpunt', 'swv']) {
      expect(schema).toContainEqual(
        expect.objectContaining({ Name: name, AttributeDataType: 'String', Mutable: true }),
      );
    }
    expect(schema).toContainEqual(expect.objectContaining({ Name: 'name', Required: true }));
  });

  it('has exactly one group per role', () => {
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (group) => (group as Resource).Properties,
    );
    expect(groups.map((group) => group.GroupName).sort()).toEqual([...roles].sort());
    for (const group of groups) {
      expect(group.UserPoolId).toEqual({ Ref: logicalId(stack.auth.userPool) });
    }
  });

  it('gives the back office a public client for the code flow, never writing steunpunt or swv', () => {
    const client = resource(stack.auth.backOfficeClient).Properties;
    expect(client.GenerateSecret).toBe(false);
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(client.AllowedOAuthScopes).toEqual(
      expect.arrayContaining(['openid', 'email', 'profile']),
    );
    expect(client.CallbackURLs).toEqual(cdkContext.authCallbackUrls);
    expect(client.LogoutURLs).toEqual(cdkContext.authLogoutUrls);
    expect(client.SupportedIdentityProviders).toEqual(['COGNITO']);
    expect(client.PreventUserExistenceErrors).toBe('ENABLED');
    expect(client.ReadAttributes).toEqual(
      expect.arrayContaining(['custom:steunpunt', 'custom:swv', 'email', 'name']),
    );
    expect(client.WriteAttributes).not.toContain('custom:steunpunt');
    expect(client.WriteAttributes).not.toContain('custom:swv');
  });

  it('serves managed login on the Cognito domain of the context', () => {
    const domain = onlyResource('AWS::Cognito::UserPoolDomain').Properties;
    expect(domain.Domain).toBe(cdkContext.authDomainPrefix);
    expect(domain.ManagedLoginVersion).toBe(2);
    const branding = onlyResource('AWS::Cognito::ManagedLoginBranding').Properties;
    expect(branding.ClientId).toEqual({ Ref: logicalId(stack.auth.backOfficeClient) });
  });

  it('tells the API functions which issuer, audience and keys to trust', () => {
    const variables = (
      resource(stack.apiFunctions.staff.function).Properties.Environment as {
        Variables: Record<string, unknown>;
      }
    ).Variables;
    const { USER_POOL_ID: _pool, ...trust } = authEnvironment();
    expect(variables).toMatchObject(trust);
    const worker = (
      resource(stack.mailWorker.function).Properties.Environment as {
        Variables: Record<string, unknown>;
      }
    ).Variables;
    expect(Object.keys(worker).filter((name) => name.startsWith('AUTH_'))).toEqual([]);
  });

  it('refuses sign-in settings Cognito would refuse', () => {
    const settings = (context: Record<string, unknown>) => () =>
      authSettingsFromContext(new App({ context: { ...cdkContext, ...context } }));
    expect(settings({ authDomainPrefix: 'Steunpunt Portaal' })).toThrow(/authDomainPrefix/);
    expect(settings({ authDomainPrefix: 'mijn-cognito' })).toThrow(/authDomainPrefix/);
    expect(settings({ authCallbackUrls: [] })).toThrow(/authCallbackUrls/);
    expect(settings({ authCallbackUrls: ['http://portaal.example/backoffice/'] })).toThrow(/https/);
    expect(settings({ authLogoutUrls: 'https://portaal.example/' })).toThrow(/authLogoutUrls/);
    expect(settings({ authCallbackUrls: ['http://localhost:4321/backoffice/'] })()).toMatchObject({
      callbackUrls: ['http://localhost:4321/backoffice/'],
    });
  });
});

describe('HTTP API', () => {
  it('routes each declared path to its own function (functions/api/api-functions.ts)', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => (route as Resource).Properties.RouteKey,
    );
    expect(routes.sort()).toEqual(
      Object.values(apiFunctions)
        .flatMap((fn) => fn.paths.map((path) => `ANY ${path}`))
        .sort(),
    );
    const integrations = Object.values(
      template.findResources('AWS::ApiGatewayV2::Integration'),
    ) as Resource[];
    expect(integrations).toHaveLength(Object.keys(apiFunctions).length);
    for (const integration of integrations) {
      expect(integration.Properties.IntegrationType).toBe('AWS_PROXY');
    }
  });

  it('writes access logs and is throttled', () => {
    const stage = resource(stack.httpApi.stage).Properties;
    expect(stage.StageName).toBe('$default');
    expect(stage.AccessLogSettings).toMatchObject({
      DestinationArn: { 'Fn::GetAtt': [logicalId(stack.httpApi.accessLogs), 'Arn'] },
    });
    expect(stage.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: expect.any(Number),
      ThrottlingBurstLimit: expect.any(Number),
    });
  });
});

describe('static site', () => {
  const distribution = () =>
    resource(stack.site.distribution).Properties.DistributionConfig as Record<string, unknown>;

  it('serves the private bucket through origin access control', () => {
    const oac = onlyResource('AWS::CloudFront::OriginAccessControl').Properties;
    expect(oac.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
    });
    const config = distribution();
    expect(config.DefaultRootObject).toBe('index.html');
    const origins = config.Origins as Record<string, unknown>[];
    const s3Origin = origins.find((origin) => 'S3OriginConfig' in origin);
    expect(s3Origin?.DomainName).toEqual({
      'Fn::GetAtt': [logicalId(stack.site.bucket), 'RegionalDomainName'],
    });
    expect(s3Origin?.OriginAccessControlId).toEqual({
      'Fn::GetAtt': [
        Object.keys(template.findResources('AWS::CloudFront::OriginAccessControl'))[0],
        'Id',
      ],
    });
    expect(config.DefaultCacheBehavior).toMatchObject({
      TargetOriginId: s3Origin?.Id,
      ViewerProtocolPolicy: 'redirect-to-https',
      // The portal's own policy (CSP included): test/infra/security-headers.test.ts.
      ResponseHeadersPolicyId: { Ref: logicalId(stack.site.headersPolicy) },
    });
    expect(config.Logging).toMatchObject({
      Bucket: { 'Fn::GetAtt': [logicalId(stack.site.logBucket), 'RegionalDomainName'] },
    });
  });

  it('sends /api/* uncached to the HTTP API', () => {
    const config = distribution();
    const behaviors = config.CacheBehaviors as Record<string, unknown>[];
    const api = behaviors.find((behavior) => behavior.PathPattern === '/api/*');
    expect(api).toMatchObject({
      CachePolicyId: cloudfront.CachePolicy.CACHING_DISABLED.cachePolicyId,
      OriginRequestPolicyId:
        cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
      ViewerProtocolPolicy: 'https-only',
    });
    expect(api?.AllowedMethods).toEqual(
      expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']),
    );
    const origin = (config.Origins as Record<string, unknown>[]).find(
      (candidate) => candidate.Id === api?.TargetOriginId,
    );
    expect(origin?.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only' });
    // The API's custom domain: its execute-api address is off (test/infra/defences.test.ts).
    expect(origin?.DomainName).toEqual({ Ref: logicalId(stack.httpApi.originDomain) });
  });

  it('keeps both buckets private, encrypted and TLS-only', () => {
    const buckets = template.findResources('AWS::S3::Bucket');
    expect(Object.keys(buckets)).toHaveLength(2);
    for (const bucket of Object.values(buckets) as Resource[]) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      });
    }
    for (const bucket of [stack.site.bucket, stack.site.logBucket]) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logicalId(bucket) },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
    expect(resource(stack.site.bucket).Properties.LoggingConfiguration).toMatchObject({
      DestinationBucketName: { Ref: logicalId(stack.site.logBucket) },
    });
  });

  it('deploys the built site and invalidates the distribution', () => {
    const deployment = onlyResource('Custom::CDKBucketDeployment').Properties;
    expect(deployment.DestinationBucketName).toEqual({ Ref: logicalId(stack.site.bucket) });
    expect(deployment.DistributionId).toEqual({ Ref: logicalId(stack.site.distribution) });
    expect(deployment.DistributionPaths).toEqual(['/*']);
  });

  it('rewrites directory URLs to their index.html', () => {
    const handler = new Function(`${directoryIndexCode}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/swv-utrecht/')).toBe('/swv-utrecht/index.html');
    expect(rewrite('/swv-utrecht/vraag')).toBe('/swv-utrecht/vraag/index.html');
    expect(rewrite('/_astro/app.Dx1.css')).toBe('/_astro/app.Dx1.css');
    expect(rewrite('/favicon.svg')).toBe('/favicon.svg');
  });

  it('outputs the site URL and the DNS records for the site and the API origin', () => {
    template.hasOutput('SiteUrl', { Value: `https://${String(cdkContext.domainName)}/` });
    template.hasOutput('SiteDnsRecord', {
      Value: { 'Fn::GetAtt': [logicalId(stack.site.distribution), 'DomainName'] },
    });
    template.hasOutput('ApiOriginDnsRecord', {
      Value: { 'Fn::GetAtt': [logicalId(stack.httpApi.originDomain), 'RegionalDomainName'] },
    });
    expect(template.findOutputs('ApiUrl')).toEqual({});
  });
});

describe('cdk-nag AwsSolutions', () => {
  /** Acknowledged rule ids per construct path, as cdk-nag reads them. */
  function acknowledgements(): { path: string; id: string; reason: string }[] {
    return stack.node.findAll().flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) =>
          Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
            path: construct.node.path,
            id: id.replace(/^annotation::/i, ''),
            reason,
          })),
        ),
    );
  }

  it('has no unacknowledged findings', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    expect(report.violations, describeViolations(report.violations)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges only findings that exist, each with a reason', () => {
    const checks = new AwsSolutionsChecks(app);
    // Report every finding, acknowledged or not, to match them with the acknowledgements.
    const privateChecks = checks as unknown as { isAcknowledged: unknown };
    expect(typeof privateChecks.isAcknowledged, 'cdk-nag internals changed').toBe('function');
    privateChecks.isAcknowledged = () => false;
    const findings = checks.validateScope(stack).violations.flatMap((violation) =>
      violation.violatingResources.map((found) => ({
        id: violation.ruleName,
        path: found.constructPath ?? '',
      })),
    );

    const acks = acknowledgements();
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.reason.trim().length, `${ack.id} on ${ack.path}`).toBeGreaterThanOrEqual(30);
      const covers = findings.some(
        (finding) =>
          finding.id === ack.id &&
          (finding.path === ack.path || finding.path.startsWith(`${ack.path}/`)),
      );
      expect(covers, `stale acknowledgement ${ack.id} on ${ack.path}`).toBe(true);
    }
  });

  it('refuses an acknowledgement without a real reason', () => {
    const scope = new App();
    expect(() => acknowledge(scope, { id: 'AwsSolutions-S1', reason: '' })).toThrow(/reason/);
    expect(() => acknowledge(scope, { id: 'AwsSolutions-S1', reason: 'not needed' })).toThrow(
      /reason/,
    );
    expect(() =>
      acknowledge(scope, { id: 'S1', reason: 'A long enough reason that names the bucket.' }),
    ).toThrow(/finding id/);
  });
});

describe('configuration checks', () => {
  it('refuses to synthesize without a built site', () => {
    const other = new App({ context: cdkContext });
    expect(() =>
      createPortal(other, { env: testEnv, siteDir: path.join(repoRoot, 'does-not-exist') }),
    ).toThrow(/npm run build:site/);
  });

  it('refuses a sender outside the SES identity', () => {
    const other = new App({
      context: { mailFrom: 'Steunpunt <info@elders.example>', mailFromDomain: 'steunpunt.example' },
    });
    expect(() => mailSettingsFromContext(other)).toThrow(/mailFromDomain/);
  });
});
