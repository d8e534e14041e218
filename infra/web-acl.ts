import { Stack } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/**
 * Requests one IP address may make in five minutes before the web ACL answers 429 until
 * its rate falls again. A parent asks one question or signs up once: the public API gets
 * the lowest limit, still roomy for a school or a mobile network that puts many parents
 * behind one address. The back office and the pages get a higher one, so a flood of them
 * is bounded too, without a steunpunt's office (one address for all staff) meeting it.
 */
export const rateLimitsPerFiveMinutes = {
  publicApi: 300,
  api: 3000,
  site: 3000,
} as const;

/** The API paths anyone may call without signing in (functions/api/*routes.ts). */
export const publicApiPrefixes = ['/api/swv/', '/api/afmelding'] as const;

const tooManyJson = JSON.stringify({
  message:
    'Er komen te veel verzoeken van jouw internetverbinding. Wacht 5 minuten en probeer het ' +
    'dan opnieuw. Lukt het dan nog niet? Bel of mail het steunpunt. Je vindt de gegevens ' +
    'onderaan elke pagina.',
});

const tooManyHtml =
  '<!doctype html><html lang="nl"><head><meta charset="utf-8">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>Te veel verzoeken - Steunpunt-portaal</title></head><body><main>' +
  '<h1>Even wachten</h1>' +
  '<p>Er komen te veel verzoeken van jouw internetverbinding. Wacht 5 minuten en probeer ' +
  'het dan opnieuw.</p>' +
  '<p>Lukt het dan nog niet? Bel of mail het steunpunt passend onderwijs in jouw regio.</p>' +
  '</main></body></html>';

function startsWith(prefix: string): wafv2.CfnWebACL.StatementProperty {
  return {
    byteMatchStatement: {
      fieldToMatch: { uriPath: {} },
      positionalConstraint: 'STARTS_WITH',
      searchString: prefix,
      textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
    },
  };
}

function anyOf(statements: wafv2.CfnWebACL.StatementProperty[]): wafv2.CfnWebACL.StatementProperty {
  const [only] = statements;
  if (statements.length === 1 && only) return only;
  return { orStatement: { statements } };
}

function visibility(metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty {
  return { metricName, cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true };
}

function ratePerIp(
  name: string,
  priority: number,
  limit: number,
  scopeDown: wafv2.CfnWebACL.StatementProperty,
  body: 'too-many-json' | 'too-many-html',
): wafv2.CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    statement: {
      rateBasedStatement: {
        limit,
        evaluationWindowSec: 300,
        aggregateKeyType: 'IP',
        scopeDownStatement: scopeDown,
      },
    },
    action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: body } } },
    visibilityConfig: visibility(name),
  };
}

/**
 * The portal's web ACL for CloudFront (scope CLOUDFRONT, so its stack is in us-east-1):
 * a rate limit per IP on the public API, a higher one on the rest of the API and on the
 * pages, and AWS's list of addresses known for attacks. A blocked visitor reads a Dutch
 * message in the form the page expects (JSON for the API, HTML for a page).
 */
export class PortalWebAcl extends Construct {
  readonly webAcl: wafv2.CfnWebACL;
  /** Its name and the `WebACL` dimension of its CloudWatch metrics. */
  readonly metricName: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Name and metric name alike, so the alarm's dimension holds whichever CloudWatch uses.
    this.metricName = Stack.of(this).stackName;
    const api = startsWith('/api/');
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: this.metricName,
      description: 'Steunpunt portal: rate limits per IP and known bad addresses',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(this.metricName),
      customResponseBodies: {
        'too-many-json': { contentType: 'APPLICATION_JSON', content: tooManyJson },
        'too-many-html': { contentType: 'TEXT_HTML', content: tooManyHtml },
      },
      rules: [
        {
          name: 'known-bad-addresses',
          priority: 0,
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesAmazonIpReputationList',
            },
          },
          overrideAction: { none: {} },
          visibilityConfig: visibility('known-bad-addresses'),
        },
        ratePerIp(
          'public-api-per-ip',
          1,
          rateLimitsPerFiveMinutes.publicApi,
          anyOf(publicApiPrefixes.map(startsWith)),
          'too-many-json',
        ),
        ratePerIp('api-per-ip', 2, rateLimitsPerFiveMinutes.api, api, 'too-many-json'),
        ratePerIp(
          'site-per-ip',
          3,
          rateLimitsPerFiveMinutes.site,
          { notStatement: { statement: api } },
          'too-many-html',
        ),
      ],
    });
  }
}
