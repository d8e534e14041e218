/**
 * The inputs of the back-office case changes (assign, status, topic, note, reply, signal).
 * Every write also takes an Idempotency-Key.
 */
import * as z from 'zod/mini';
import { boundedText } from '../core/fields.ts';
import { topicKeyPattern } from '../core/vocabulary.ts';
import { unfinishedTemplateMessage } from './templates-input.ts';
import { caseStatuses, signalCategories, type CaseStatus, type SignalCategory } from './case.ts';

/** A case status, as a change or a new contact sets it. */
export const statusField = z.enum(Object.keys(caseStatuses) as [CaseStatus, ...CaseStatus[]], {
  error: 'Kies een status',
});
export const assignInput = z.object({
  /** A user id of the same steunpunt, or null to unassign. */
  assignee: z.nullable(z.string()),
  version: z.number(),
});
export const statusInput = z.object({ status: statusField, version: z.number() });
/** Reclassify a case: one of the steunpunt's topics (checked against them by the domain). */
export const topicInput = z.object({
  topic: z
    .string({ error: 'Kies een onderwerp' })
    .check(z.trim(), z.regex(topicKeyPattern, { error: 'Kies een onderwerp' })),
  version: z.number(),
});
export const noteInput = z.object({ text: boundedText(4000, 'Schrijf een notitie') });
/** A reply's text, written out: no instruction or unknown placeholder of a template left. */
const replyText = (max: number, missing: string) =>
  boundedText(max, missing).check(
    z.superRefine((value, ctx) => {
      const message = unfinishedTemplateMessage(value);
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    }),
  );
export const replyInput = z.object({
  templateId: z.optional(z.string()),
  subject: replyText(200, 'Vul een onderwerp in'),
  body: replyText(10_000, 'Schrijf je antwoord'),
  /** The status after the reply; `wacht-op-reactie` when left out. */
  status: z.optional(statusField),
  /** When given, the reply is refused (409) if the case changed since this version. */
  version: z.optional(z.number()),
});
export const signalInput = z.object({
  hasSignal: z.boolean(),
  category: z.optional(
    z.enum(Object.keys(signalCategories) as [SignalCategory, ...SignalCategory[]], {
      error: 'Kies een categorie',
    }),
  ),
  /** Short and anonymous: no names of people, schools or places. */
  text: z.optional(z.string().check(z.trim(), z.maxLength(280, { error: 'Hoogstens 280 tekens' }))),
  version: z.optional(z.number()),
});
