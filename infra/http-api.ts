import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import {
  HttpLambdaAuthorizer,
  HttpLambdaResponseType,
} from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { originHeader } from '../functions/api/origin-guard.ts';
import { acknowledge } from './nag.ts';
import { PortalFunction } from './node-function.ts';

export interface PortalHttpApiProps {
  handler: lambda.IFunction;
  /**
   * The only host name the API answers on (`api-origin.<domain>`): its execute-api address
   * is off, so every request comes through CloudFront, its headers and its web ACL.
   */
  originDomainName: string;
}

/**
 * Requests per second (steady, burst) per route: each audience has its own budget. The
 * public one is far above a national peak of parents (about 5 API calls a second,
 * ARCHITECTURE.md "The whole country, on paper") and caps what a flood costs; the back
 * office's covers hundreds of staff at work at once.
 */
export const routeThrottles = {
  public: { rateLimit: 50, burstLimit: 100 },
  backOffice: { rateLimit: 100, burstLimit: 200 },
} as const;

export const publicRouteKey = 'ANY /api/{proxy+}';
export const backOfficeRouteKey = 'ANY /api/backoffice/{proxy+}';

/** Variables an HTTP API (not a REST API) accepts in its access log format. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    latency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * The HTTP API behind CloudFront's `/api/*`. Two routes lead to the one API function, which
 * does its own routing: `/api/backoffice/*` and everything else. Each route has its own
 * throttle, so a flood of the public forms answers 429 on the public route only and the
 * staff keep working. Access logs go to a log group.
 */
export class PortalHttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;
  readonly originDomain: apigw.DomainName;
  readonly originCertificate: acm.Certificate;
  readonly routes: Record<'public' | 'backOffice', apigw.HttpRoute>;
  /** The value CloudFront sends in `x-origin-verify`; the authorizer lets only it through. */
  readonly originSecret: secretsmanager.Secret;
  readonly originGuard: PortalFunction;

  constructor(scope: Construct, id: string, props: PortalHttpApiProps) {
    super(scope, id);
    // The origin's host name is public (certificate transparency logs name it), so a shared
    // secret proves that a request came through CloudFront and its web ACL.
    this.originSecret = new secretsmanager.Secret(this, 'OriginSecret', {
      description: 'Sent by CloudFront to the API as x-origin-verify; checked by its authorizer',
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    acknowledge(this.originSecret, {
      id: 'AwsSolutions-SMG4',
      reason:
        'The origin secret is read at deploy time by CloudFront (origin header) and the ' +
        'authorizer (environment); a rotation would leave them apart until the next deploy. ' +
        'Rotate it by replacing the secret and deploying, which updates both together.',
    });
    this.originGuard = new PortalFunction(this, 'OriginGuard', {
      entry: 'functions/api/origin-guard.ts',
      description: 'Lets through only requests that carry CloudFront’s origin secret',
      memorySize: 128,
      timeout: Duration.seconds(3),
      environment: { ORIGIN_SECRET: this.originSecret.secretValue.unsafeUnwrap() },
    });
    const authorizer = new HttpLambdaAuthorizer('OriginGuard', this.originGuard.function, {
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      identitySource: [`$request.header.${originHeader}`],
      // One call per five minutes per header value, whatever the traffic.
      resultsCacheTtl: Duration.minutes(5),
    });

    // Validated by a DNS record the operator adds (README, "In AWS"); the deploy waits for it.
    this.originCertificate = new acm.Certificate(this, 'OriginCertificate', {
      domainName: props.originDomainName,
      validation: acm.CertificateValidation.fromDns(),
    });
    this.originDomain = new apigw.DomainName(this, 'OriginDomain', {
      domainName: props.originDomainName,
      certificate: this.originCertificate,
      endpointType: apigw.EndpointType.REGIONAL,
      securityPolicy: apigw.SecurityPolicy.TLS_1_2,
    });
    this.api = new apigw.HttpApi(this, 'Api', {
      description: 'Steunpunt portal API (reached through CloudFront at /api/*)',
      createDefaultStage: false,
      // No https://<id>.execute-api… address that would bypass CloudFront and the web ACL.
      disableExecuteApiEndpoint: true,
    });
    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
    });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      // The default for any route without its own settings; both routes below have them.
      throttle: routeThrottles.public,
      domainMapping: { domainName: this.originDomain },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: accessLogFormat,
      },
    });

    const integration = new HttpLambdaIntegration('ApiFunction', props.handler);
    const addRoute = (path: string) => {
      const [route] = this.api.addRoutes({
        path,
        methods: [apigw.HttpMethod.ANY],
        integration,
        authorizer,
      });
      if (!route) throw new Error(`No route for ${path}`);
      return route;
    };
    // API Gateway picks the most specific route: /api/backoffice/… never meets the public one.
    this.routes = {
      public: addRoute('/api/{proxy+}'),
      backOffice: addRoute('/api/backoffice/{proxy+}'),
    };
    // Staff sign-in is checked in the function (functions/auth: signature, issuer, audience,
    // expiry, role, account standing), which answers in Dutch; a JWT authorizer could not.
    // Per-route throttles; the L2 stage only knows the default, so set them on the resource.
    const cfnStage = this.stage.node.defaultChild as apigw.CfnStage;
    cfnStage.routeSettings = {
      [publicRouteKey]: throttleSettings(routeThrottles.public),
      [backOfficeRouteKey]: throttleSettings(routeThrottles.backOffice),
    };
    // Route settings name routes by key, so the routes must exist before the stage.
    this.stage.node.addDependency(this.routes.public, this.routes.backOffice);
  }

  /** The API's host name, for CloudFront's HTTP origin. */
  get domainName(): string {
    return this.originDomain.name;
  }

  /** The header CloudFront must add to every request to this API. */
  get originHeaders(): Record<string, string> {
    return { [originHeader]: this.originSecret.secretValue.unsafeUnwrap() };
  }
}

function throttleSettings(limits: { rateLimit: number; burstLimit: number }) {
  return { ThrottlingRateLimit: limits.rateLimit, ThrottlingBurstLimit: limits.burstLimit };
}
