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
import { dutchFieldMessages } from '../../core/field-messages.ts';
import { dutchQuestionMessages } from './question-messages.ts';
import { questionFieldOrder, questionInputIn } from './question-input.ts';

export { questionFieldOrder, questionInputIn };

/** The question in Dutch: the API's declared schema and the OpenAPI document's QuestionInput. */
export const questionInput = questionInputIn({
  ...dutchFieldMessages,
  ...dutchQuestionMessages,
}).register(z.globalRegistry, {
  id: 'QuestionInput',
  description: 'Een vraag aan het ouder- en jeugdsteunpunt',
});

export type QuestionInput = z.output<typeof questionInput>;
/** What a form holds before validation: every field may still be missing or wrong. */
export type QuestionDraft = Partial<Record<keyof z.input<typeof questionInput>, unknown>>;

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
