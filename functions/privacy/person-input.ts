import * as z from 'zod/mini';
import { optionalEmail, optionalPhone } from '../core/fields.ts';

/**
 * The body of every person request: the e-mail address or the phone number the person
 * used, or both (then the cases of either are found: one person, two ways of contact).
 */
export const personInput = z
  .object({
    email: optionalEmail(),
    phone: optionalPhone(),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (!value.email && !value.phone) {
        ctx.addIssue({
          code: 'custom',
          path: ['email'],
          message: 'Vul het e-mailadres of het telefoonnummer van de persoon in',
        });
      }
    }),
  );

export type PersonInput = z.output<typeof personInput>;

export const personFieldOrder = ['email', 'phone'] as const;
