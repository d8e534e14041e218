/**
 * The personal cancel link's code: `<meetingId>.<attendeeId>.<secret>`, URL-safe. Only
 * a SHA-256 hash of the secret is stored (on the attendee item).
 *
 * The secret is not drawn fresh per request on purpose: it is derived from the client's
 * idempotency key (random, made once per sign-up form, sent only over TLS, never
 * stored). A retry after a crash between the two writes of a sign-up, or two parallel
 * requests with one key, must mail the very code whose hash the first write stored; a
 * server-side random secret would be lost with the crashed request. The derivation is
 * separated from the attendee id's (meeting-keys.ts), so the id reveals nothing of it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { attendeeIdPattern, meetingIdPattern } from './meeting-keys.ts';

export function cancelSecret(meetingId: string, idempotencyKey: string): string {
  return createHash('sha256')
    .update(`cancel-code\n${meetingId}\n${idempotencyKey}`)
    .digest('base64url');
}

export const hashSecret = (secret: string) =>
  createHash('sha256').update(secret).digest('base64url');

export const cancelCode = (meetingId: string, attendeeId: string, secret: string) =>
  `${meetingId}.${attendeeId}.${secret}`;

export interface ParsedCode {
  meetingId: string;
  attendeeId: string;
  secret: string;
}

export function parseCancelCode(code: string): ParsedCode | undefined {
  const parts = code.split('.');
  if (parts.length !== 3) return undefined;
  const [meetingId, attendeeId, secret] = parts as [string, string, string];
  if (!meetingIdPattern.test(meetingId) || !attendeeIdPattern.test(attendeeId)) return undefined;
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
  return { meetingId, attendeeId, secret };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
