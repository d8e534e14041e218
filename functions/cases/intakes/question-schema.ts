/**
 * The question a parent, young person or professional asks. One schema serves the
 * form (client-side checks), the API (the real check) and the OpenAPI document, so
 * the three can never disagree about what is valid or how an error reads.
 * Every message is Dutch and says how to fix the input (GOV.UK error-message style).
 * Written with zod/mini: it tree-shakes, so the Lambda and the form in a parent's
 * phone carry only the checks used here (zod's full build is over 400 KB).
 */
import * as z from 'zod/mini';
import {
  addressForChannel,
  consentGiven,
  keys,
  optionalEmail,
  optionalPhone,
  optionalText,
  text,
} from '../../core/fields.ts';
import {
  contactChannels,
  questionLimits,
  roles,
  schoolTypes,
  topicKeyPattern,
} from '../../core/vocabulary.ts';

export const questionInput = z
  .object({
    role: z.enum(keys(roles), { error: 'Kies wie de vraag stelt' }),
    topic: z
      .string({ error: 'Kies waar je vraag over gaat' })
      .check(z.trim(), z.regex(topicKeyPattern, { error: 'Kies waar je vraag over gaat' }))
      .register(z.globalRegistry, {
        description:
          'De sleutel van een onderwerp uit GET /api/swv/{swv}/onderwerpen (landelijk of van het steunpunt)',
        examples: ['ondersteuning'],
      }),
    question: z.string({ error: 'Schrijf je vraag op' }).check(
      z.trim(),
      z.minLength(1, { error: 'Schrijf je vraag op' }),
      z.minLength(questionLimits.textMin, {
        error: `Je vraag is te kort. Schrijf minstens ${questionLimits.textMin} tekens`,
      }),
      z.maxLength(questionLimits.textMax, {
        error: `Je vraag is te lang. Gebruik hoogstens ${questionLimits.textMax} tekens`,
      }),
    ),
    schoolType: z.enum(keys(schoolTypes), { error: 'Kies het soort school' }),
    gemeente: z
      .string({ error: 'Kies je gemeente' })
      .check(
        z.trim(),
        z.minLength(1, { error: 'Kies je gemeente' }),
        z.maxLength(80, { error: 'Kies je gemeente uit de lijst' }),
      ),
    name: optionalText(
      (value) => value,
      text(
        z.maxLength(questionLimits.nameMax, {
          error: `Je naam is te lang. Gebruik hoogstens ${questionLimits.nameMax} tekens`,
        }),
      ),
    ),
    contactChannel: z.enum(keys(contactChannels), {
      error: 'Kies hoe we contact met je opnemen',
    }),
    email: optionalEmail(),
    phone: optionalPhone(),
    consent: consentGiven(),
  })
  .check(addressForChannel())
  .register(z.globalRegistry, {
    id: 'QuestionInput',
    description: 'Een vraag aan het ouder- en jeugdsteunpunt',
  });

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
