/**
 * The sign-up for a meeting and the cancel code, as factories over a language's messages
 * (issue #14): the API checks a body with the factory of the body's `lang`, and a sign-up
 * page builds the same schema from the one catalog it carries. This module holds no
 * catalog itself, so a page that imports it ships only its own language's words; the
 * Dutch instances, registered for the OpenAPI document, are in meeting-schema.ts.
 * Form fields arrive as strings and the API gets numbers: number fields take both.
 */
import * as z from 'zod/mini';
import type { FieldMessages } from '../core/field-messages.ts';
import { fill } from '../core/field-messages.ts';
import { formLanguage } from '../core/form-language.ts';
import {
  consentGiven,
  emailAddress,
  optionalPhone,
  optionalText,
  requiredText,
} from '../core/fields.ts';
import { meetingLimits } from './meeting-limits.ts';
import type { SignUpMessages } from './meeting-messages.ts';

export const maxPersons = 4;

/** A whole number typed in a form (a string) or sent as JSON (a number). */
export const wholeNumber = (
  missing: string,
  min: number,
  max: number,
  outOfRange: string,
  notWhole = 'Vul een heel getal in',
) =>
  z.pipe(
    z.pipe(
      z.union([z.number(), z.string().check(z.trim())], { error: missing }),
      z.transform((value: number | string) =>
        typeof value === 'number' ? value : value === '' ? Number.NaN : Number(value),
      ),
    ),
    z
      .number({ error: missing })
      .check(
        z.int({ error: notWhole }),
        z.minimum(min, { error: outOfRange }),
        z.maximum(max, { error: outOfRange }),
      ),
  );

/** The sign-up in one language: `m` its own messages, `f` the shared fields' ones. */
export const signUpInputIn = (m: SignUpMessages, f: FieldMessages) =>
  z.object({
    name: requiredText(m.nameMissing).check(
      z.maxLength(meetingLimits.nameMax, {
        error: fill(m.nameTooLong, { max: meetingLimits.nameMax }),
      }),
    ),
    email: z.pipe(requiredText(m.emailMissing).check(z.toLowerCase()), emailAddress(f)),
    phone: optionalPhone(f),
    persons: wholeNumber(
      m.personsMissing,
      1,
      maxPersons,
      fill(m.personsRange, { max: maxPersons }),
      m.wholeNumber,
    ),
    needs: optionalText(
      (value) => value,
      z.string().check(
        z.maxLength(meetingLimits.needsMax, {
          error: fill(m.needsTooLong, { max: meetingLimits.needsMax }),
        }),
      ),
    ),
    consent: consentGiven(f),
    /** The form's language: its mails go in it, and its cancel link leads to its page. */
    lang: formLanguage,
  });

export const signUpFieldOrder = [
  'name',
  'email',
  'phone',
  'persons',
  'needs',
  'consent',
] as const satisfies readonly (keyof z.input<ReturnType<typeof signUpInputIn>>)[];

export type SignUpField = (typeof signUpFieldOrder)[number];

export const cancelCodeInputIn = (m: Pick<SignUpMessages, 'cancelCode'>) =>
  z.object({
    code: z
      .string({ error: m.cancelCode })
      .check(z.regex(/^[A-Za-z0-9._-]{20,200}$/, { error: m.cancelCode })),
    lang: formLanguage,
  });
