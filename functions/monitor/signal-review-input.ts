/**
 * What a coördinator sends to decide on a proposed signal text. Approving makes a new
 * approved signal with the (edited) text, or adds the proposal to an approved signal of
 * the same SWV, month and category; rejecting needs nothing more than its key.
 */
import * as z from 'zod/mini';

/** As long as a medewerker's proposal may be (changes-input.ts). */
export const signalTextMax = 280;

export const approveSignalInput = z
  .object({
    /** A new approved signal: its text, as the coördinator approves it. */
    text: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(signalTextMax, { error: `Gebruik hoogstens ${signalTextMax} tekens` }),
        ),
    ),
    /** Or: the approved signal this proposal is added to (its own text stays). */
    signalId: z.optional(
      z.string().check(z.regex(/^[0-9a-f-]{36}$/, { error: 'Kies een signaal' })),
    ),
    /** Approve although the check found what looks like personal data. */
    confirmed: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (!value.signalId && !value.text) {
        ctx.addIssue({
          code: 'custom',
          message: 'Schrijf de tekst van het signaal',
          path: ['text'],
          input: value.text,
        });
      }
    }),
  );
export const approveSignalFieldOrder = ['text', 'signalId', 'confirmed'] as const;

/** An opaque proposal id in the URL (a UUID): never a case's. */
export const proposalIdPattern = /^[0-9a-f-]{36}$/;
