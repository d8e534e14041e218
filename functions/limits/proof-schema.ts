/**
 * The proof-of-work challenge as the API answers it (ALTCHA's challenge object), for the
 * OpenAPI document and the form kit in the browser.
 */
import * as z from 'zod/mini';

export const proofChallenge = z.object({
  algorithm: z.literal('SHA-256'),
  /** SHA-256 of `salt` followed by the secret number, in hex. */
  challenge: z.string(),
  /** The secret number is between 0 and this. */
  maxnumber: z.number(),
  /** Random, with `?expires=<unix seconds>`. */
  salt: z.string(),
  signature: z.string(),
});

export type ProofChallenge = z.output<typeof proofChallenge>;

/** The header the answer goes in: base64 of `{ algorithm, challenge, number, salt, signature }`. */
export const proofHeader = 'x-proof-of-work';

/** The honeypot's name: a field people never see, that a form-filling script likes to fill. */
export const honeypotField = 'website';
