/**
 * CloudFront sends the portal's security headers from the one declaration the local server
 * uses too (functions/lib/security-headers.ts), with the hashes of the built site's inline
 * scripts, on the pages and on /api/*. Needs a built site: `npm run build:site`.
 */
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  builtSiteScriptHashes,
  cloudFrontCspLimit,
  contentSecurityPolicy,
  inlineScriptHashes,
  securityHeaders,
} from '../../functions/lib/security-headers.ts';
import { createPortal } from '../../infra/portal-app.ts';
import type { PortalStack } from '../../infra/portal-stack.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const siteDir = path.join(repoRoot, 'site', 'dist');
const cdkContext = (
  JSON.parse(readFileSync(path.join(repoRoot, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

type Json = Record<string, unknown>;
let stack: PortalStack;
let template: Template;

beforeAll(() => {
  const app = new App({ context: cdkContext });
  stack = createPortal(app, {
    env: { account: '123456789012', region: 'eu-central-1' },
    ids: { edge: 'HeadersEdgeTest', portal: 'HeadersTest' },
  }).portal;
  template = Template.fromStack(stack);
});

/** A CloudFormation string with its references written as `${LogicalId}`. */
function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  const json = value as Json;
  if ('Fn::Join' in json) {
    const [separator, parts] = json['Fn::Join'] as [string, unknown[]];
    return parts.map(flatten).join(separator);
  }
  if ('Ref' in json) return `\${${String(json.Ref)}}`;
  throw new Error(`Cannot flatten ${JSON.stringify(value)}`);
}

function policyConfig(): Json {
  const policies = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
  expect(policies).toHaveLength(1);
  return (policies[0] as { Properties: Json }).Properties.ResponseHeadersPolicyConfig as Json;
}

/** The headers the synthesized policy makes CloudFront send, by name. */
function headersOfPolicy(): Record<string, string> {
  const config = policyConfig();
  const security = config.SecurityHeadersConfig as Record<string, Json>;
  const hsts = security.StrictTransportSecurity!;
  const headers: Record<string, string> = {
    'Content-Security-Policy': flatten(security.ContentSecurityPolicy!.ContentSecurityPolicy),
    'Strict-Transport-Security': `max-age=${String(hsts.AccessControlMaxAgeSec)}${hsts.IncludeSubdomains ? '; includeSubDomains' : ''}`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': String(security.FrameOptions!.FrameOption),
    'Referrer-Policy': String(security.ReferrerPolicy!.ReferrerPolicy),
  };
  for (const setting of Object.values(security)) expect(setting.Override).toBe(true);
  const custom = (config.CustomHeadersConfig as { Items: Json[] }).Items;
  for (const item of custom) headers[String(item.Header)] = String(item.Value);
  return headers;
}

describe('the response headers policy', () => {
  it('sends exactly the declared headers, with the built site’s script hashes', () => {
    const domain = stack.getLogicalId(
      stack.auth.domain.node.defaultChild as Parameters<PortalStack['getLogicalId']>[0],
    );
    const cognito = `https://\${${domain}}.auth.eu-central-1.amazoncognito.com`;
    const scriptHashes = builtSiteScriptHashes(siteDir);
    expect(scriptHashes.length).toBeGreaterThan(0);
    expect(headersOfPolicy()).toEqual(securityHeaders({ scriptHashes, connectOrigins: [cognito] }));
  });

  it('is strict: no unsafe-eval, no inline script without its hash, no framing, no plugins', () => {
    const csp = headersOfPolicy()['Content-Security-Policy']!;
    const directives = new Map(
      csp.split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name!, sources];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const scripts = directives.get('script-src')!;
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.filter((source) => !source.startsWith("'sha256-"))).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toHaveLength(2);
  });

  it('fits CloudFront’s limit, with room for a Cognito domain of the longest prefix', () => {
    const longest = `https://${'x'.repeat(63)}.auth.ap-southeast-2.amazoncognito.com`;
    const csp = contentSecurityPolicy({
      scriptHashes: builtSiteScriptHashes(siteDir),
      connectOrigins: [longest],
    });
    expect(csp.length).toBeLessThanOrEqual(cloudFrontCspLimit);
  });

  it('is on the pages and on /api/*', () => {
    const [id] = Object.keys(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const distribution = template.findResources('AWS::CloudFront::Distribution');
    const config = (Object.values(distribution)[0] as { Properties: Json }).Properties
      .DistributionConfig as Json;
    const behaviors = [config.DefaultCacheBehavior as Json, ...(config.CacheBehaviors as Json[])];
    expect(behaviors.length).toBeGreaterThanOrEqual(2);
    for (const behavior of behaviors) expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: id });
  });
});

describe('inlineScriptHashes', () => {
  it('hashes the inline scripts that run, as the browser does, and no others', () => {
    const html =
      '<script>a()</script><script type="module">b()</script>' +
      '<script src="/x.js"></script><script type="application/ld+json">{}</script>';
    expect(inlineScriptHashes(html)).toEqual([
      // printf 'a()' | openssl dgst -sha256 -binary | base64, and the same for b()
      'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=',
      'sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc=',
    ]);
  });
});
