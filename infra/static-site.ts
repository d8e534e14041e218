import { Duration, Stack } from 'aws-cdk-lib';
import type * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { openApiPath } from '../functions/api/api-functions.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  builtSiteScriptHashes,
  contentSecurityPolicy,
  headerSettings,
} from '../functions/lib/security-headers.ts';
import { directoryIndexCode } from './directory-index.ts';
import { acknowledge, wildcardResourceFinding } from './nag.ts';

/** Fails with instructions when the site has not been built (before anything is bundled). */
export function assertSiteBuilt(siteDir: string): void {
  if (!existsSync(path.join(siteDir, 'index.html'))) {
    throw new Error(
      `The built site is missing: ${path.join(siteDir, 'index.html')} does not exist. ` +
        'Run `npm run build:site` first, then synthesize or deploy again.',
    );
  }
}

export interface StaticSiteProps {
  /** The built site (`site/dist`); it must contain index.html. */
  siteDir: string;
  /** Host name of the HTTP API that serves `/api/*`. */
  apiDomainName: string;
  /** Headers CloudFront adds to every request to the API (its origin secret). */
  apiOriginHeaders: Record<string, string>;
  /** The portal's own domain and its certificate (from us-east-1, as CloudFront requires). */
  domainName: string;
  certificate: acm.ICertificate;
  /** The web ACL (scope CLOUDFRONT) in front of the site and the API. */
  webAclArn: string;
  /** Origins the pages call besides their own (Cognito's token endpoint), for the CSP. */
  connectOrigins?: string[];
}

/**
 * The portal's security headers (functions/lib/security-headers.ts, which the local server
 * sends too) as a CloudFront response headers policy, for the pages and /api/* alike. The
 * CSP allows the inline scripts of the very site this stack deploys, by their hashes.
 */
function portalHeadersPolicy(
  scope: Construct,
  props: StaticSiteProps,
): cloudfront.ResponseHeadersPolicy {
  const oneOf = <T extends string>(values: Record<string, T>, value: string): T => {
    const found = Object.values(values).find((candidate) => candidate === value);
    if (!found) throw new Error(`CloudFront has no header value ${value}`);
    return found;
  };
  return new cloudfront.ResponseHeadersPolicy(scope, 'Headers', {
    comment: 'Steunpunt portal: CSP and security headers (functions/lib/security-headers.ts)',
    securityHeadersBehavior: {
      contentSecurityPolicy: {
        contentSecurityPolicy: contentSecurityPolicy({
          scriptHashes: builtSiteScriptHashes(props.siteDir),
          connectOrigins: props.connectOrigins ?? [],
        }),
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: {
        frameOption: oneOf(cloudfront.HeadersFrameOption, headerSettings.frameOptions),
        override: true,
      },
      referrerPolicy: {
        referrerPolicy: oneOf(cloudfront.HeadersReferrerPolicy, headerSettings.referrerPolicy),
        override: true,
      },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(headerSettings.hstsMaxAgeSeconds),
        includeSubdomains: false,
        override: true,
      },
    },
    customHeadersBehavior: {
      customHeaders: Object.entries(headerSettings.custom).map(([header, value]) => ({
        header,
        value,
        override: true,
      })),
    },
  });
}

/**
 * The built Astro site in a private bucket behind CloudFront (origin access control), with
 * `/api/*` passed uncached to the HTTP API so the site and the API share one origin (no CORS).
 * Access logs of the bucket and the distribution go to a separate log bucket.
 */
export class StaticSite extends Construct {
  readonly bucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly headersPolicy: cloudfront.ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: StaticSiteProps) {
    super(scope, id);
    assertSiteBuilt(props.siteDir);

    this.logBucket = new s3.Bucket(this, 'LogBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      // CloudFront standard logging delivers its files with an ACL.
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      // Access logs hold visitors' IP addresses: keep them no longer than needed.
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/site/',
    });

    const directoryIndex = new cloudfront.Function(this, 'DirectoryIndex', {
      code: cloudfront.FunctionCode.fromInline(directoryIndexCode),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      comment: 'Serves index.html for directory URLs such as /swv-naam/',
    });

    this.headersPolicy = portalHeadersPolicy(this, props);

    const siteOrigin = origins.S3BucketOrigin.withOriginAccessControl(this.bucket);
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Steunpunt portal',
      domainNames: [props.domainName],
      certificate: props.certificate,
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      webAclId: props.webAclArn,
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // Visitors are in the Netherlands: Europe and North America edges suffice.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headersPolicy,
        functionAssociations: [
          { function: directoryIndex, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        // The API's description is a file of the built site (scripts/build-openapi.ts); the
        // more specific pattern wins over /api/*, so no function serves it.
        [openApiPath]: {
          origin: siteOrigin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: this.headersPolicy,
        },
        '/api/*': {
          origin: new origins.HttpOrigin(props.apiDomainName, {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
            customHeaders: props.apiOriginHeaders,
          }),
          // A redirect would turn a POST into a GET, so plain HTTP is refused instead.
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.headersPolicy,
        },
      },
    });
    acknowledge(this.distribution, {
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: parents and staff of the Dutch steunpunten also use the portal ' +
        'from abroad (holidays, border regions), and the content is public information.',
    });

    // The same as Source.asset(siteDir), but with the asset at hand for the acknowledgements.
    const siteAsset = new s3assets.Asset(this, 'Files', { path: props.siteDir });
    const deployment = new s3deploy.BucketDeployment(this, 'Deployment', {
      sources: [s3deploy.Source.bucket(siteAsset.bucket, siteAsset.s3ObjectKey)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      logGroup: new logs.LogGroup(this, 'DeploymentLogs', {
        retention: logs.RetentionDays.ONE_MONTH,
      }),
    });
    this.acknowledgeDeploymentHandler(deployment, siteAsset);
  }

  /**
   * BucketDeployment's handler is a singleton function that aws-cdk-lib generates, with a
   * role and policy we cannot shape; acknowledge exactly what it is known to carry.
   */
  private acknowledgeDeploymentHandler(
    deployment: s3deploy.BucketDeployment,
    siteAsset: s3assets.Asset,
  ): void {
    const singleton = deployment.node.findChild(
      'CustomResourceHandler',
    ) as lambda.SingletonFunction;
    acknowledge(Stack.of(this).node.findChild(singleton.constructName), {
      id: 'AwsSolutions-L1',
      reason:
        'The BucketDeployment handler is a Python function generated by aws-cdk-lib with its ' +
        'runtime fixed by the library; it only runs during deployments and moves with aws-cdk-lib.',
    });
    const generated = 'aws-cdk-lib grants the BucketDeployment handler';
    acknowledge(
      deployment.handlerRole,
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: `${generated} the AWS managed basic execution policy: writing its own CloudWatch logs.`,
      },
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: `${generated} read access (${action}) to the CDK asset bucket and the site bucket only.`,
      })),
      ...['s3:Abort*', 's3:DeleteObject*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: `${generated} ${action} on the site bucket only, to replace and prune the site files.`,
      })),
      {
        id: wildcardResourceFinding(this, siteAsset.bucket.arnForObjects('*')),
        reason: `${generated} read access to the objects of the CDK asset bucket holding the site zip.`,
      },
      {
        id: wildcardResourceFinding(this, this.bucket.arnForObjects('*')),
        reason: `${generated} write access to all objects of the site bucket: it replaces the whole site.`,
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: `${generated} cloudfront:CreateInvalidation/GetInvalidation on '*' to invalidate the distribution.`,
      },
    );
  }
}
