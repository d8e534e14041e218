/**
 * Storing a question from the form: a new case (functions/cases/new-case.ts) with its
 * confirmation mail in the same single conditional PutItem, so there is never a
 * question without its mail or a mail without its question.
 */
import { caseKey } from '../cases/case-keys.ts';
import { defaultSettings } from '../cases/case-settings.ts';
import {
  createCase,
  fingerprintOf,
  type CreateOutcome,
  type NewCaseDeps,
} from '../cases/new-case.ts';
import { newMail, type MailEntry } from '../mail/outbox.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import type { QuestionInput } from './question-schema.ts';

export {
  inboxPartition,
  inboxSortKey,
  personPartition,
  referencePartition,
} from '../cases/case-keys.ts';

export type QuestionDeps = NewCaseDeps;
export type SubmitOutcome = CreateOutcome;

/** The key is the client's idempotency key, scoped to the tenant: a retry lands on the same item. */
export const questionKey = caseKey;

/** Default first-answer target, in working days, until a steunpunt sets its own. */
export const defaultResponseDays = defaultSettings.responseDays;

/** Same input after normalisation gives the same fingerprint, whatever the key order. */
export const fingerprint = (input: QuestionInput): string => fingerprintOf(input);

export async function submitQuestion(
  deps: QuestionDeps,
  tenant: Tenant,
  input: QuestionInput,
  idempotencyKey: string,
): Promise<SubmitOutcome> {
  return createCase(
    deps,
    tenant,
    {
      channel: 'formulier',
      role: input.role,
      topic: input.topic,
      schoolType: input.schoolType,
      gemeente: input.gemeente,
      contactChannel: input.contactChannel,
      personal: {
        question: input.question,
        ...(input.name ? { name: input.name } : {}),
        ...(input.email ? { email: input.email } : {}),
        ...(input.phone ? { phone: input.phone } : {}),
      },
      fingerprint: fingerprint(input),
      mails: (reference, now): Record<string, MailEntry> =>
        input.email
          ? {
              confirmation: newMail(
                'question-confirmation',
                input.email,
                {
                  reference,
                  steunpuntName: tenant.steunpuntName,
                  receivedAt: now.toISOString(),
                  contactChannel: input.contactChannel,
                },
                now,
                tenant.steunpuntEmail,
              ),
            }
          : {},
    },
    idempotencyKey,
  );
}
