/**
 * The question a parent, young person or professional asks. One schema serves the
 * form (client-side checks), the API (the real check) and the OpenAPI document, so
 * the three can never disagree about what is valid or how an error reads.
 * Every message says how to fix the input (GOV.UK error-message style), in the form's
 * language (question-messages.ts; Dutch unless the body's `lang` says otherwise).
 * Written with zod/mini: it tree-shakes, so the Lambda and the form in a parent's
 * phone carry only the checks used here (zod's full build is over 400 KB).
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
import { localeCodes, sourceLocale, type Locale } from '../../core/locales.ts';
import { questionMessagesIn, type QuestionMessages } from './question-messages.ts';
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
      lang: z
        .optional(z.catch(z.enum(localeCodes as [Locale, ...Locale[]]), sourceLocale))
        .register(z.globalRegistry, {
          description:
            'De taal van het formulier (nl, en, ar, tr, pl, uk); foutmeldingen en de bevestiging komen in die taal. Een onbekende taal telt als nl.',
        }),
    })
    .check(addressForChannel(m));

/** The question in Dutch: the API's declared schema and the OpenAPI document's QuestionInput. */
export const questionInput = questionInputIn(questionMessagesIn(sourceLocale)).register(
  z.globalRegistry,
  {
    id: 'QuestionInput',
    description: 'Een vraag aan het ouder- en jeugdsteunpunt',
  },
);

/** The question's schema in each language, made once (a request picks its own). */
const questionInputs = new Map<Locale, ReturnType<typeof questionInputIn>>([
  [sourceLocale, questionInput],
]);

export function questionInputFor(lang: Locale): ReturnType<typeof questionInputIn> {
  let schema = questionInputs.get(lang);
  if (!schema) {
    schema = questionInputIn(questionMessagesIn(lang));
    questionInputs.set(lang, schema);
  }
  return schema;
}

export type QuestionInput = z.output<typeof questionInput>;
/** What a form holds before validation: every field may still be missing or wrong. */
export type QuestionDraft = Partial<Record<keyof z.input<typeof questionInput>, unknown>>;

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
] as const satisfies readonly (keyof z.input<typeof questionInput>)[];

export type QuestionField = (typeof questionFieldOrder)[number];

export const questionCreated = z
  .object({
    reference: z.string().register(z.globalRegistry, { examples: ['V-2026-000123'] }),
    createdAt: z
      .string()
      .register(z.globalRegistry, { description: 'Moment van ontvangst (ISO 8601, UTC)' }),
    dueAt: z.string().register(z.globalRegistry, {
      description: 'Het steunpunt reageert uiterlijk dan (ISO 8601, UTC; werkdagen na ontvangst)',
    }),
  })
  .register(z.globalRegistry, { id: 'QuestionCreated' });
