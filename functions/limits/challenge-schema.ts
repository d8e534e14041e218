/**
 * The proof-of-work challenge as the API answers it (ALTCHA's challenge object), for the
 * OpenAPI document. The browser takes only its type (proof-schema.ts), so no schema
 * code lands in the form pages.
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
