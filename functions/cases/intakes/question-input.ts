/**
 * The question's schema as a factory over its messages (question-messages.ts): the same
 * checks in every language, so the form and the API agree whatever the language. On its
 * own, without any language's messages, so a form in the browser builds it from the
 * messages its page carries and no page ships every language (question-schema.ts makes the
 * Dutch instance, the API's and the OpenAPI document's).
 */
import * as z from 'zod/mini';
import { fill } from '../../core/field-messages.ts';
import {
  addressForChannel,
  consentGiven,
  keys,
  optionalEmail,
  optionalPhone,
  optionalText,
} from '../../core/fields.ts';
import { formLanguage } from '../../core/form-language.ts';
import type { QuestionMessages } from './question-messages.ts';
import {
  contactChannels,
  questionLimits,
  roles,
  schoolTypes,
  topicKeyPattern,
} from '../../core/vocabulary.ts';

/**
 * The question's schema with its messages in one language (questionMessagesIn): the same
 * checks in every language, so the form and the API agree whatever the language. Only the
 * Dutch instance, `questionInput`, is registered for the OpenAPI document.
 */
export const questionInputIn = (m: QuestionMessages) =>
  z
    .object({
      role: z.enum(keys(roles), { error: m.role }),
      topic: z
        .string({ error: m.topic })
        .check(z.trim(), z.regex(topicKeyPattern, { error: m.topic }))
        .register(z.globalRegistry, {
          description:
            'De sleutel van een onderwerp uit GET /api/swv/{swv}/onderwerpen (landelijk of van het steunpunt)',
          examples: ['ondersteuning'],
        }),
      question: z.string({ error: m.question }).check(
        z.trim(),
        z.minLength(1, { error: m.question }),
        z.minLength(questionLimits.textMin, {
          error: fill(m.questionTooShort, { min: questionLimits.textMin }),
        }),
        z.maxLength(questionLimits.textMax, {
          error: fill(m.questionTooLong, { max: questionLimits.textMax }),
        }),
      ),
      schoolType: z.enum(keys(schoolTypes), { error: m.schoolType }),
      gemeente: z
        .string({ error: m.gemeente })
        .check(
          z.trim(),
          z.minLength(1, { error: m.gemeente }),
          z.maxLength(80, { error: m.gemeenteFromList }),
        ),
      name: optionalText(
        (value) => value,
        z.string({ error: m.required }).check(
          z.trim(),
          z.maxLength(questionLimits.nameMax, {
            error: fill(m.nameTooLong, { max: questionLimits.nameMax }),
          }),
        ),
      ),
      contactChannel: z.enum(keys(contactChannels), { error: m.contactChannel }),
      email: optionalEmail(m),
      phone: optionalPhone(m),
      consent: consentGiven(m),
      /** Whether the parent would like a tolk (interpreter) when the steunpunt calls or meets them. */
      tolk: z.optional(z.boolean({ error: m.required })).register(z.globalRegistry, {
        description: 'De ouder wil graag een tolk bij een gesprek (niet verplicht; standaard nee)',
      }),
      /** The form's language: field errors and the confirmation mail speak it; anything else is Dutch. */
      lang: z.optional(formLanguage).register(z.globalRegistry, {
        description:
          'De taal van het formulier (nl, en, ar, tr, pl, uk); foutmeldingen en de bevestiging komen in die taal. Een onbekende taal telt als nl.',
      }),
    })
    .check(addressForChannel(m));

/** The order fields appear on the form; error summaries list problems in this order. */
export const questionFieldOrder = [
  'role',
  'topic',
  'question',
  'schoolType',
  'gemeente',
  'name',
  'contactChannel',
  'email',
  'phone',
  'tolk',
  'consent',
] as const satisfies readonly (keyof z.input<ReturnType<typeof questionInputIn>>)[];
