/**
 * The question from the form on the site: a new case (new-case.ts) with its confirmation
 * mail in the same single conditional PutItem, so there is never a question without its
 * mail or a mail without its question.
 */
import type { TableDeps } from '../../core/table-deps.ts';
import type { Tenant } from '../../tenants/swv-profile.ts';
import { mailAbout } from '../case-reply-address.ts';
import { createCase, fingerprintOf, type CreateOutcome } from '../new-case.ts';
import { questionConfirmation } from './question-mail.ts';
import { contactOf, newCaseOf, topicAndGemeenteChecks, type Intake } from './intake.ts';
import { questionFieldOrder, questionInput, type QuestionInput } from './question-schema.ts';

export const questionIntake: Intake<QuestionInput> = {
  kind: 'question',
  schema: questionInput,
  fieldOrder: questionFieldOrder,
  tenantChecks: (deps, tenant, input) =>
    topicAndGemeenteChecks(deps, tenant, input, {
      topic: 'Kies waar je vraag over gaat',
      gemeente: 'Kies je gemeente uit de lijst',
    }),
  mails: {
    'question-confirmation': { render: questionConfirmation, label: 'Ontvangstbevestiging' },
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
