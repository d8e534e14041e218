/**
 * The zod building blocks every schema is made of, written once so that a field reads
 * the same (and says the same when wrong) on every form: the question, a contact, a
 * sign-up, a person request. Written with zod/mini so forms carry only what they use.
 */
import * as z from 'zod/mini';
import { normalisePhone } from './vocabulary.ts';

/** The keys of a label record, typed as zod's enum wants them. */
export const keys = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

/** A trimmed text with further checks. */
export const text = (...checks: Parameters<ReturnType<typeof z.string>['check']>) =>
  z.string({ error: 'Vul dit veld in' }).check(z.trim(), ...checks);

/** A text that must be filled in; `missing` says what to write. */
export const requiredText = (missing: string) =>
  z.string({ error: missing }).check(z.trim(), z.minLength(1, { error: missing }));

/** A text that must be filled in, of at most `max` characters. */
export const boundedText = (max: number, missing: string) =>
  requiredText(missing).check(z.maxLength(max));

/** An optional text field: empty counts as not given. */
export const optionalText = <T extends z.ZodMiniType<unknown, string>>(
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

/** A phone number after `normalisePhone`: digits, with an optional country prefix. */
export const phonePattern = /^(\+|00)?\d{10,15}$/;

/** An e-mail address as every form checks it. */
export const emailAddress = () =>
  z
    .email({ error: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' })
    .check(z.maxLength(254, { error: 'Dit e-mailadres is te lang' }));

/** A phone number as every form checks it (normalise it first). */
export const phoneNumber = () =>
  z.string().check(z.regex(phonePattern, { error: 'Vul een telefoonnummer in zoals 06 12345678' }));

/** An optional e-mail address, stored in lower case. */
export const optionalEmail = () => optionalText((value) => value.toLowerCase(), emailAddress());

/** An optional phone number, stored without the spaces and dashes people type. */
export const optionalPhone = () => optionalText(normalisePhone, phoneNumber());

/** The privacy checkbox of the public forms, saying the same on each. */
export const consentGiven = () =>
  z.literal(true, { error: 'Geef aan dat je de privacyverklaring hebt gelezen' });

/** A form that asks how to reach the person: the channel and the addresses it may need. */
interface ContactChoice {
  contactChannel: string;
  email?: string | undefined;
  phone?: string | undefined;
}

/** The address the chosen channel needs: an e-mail address for e-mail, a number otherwise. */
export const addressForChannel = <T extends ContactChoice>() =>
  z.superRefine<T>((value, ctx) => {
    if (value.contactChannel === 'email' && !value.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'Vul je e-mailadres in, want je wilt contact per e-mail',
      });
    }
    if (value.contactChannel !== 'email' && !value.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'Vul je telefoonnummer in, want je wilt dat we bellen of appen',
      });
    }
  });
