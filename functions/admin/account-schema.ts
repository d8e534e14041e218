/**
 * A back-office account and a steunpunt as the beheerder edits them. One schema each,
 * shared by the beheer pages, the API and the OpenAPI document.
 */
import * as z from 'zod/mini';
import { roles, type Role } from '../auth/principal.ts';

export const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

const name = z
  .string({ error: 'Vul de naam in' })
  .check(
    z.trim(),
    z.minLength(2, { error: 'Vul de naam in (minstens 2 tekens)' }),
    z.maxLength(80, { error: 'De naam is te lang. Gebruik hoogstens 80 tekens' }),
  );

const email = z.pipe(
  z.string({ error: 'Vul een e-mailadres in' }).check(z.trim(), z.toLowerCase()),
  z
    .email({ error: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' })
    .check(z.maxLength(254, { error: 'Dit e-mailadres is te lang' })),
);

/** Empty counts as not given (a select left at "kies"). */
const optionalSlug = (message: string) =>
  z.pipe(
    z.pipe(
      z.optional(z.string().check(z.trim())),
      z.transform((value: string | undefined) => value || undefined),
    ),
    z.optional(z.string().check(z.regex(slugPattern, { error: message }))),
  );

const accountFields = {
  name,
  role: z.enum(roles, { error: 'Kies een rol' }),
  steunpunt: optionalSlug('Kies een steunpunt uit de lijst'),
  swv: optionalSlug('Kies een samenwerkingsverband uit de lijst'),
};

/** Staff work for a steunpunt, a swv-lezer reads one SWV, a beheerder belongs to neither. */
const organisationFits = z.superRefine(
  (value: { role: Role; steunpunt?: string | undefined; swv?: string | undefined }, ctx) => {
    const staff = value.role === 'medewerker' || value.role === 'coordinator';
    if (staff && !value.steunpunt) {
      ctx.addIssue({ code: 'custom', path: ['steunpunt'], message: 'Kies het steunpunt' });
    }
    if (value.role === 'swv-lezer' && !value.swv) {
      ctx.addIssue({ code: 'custom', path: ['swv'], message: 'Kies het samenwerkingsverband' });
    }
  },
);

export const accountInput = z.object({ ...accountFields, email }).check(organisationFits);
export type AccountInput = z.output<typeof accountInput>;
export const accountFieldOrder = ['name', 'email', 'role', 'steunpunt', 'swv'] as const;

/** The e-mail address is the sign-in name: it is not changed, a new account is made. */
export const accountUpdate = z.object(accountFields).check(organisationFits);
export type AccountUpdate = z.output<typeof accountUpdate>;
export const accountUpdateFieldOrder = ['name', 'role', 'steunpunt', 'swv'] as const;

export const accountActive = z.object({
  enabled: z.boolean({ error: 'Kies of het account actief is' }),
});

export const steunpuntInput = z.object({
  id: z.string({ error: 'Vul een korte naam voor de webadressen in' }).check(
    z.trim(),
    z.regex(slugPattern, {
      error: 'Gebruik alleen kleine letters, cijfers en streepjes, zoals amstel-en-meer',
    }),
  ),
  name: z
    .string({ error: 'Vul de naam van het steunpunt in' })
    .check(
      z.trim(),
      z.minLength(3, { error: 'Vul de naam van het steunpunt in (minstens 3 tekens)' }),
      z.maxLength(120, { error: 'De naam is te lang. Gebruik hoogstens 120 tekens' }),
    ),
  email: z.pipe(
    z.pipe(
      z.optional(z.string().check(z.trim(), z.toLowerCase())),
      z.transform((value: string | undefined) => value || undefined),
    ),
    z.optional(
      z.email({ error: 'Vul een e-mailadres in zoals info@steunpunt.nl, of laat het leeg' }),
    ),
  ),
});
export type SteunpuntInput = z.output<typeof steunpuntInput>;
export const steunpuntFieldOrder = ['id', 'name', 'email'] as const;

export const tenantMove = z.object({
  steunpunt: z
    .string({ error: 'Kies een steunpunt' })
    .check(z.regex(slugPattern, { error: 'Kies een steunpunt uit de lijst' })),
});
