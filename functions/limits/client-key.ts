/**
 * Who a request comes from, as a key a limit can count by: the source address, hashed
 * with the deployment's secret (HMAC), so the table and the logs never hold an address
 * (AVG) and a leaked table cannot be turned back into addresses by trying them all.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Context } from 'hono';

/**
 * The address the request came from, or undefined where there is no network (a test's
 * `app.request`):
 * - the local server (`@hono/node-server`): the socket's address; there is no proxy in
 *   front of it, so a header would be the client's own claim;
 * - in AWS: `CloudFront-Viewer-Address` (`<ip>:<port>`), which CloudFront sets itself and
 *   a viewer cannot forge. Not the first hop of `X-Forwarded-For`: CloudFront appends the
 *   viewer to whatever the viewer sent there, so the first hop is the client's own claim.
 *   The origin request policy of `/api/*` must forward it (infra);
 * - else the Lambda event's source address (API Gateway's peer).
 */
export function clientAddress(c: Context): string | undefined {
  const env: unknown = c.env;
  const socket = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming?.socket;
  if (socket) return socket.remoteAddress;
  const viewer = c.req.header('cloudfront-viewer-address');
  if (viewer) return viewerIp(viewer);
  return (env as { requestContext?: { http?: { sourceIp?: string } } } | undefined)?.requestContext
    ?.http?.sourceIp;
}

/**
 * What a limit counts as one client: an IPv4 address, or the /64 network of an IPv6 one,
 * since one household or phone gets a whole /64 and can take a new address in it at will.
 */
export function clientOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** `203.0.113.7:4433` → `203.0.113.7`; `2001:db8::1:4433` → `2001:db8::1` (the port is last). */
function viewerIp(value: string): string {
  const at = value.lastIndexOf(':');
  return at > 0 ? value.slice(0, at) : value;
}

/** Makes keys from what a person sends, never keeping what they sent. */
export interface KeyMaker {
  (purpose: string, value: string): string;
}

/**
 * The secret keys and proofs are made with. Every container of a deployment must share it
 * (a limit counted under two secrets is two limits, and a proof signed by one container
 * must pass in another): `LIMIT_SECRET` from the stack. Without one, a secret made once
 * per process serves, which is right for the local portal (one process) and the tests.
 */
export const limitSecretOr = (secret: string | undefined) => secret ?? processSecret;
const processSecret = randomBytes(32).toString('hex');

/** Keys under one secret: an HMAC, so the same person gives the same key in every container. */
export function keyMaker(secret: string): KeyMaker {
  return (purpose, value) =>
    createHmac('sha256', `key\n${secret}`)
      .update(`${purpose}\n${value}`)
      .digest('base64url')
      .slice(0, 32);
}
