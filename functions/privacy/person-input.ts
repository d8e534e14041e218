import * as z from 'zod/mini';
import { normalisePhone } from '../questions/question-schema.ts';

/** An optional field: empty counts as not given. */
const optional = <T extends z.ZodMiniType<unknown, string>>(
  prepare: (value: string) => string,
  then: T,
) =>
  z.pipe(
    z.pipe(
      z.optional(z.string().check(z.trim())),
      z.transform((value: string | undefined) => (value ? prepare(value) : undefined)),
    ),
    z.optional(then),
  );

/**
 * The body of every person request: the e-mail address or the phone number the person
 * used, or both (then the cases of either are found: one person, two ways of contact).
 */
export const personInput = z
  .object({
    email: optional(
      (value) => value.toLowerCase(),
      z
        .email({ error: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' })
        .check(z.maxLength(254, { error: 'Dit e-mailadres is te lang' })),
    ),
    phone: optional(
      normalisePhone,
      z
        .string()
        .check(
          z.regex(/^(\+|00)?\d{10,15}$/, { error: 'Vul een telefoonnummer in zoals 06 12345678' }),
        ),
    ),
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
