/**
 * The public forms' proof-of-work, in ALTCHA's format (v1: SHA-256 of salt and a secret
 * number, the challenge signed with HMAC): the API hands out a signed challenge with an
 * expiry; the browser finds the number without anyone noticing (a fraction of a second);
 * the API checks the answer and marks the challenge used with one conditional write, so
 * an answer counts once. It costs a person nothing and a flood a CPU second per message;
 * no third party, no picture, nothing to see or hear.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { TableDeps } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import type { ProofChallenge } from './proof-schema.ts';

/** What the API hands out (ALTCHA's challenge object). */
export type Challenge = ProofChallenge;

/** What the browser sends back, as base64 of this JSON (ALTCHA's payload). */
export interface Solution {
  algorithm: string;
  challenge: string;
  number: number;
  salt: string;
  signature: string;
}

export interface ProofSettings {
  /** Signs challenges; shared by every container of a deployment (LIMIT_SECRET). */
  secret: string;
  /** The highest secret number: the browser tries half of them on average. */
  maxNumber: number;
  /** How long a challenge may be answered. */
  validForMs: number;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
const sign = (secret: string, challenge: string) =>
  createHmac('sha256', `proof\n${secret}`).update(challenge).digest('hex');

/** A new challenge; `number` only for a test that needs the answer without searching. */
export function issueChallenge(
  settings: ProofSettings,
  now: Date,
  number = randomNumber(settings.maxNumber),
): Challenge {
  const expires = Math.floor((now.getTime() + settings.validForMs) / 1000);
  const salt = `${randomBytes(12).toString('hex')}?expires=${expires}`;
  const challenge = sha256Hex(`${salt}${number}`);
  return {
    algorithm: 'SHA-256',
    challenge,
    maxnumber: settings.maxNumber,
    salt,
    signature: sign(settings.secret, challenge),
  };
}

function randomNumber(max: number): number {
  return randomBytes(4).readUInt32BE() % (max + 1);
}

/** The answer's number, found the way a browser finds it (for tests and the benchmark). */
export function solve(challenge: Pick<Challenge, 'challenge' | 'salt' | 'maxnumber'>) {
  for (let number = 0; number <= challenge.maxnumber; number++) {
    if (sha256Hex(`${challenge.salt}${number}`) === challenge.challenge) return number;
  }
  return undefined;
}

/** The header value a browser sends: base64 of the solution's JSON. */
export const encodeSolution = (solution: Solution) =>
  Buffer.from(JSON.stringify(solution)).toString('base64');

export type ProofVerdict = 'ok' | 'missing' | 'invalid' | 'expired' | 'used';

/** A proof whose signature, hash and expiry are right: its challenge is still to be marked. */
export interface CheckedProof {
  challenge: string;
  /** Unix seconds. */
  expires: number;
}

/**
 * Checks a payload without the table (signature, hash, expiry): the proof to mark, or why
 * not. Decided before anything is written, so a wrong proof costs no write.
 */
export function checkProof(
  settings: ProofSettings,
  payload: string | undefined,
  now: Date,
): CheckedProof | Exclude<ProofVerdict, 'ok' | 'used'> {
  if (!payload) return 'missing';
  const solution = parseSolution(payload);
  if (!solution) return 'invalid';
  const expected = sign(settings.secret, solution.challenge);
  if (
    solution.algorithm !== 'SHA-256' ||
    !sameText(expected, solution.signature) ||
    sha256Hex(`${solution.salt}${solution.number}`) !== solution.challenge
  ) {
    return 'invalid';
  }
  const expires = Number(new URLSearchParams(solution.salt.split('?')[1] ?? '').get('expires'));
  if (!Number.isFinite(expires) || expires * 1000 <= now.getTime()) return 'expired';
  return { challenge: solution.challenge, expires };
}

function parseSolution(payload: string): Solution | undefined {
  if (payload.length > 2048) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const s = value as Record<string, unknown>;
    const texts = ['algorithm', 'challenge', 'salt', 'signature'] as const;
    if (!texts.every((name) => typeof s[name] === 'string')) return undefined;
    if (typeof s.number !== 'number' || !Number.isSafeInteger(s.number)) return undefined;
    return s as unknown as Solution;
  } catch {
    return undefined;
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Marks a checked proof used: one item per answered challenge, until it would have expired
 * anyway. False when it was used before.
 */
export async function markProofUsed(
  deps: TableDeps,
  { challenge, expires }: CheckedProof,
): Promise<boolean> {
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: { pk: `PROOF#${challenge}`, sk: 'USED', expiresAt: expires + 3600 },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
