/**
 * An intake: one way a case comes in (the question form, a contact the back office
 * registers, next a complaint). Each kind is one module in this folder that declares all
 * that makes its cases: the schema the form and the API share, the checks against the
 * tenant the schema cannot make, the case it becomes and the mail that confirms it.
 * Storing is the same for every kind (new-case.ts): one conditional PutItem.
 */
import type * as z from 'zod/mini';
import type { TableHandle } from '../../core/table-deps.ts';
import { otherGemeente } from '../../core/vocabulary.ts';
import type { FieldError } from '../../lib/field-errors.ts';
import type { MailEntry } from '../../mail/outbox.ts';
import type { Tenant } from '../../tenants/swv-profile.ts';
import { topicAllowed } from '../../topics/topic-store.ts';
import type { CaseKind } from '../case.ts';
import type { MadeCase, NewCase } from '../new-case.ts';

/** What an intake turns into a case; kind, prefix and mail come from the declaration. */
export type IntakeCase = Omit<NewCase, 'kind' | 'mails'>;

/**
 * A mail an intake writes, as the case page calls it. How it reads (its template) is in
 * intake-mail-templates.ts, apart: only the mail worker and a person's export render mails,
 * so the functions that take in or list cases do not carry every language's mail texts.
 */
export interface IntakeMail {
  label: string;
}

export interface Intake<Input, Context = undefined> {
  /** The kind of case it makes (case-kinds.ts: the reference prefix and the personal texts). */
  kind: CaseKind;
  schema: z.ZodMiniType<Input>;
  /** The order of the form's fields: error summaries list problems in this order. */
  fieldOrder: readonly string[];
  /** Checks against the tenant the schema cannot make, in the order of the form. */
  tenantChecks: (deps: TableHandle, tenant: Tenant, input: Input) => Promise<FieldError[]>;
  /** The mails it writes, by name; each has its template in intake-mail-templates.ts. */
  mails: Readonly<Record<string, IntakeMail>>;
  /** The mail that confirms the case to the person, or none. */
  confirmationMail: (input: Input, tenant: Tenant, made: MadeCase) => MailEntry | undefined;
  /** Mails due later (a reminder), by their id on the case; sent by the outbox when due. */
  laterMails?: (input: Input, tenant: Tenant, made: MadeCase) => Record<string, MailEntry>;
  toNewCase: (input: Input, context: Context) => IntakeCase;
}

/** The new case an intake makes of a valid input. */
export function newCaseOf<Input, Context>(
  intake: Intake<Input, Context>,
  tenant: Tenant,
  input: Input,
  context: Context,
): NewCase {
  return {
    ...intake.toNewCase(input, context),
    kind: intake.kind,
    mails: (made): Record<string, MailEntry> => {
      const confirmation = intake.confirmationMail(input, tenant, made);
      return {
        ...intake.laterMails?.(input, tenant, made),
        ...(confirmation ? { confirmation } : {}),
      };
    },
  };
}

/**
 * The topic must be one the steunpunt offers and the gemeente one of the SWV's (or
 * "elders"): the checks every intake makes, each with the words of its own form.
 */
export async function topicAndGemeenteChecks(
  deps: TableHandle,
  tenant: Tenant,
  input: { topic: string; gemeente: string },
  messages: { topic: string; gemeente: string },
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (!(await topicAllowed(deps, tenant.steunpunt, input.topic))) {
    errors.push({ field: 'topic', message: messages.topic });
  }
  if (input.gemeente !== otherGemeente && !tenant.gemeenten.includes(input.gemeente)) {
    errors.push({ field: 'gemeente', message: messages.gemeente });
  }
  return errors;
}

/** How to reach the person, as every intake keeps it: only the parts they gave. */
export const contactOf = (input: { name?: string; email?: string; phone?: string }) => ({
  ...(input.name ? { name: input.name } : {}),
  ...(input.email ? { email: input.email } : {}),
  ...(input.phone ? { phone: input.phone } : {}),
});
