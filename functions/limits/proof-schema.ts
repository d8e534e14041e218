/**
 * What the public forms and the API agree on for the form check: the challenge's shape
 * (challenge-schema.ts), the header the answer goes in and the honeypot's name. No code
 * beyond two names, so the form pages carry almost nothing for it.
 */
import type * as z from 'zod/mini';
import type { proofChallenge } from './challenge-schema.ts';

export type ProofChallenge = z.output<typeof proofChallenge>;

/** The header the answer goes in: base64 of `{ algorithm, challenge, number, salt, signature }`. */
export const proofHeader = 'x-proof-of-work';

/** The honeypot's name: a field people never see, that a form-filling script likes to fill. */
export const honeypotField = 'website';
