/**
 * The question from the form on the site: a new case (new-case.ts) with its confirmation
 * mail in the same single conditional PutItem, so there is never a question without its
 * mail or a mail without its question. The form's language (`lang`) chooses the words of
 * the tenant's checks and of the mail, and is kept on the case with the wish for a tolk.
 */
import { sourceLocale } from '../../core/locales.ts';
import type { TableDeps } from '../../core/table-deps.ts';
import type { Tenant } from '../../tenants/swv-profile.ts';
import { mailAbout } from '../case-reply-address.ts';
import { createCase, fingerprintOf, type CreateOutcome } from '../new-case.ts';
import { contactOf, newCaseOf, topicAndGemeenteChecks, type Intake } from './intake.ts';
import { questionOwnMessages } from './question-messages.ts';
import { questionFieldOrder, questionInput, type QuestionInput } from './question-schema.ts';

export const questionIntake: Intake<QuestionInput> = {
  kind: 'question',
  schema: questionInput,
  fieldOrder: questionFieldOrder,
  tenantChecks: (deps, tenant, input) => {
    const m = questionOwnMessages[input.lang ?? sourceLocale];
    return topicAndGemeenteChecks(deps, tenant, input, {
      topic: m.topic,
      gemeente: m.gemeenteFromList,
    });
  },
  mails: {
    'question-confirmation': { label: 'Ontvangstbevestiging' },
  },
  confirmationMail: (input, tenant, { reference, now, dueAt, reply }) =>
    input.email
      ? mailAbout(
          'question-confirmation',
          input.email,
          {
            reference,
            steunpuntName: tenant.steunpuntName,
            receivedAt: now.toISOString(),
            dueAt: dueAt.toISOString(),
            contactChannel: input.contactChannel,
            // Erased with the mail's other params (privacy/erasure.ts).
            ...(input.name ? { name: input.name } : {}),
            ...(input.lang && input.lang !== sourceLocale ? { lang: input.lang } : {}),
            ...(input.tolk ? { tolk: 'ja' } : {}),
          },
          now,
          reply,
        )
      : undefined,
  toNewCase: (input) => ({
    channel: 'formulier',
    role: input.role,
    topic: input.topic,
    schoolType: input.schoolType,
    gemeente: input.gemeente,
    contactChannel: input.contactChannel,
    personal: {
      question: input.question,
      ...contactOf(input),
    },
    ...(input.lang ? { language: input.lang } : {}),
    ...(input.tolk ? { tolk: true } : {}),
    fingerprint: fingerprintOf(input),
  }),
};

export async function submitQuestion(
  deps: TableDeps,
  tenant: Tenant,
  input: QuestionInput,
  idempotencyKey: string,
): Promise<CreateOutcome> {
  return createCase(
    deps,
    tenant,
    newCaseOf(questionIntake, tenant, input, undefined),
    idempotencyKey,
  );
}
