/**
 * The portal's security headers, declared once. CloudFront's response headers policy
 * (infra/static-site.ts) and the local server (scripts/portal.ts) both take them from here,
 * for the pages and for /api/* alike.
 *
 * The Content-Security-Policy is the second line behind the output encoding: the back office
 * keeps its ID token in sessionStorage, so a script that ever slipped in must not run. Only
 * the site's own files and the inline scripts the build made (by their SHA-256, read from the
 * built HTML) may run; no eval. Two honest exceptions:
 * - `'wasm-unsafe-eval'`: the site search (Pagefind) compiles its WebAssembly index. This
 *   allows WebAssembly only, never `eval` of JavaScript.
 * - `style-src 'unsafe-inline'`: every SWV page carries its theme colours in an inline
 *   `<style>` (one per SWV, 150 in the country: too many hashes for CloudFront's 1,783
 *   characters), and some elements a `style` attribute (the chooser's cards), which hashes
 *   cannot allow without `'unsafe-hashes'`. Inline CSS cannot run script; the risk left is
 *   CSS-based leaks of what a page shows, after an injection.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface HeaderSources {
  /** `sha256-…` of every inline script in the built site (`builtSiteScriptHashes`). */
  scriptHashes: readonly string[];
  /** Origins the pages may call besides their own: the sign-in's token endpoint (Cognito). */
  connectOrigins?: readonly string[];
}

/** The headers besides the CSP, in the shape CloudFront's policy needs them. */
export const headerSettings = {
  /** A year; no includeSubDomains, as a custom domain's other hosts are not ours to bind. */
  hstsMaxAgeSeconds: 31_536_000,
  frameOptions: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
  /** Headers CloudFront has no field of its own for. */
  custom: {
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    // The sign-in is a redirect, never a popup, so no window needs a handle on ours.
    'Cross-Origin-Opener-Policy': 'same-origin',
  },
} as const;

/** The longest CSP value a CloudFront response headers policy takes. */
export const cloudFrontCspLimit = 1783;

export function contentSecurityPolicy({ scriptHashes, connectOrigins = [] }: HeaderSources) {
  const directives = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scriptHashes.map((hash) => `'${hash}'`), "'wasm-unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    // The pages' empty favicon is a data: URL.
    ['img-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...connectOrigins],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Every header, by name, as the local server sends them and CloudFront is set up to. */
export function securityHeaders(sources: HeaderSources): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(sources),
    'Strict-Transport-Security': `max-age=${headerSettings.hstsMaxAgeSeconds}`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': headerSettings.frameOptions,
    'Referrer-Policy': headerSettings.referrerPolicy,
    ...headerSettings.custom,
  };
}

// A script element's text as the browser hashes it: everything between the tags, untouched.
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// Data blocks (JSON, JSON-LD) never run, so the CSP does not ask for their hashes.
const runs = (attributes: string) => {
  if (/\ssrc\s*=/i.test(attributes)) return false;
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === 'module' || type.includes('javascript');
};

/** The `sha256-…` source of each inline script in one page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(scriptElement)]
    .filter(([, attributes]) => runs(attributes ?? ''))
    .map(([, , body]) => `sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}`);
}

/**
 * The hashes of every inline script in the built site, once each, sorted: read at synth and
 * when the local portal starts, so a script the build adds is allowed without a hand edit.
 */
export function builtSiteScriptHashes(siteDir: string): string[] {
  const hashes = new Set<string>();
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    for (const hash of inlineScriptHashes(readFileSync(path.join(siteDir, file), 'utf8'))) {
      hashes.add(hash);
    }
  }
  return [...hashes].sort();
}
