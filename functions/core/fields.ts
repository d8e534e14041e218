/**
 * The zod building blocks every schema is made of, written once so that a field reads
 * the same (and says the same when wrong) on every form: the question, a contact, a
 * sign-up, a person request. Written with zod/mini so forms carry only what they use.
 */
import * as z from 'zod/mini';
import type { FieldError } from '../lib/field-errors.ts';
import { dutchFieldMessages, type FieldMessages } from './field-messages.ts';
import { normalisePhone } from './vocabulary.ts';

/** The messages a factory uses when a form passes none: Dutch, the language that counts. */
const dutch = dutchFieldMessages;

/** The keys of a label record, typed as zod's enum wants them. */
export const keys = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

/** A trimmed text with further checks. */
export const text = (...checks: Parameters<ReturnType<typeof z.string>['check']>) =>
  z.string({ error: dutch.required }).check(z.trim(), ...checks);

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
export const emailAddress = (m: FieldMessages = dutch) =>
  z.email({ error: m.email }).check(z.maxLength(254, { error: m.emailTooLong }));

/** A phone number as every form checks it (normalise it first). */
export const phoneNumber = (m: FieldMessages = dutch) =>
  z.string().check(z.regex(phonePattern, { error: m.phone }));

/** An optional e-mail address, stored in lower case. */
export const optionalEmail = (m: FieldMessages = dutch) =>
  optionalText((value) => value.toLowerCase(), emailAddress(m));

/** An optional phone number, stored without the spaces and dashes people type. */
export const optionalPhone = (m: FieldMessages = dutch) =>
  optionalText(normalisePhone, phoneNumber(m));

/** The privacy checkbox of the public forms, saying the same on each. */
export const consentGiven = (m: FieldMessages = dutch) => z.literal(true, { error: m.consent });

/**
 * A check across fields, declared once: the schema runs it as a refine (crossFieldCheck),
 * and a form of several pages runs the same rule on the page that asks the fields it reads
 * (form-pages-core.ts), so its message stands at the field where it is answered and not
 * only on the check page. Its value is the schema's output (an empty optional text is
 * undefined); an issue names the field where the person fixes it.
 */
export interface CrossFieldRule<T> {
  /** Every field the rule reads: a page runs it once each of them is answered and valid. */
  reads: readonly (keyof T & string)[];
  issues(value: T): FieldError[];
}

/** The schema's side of cross-field rules: each issue at its field, with the rule's message. */
export const crossFieldCheck = <T>(rules: readonly CrossFieldRule<T>[]) =>
  z.superRefine<T>((value, ctx) => {
    for (const rule of rules) {
      for (const { field, message } of rule.issues(value)) {
        ctx.addIssue({ code: 'custom', path: [field], message });
      }
    }
  });

/** A form that asks how to reach the person: the channel and the addresses it may need. */
// A type, not an interface, so that a rule over it is also a rule over any record of fields.
type ContactChoice = {
  contactChannel: string;
  email?: string | undefined;
  phone?: string | undefined;
};

/** The address the chosen channel needs: an e-mail address for e-mail, a number otherwise. */
export const channelNeedsAddressIn = (m: FieldMessages): CrossFieldRule<ContactChoice> => ({
  reads: ['contactChannel', 'email', 'phone'],
  issues(value) {
    if (value.contactChannel === 'email') {
      return value.email ? [] : [{ field: 'email', message: m.emailForChannel }];
    }
    return value.phone ? [] : [{ field: 'phone', message: m.phoneForChannel }];
  },
});

/** channelNeedsAddressIn, in Dutch. */
export const channelNeedsAddress = channelNeedsAddressIn(dutch);

/** channelNeedsAddress as a schema's refine (the one-page forms run it whole). */
export const addressForChannel = <T extends ContactChoice>(m: FieldMessages = dutch) =>
  crossFieldCheck<T>([channelNeedsAddressIn(m)]);
