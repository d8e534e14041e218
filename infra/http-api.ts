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
import {
  apiFunctions,
  type ApiFunction,
  type ApiFunctionName,
} from '../functions/api/api-functions.ts';
import { originHeader } from '../functions/api/origin-guard.ts';
import { acknowledge } from './nag.ts';
import { PortalFunction } from './node-function.ts';

export interface PortalHttpApiProps {
  /** The API's functions, each on the paths functions/api/api-functions.ts gives it. */
  handlers: Record<ApiFunctionName, lambda.IFunction>;
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

/** API Gateway's name for a route: `ANY <path>`. */
export const routeKey = (path: string) => `ANY ${path}`;

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
 * The HTTP API behind CloudFront's `/api/*`. Each of the API's functions gets the routes
 * functions/api/api-functions.ts declares for it: the public one `/api/*`, the back office's
 * their parts of `/api/backoffice/*`. Each route has its audience's throttle, so a flood of
 * the public forms answers 429 on the public routes only and the staff keep working. Access
 * logs go to a log group.
 */
export class PortalHttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;
  readonly originDomain: apigw.DomainName;
  readonly originCertificate: acm.Certificate;
  /** Every route, by its key (`ANY /api/...`). */
  readonly routes: Record<string, apigw.HttpRoute>;
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

    this.routes = {};
    const routeSettings: Record<string, ReturnType<typeof throttleSettings>> = {};
    for (const [name, fn] of Object.entries(apiFunctions) as [ApiFunctionName, ApiFunction][]) {
      const integration = new HttpLambdaIntegration(
        `${pascal(name)}Function`,
        props.handlers[name],
      );
      for (const path of fn.paths) {
        const [route] = this.api.addRoutes({
          path,
          methods: [apigw.HttpMethod.ANY],
          integration,
          authorizer,
        });
        if (!route) throw new Error(`No route for ${path}`);
        this.routes[routeKey(path)] = route;
        routeSettings[routeKey(path)] = throttleSettings(routeThrottles[fn.audience]);
      }
    }
    // Staff sign-in is checked in the function (functions/auth: signature, issuer, audience,
    // expiry, role, account standing), which answers in Dutch; a JWT authorizer could not.
    // Per-route throttles; the L2 stage only knows the default, so set them on the resource.
    const cfnStage = this.stage.node.defaultChild as apigw.CfnStage;
    cfnStage.routeSettings = routeSettings;
    // Route settings name routes by key, so the routes must exist before the stage.
    this.stage.node.addDependency(...Object.values(this.routes));
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

/** `staff` → `Staff`: a construct id from a function's name. */
export const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
