import type {
  APIGatewayRequestAuthorizerEventV2,
  APIGatewaySimpleAuthorizerResult,
} from 'aws-lambda';
import { timingSafeEqual } from 'node:crypto';

/** The header CloudFront adds to every request it passes to the API (infra/static-site.ts). */
export const originHeader = 'x-origin-verify';

/** Compares in constant time, so the answer's timing tells nothing about the secret. */
export function isOriginSecret(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// Read once per container; unset, every request is refused (fail closed).
const expectedSecret = process.env.ORIGIN_SECRET;

/**
 * The HTTP API's authorizer: a request passes only with the secret CloudFront adds, so a
 * client that finds the API's own host name cannot skip CloudFront and its web ACL. API
 * Gateway refuses a request without the header before calling this, and caches the answer
 * per header value for five minutes. Staff sign-in is checked by the API itself.
 */
export function handler(
  event: APIGatewayRequestAuthorizerEventV2,
): Promise<APIGatewaySimpleAuthorizerResult> {
  return Promise.resolve({
    isAuthorized: isOriginSecret(event.headers?.[originHeader], expectedSecret),
  });
}
