import * as z from 'zod/mini';

/** The body of every person request: the e-mail address the person used. */
export const personInput = z.object({
  email: z.pipe(
    z
      .string({ error: 'Vul het e-mailadres van de persoon in' })
      .check(
        z.trim(),
        z.toLowerCase(),
        z.minLength(1, { error: 'Vul het e-mailadres van de persoon in' }),
      ),
    z
      .email({ error: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' })
      .check(z.maxLength(254, { error: 'Dit e-mailadres is te lang' })),
  ),
});

export const personFieldOrder = ['email'] as const;
