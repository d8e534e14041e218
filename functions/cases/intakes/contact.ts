/**
 * A contact by phone, WhatsApp or at the walk-in hour, registered by a medewerker as a
 * new case: the same item as a question from the form (new-case.ts), with a reference
 * from the same counter, taken by the medewerker who registered it. No confirmation
 * mail: the person spoke with the steunpunt already.
 */
import type { Tenant } from '../../tenants/swv-profile.ts';
import type { Staff } from '../../auth/tenant-access.ts';
import type { CaseDeps } from '../case-deps.ts';
import { readSettings } from '../case-settings.ts';
import { createCase, fingerprintOf, type CreateOutcome } from '../new-case.ts';
import { contactFieldOrder, contactInput, type ContactInput } from './contact-schema.ts';
import { contactOf, newCaseOf, topicAndGemeenteChecks, type Intake } from './intake.ts';

/** How the person can be reached again, as the form records it. */
function contactChannelOf(input: ContactInput): string {
  if (input.channel === 'whatsapp') return 'whatsapp';
  if (input.channel === 'telefoon') return 'telefoon';
  if (input.email) return 'email';
  return input.phone ? 'telefoon' : 'geen';
}

/** Who registers the contact, and the steunpunt's term should it start closed. */
interface Registration {
  staff: Staff;
  retentionMonths: number;
}

export const contactIntake: Intake<ContactInput, Registration> = {
  kind: 'question',
  schema: contactInput,
  fieldOrder: contactFieldOrder,
  tenantChecks: (deps, tenant, input) =>
    topicAndGemeenteChecks(deps, tenant, input, {
      topic: 'Kies waar de vraag over gaat',
      gemeente: 'Kies de gemeente uit de lijst',
    }),
  mails: {},
  confirmationMail: () => undefined,
  toNewCase: (input, { staff, retentionMonths }) => ({
    channel: input.channel,
    role: input.role,
    topic: input.topic,
    schoolType: input.schoolType,
    gemeente: input.gemeente,
    contactChannel: contactChannelOf(input),
    personal: {
      question: input.summary,
      ...contactOf(input),
    },
    ...(input.language ? { language: input.language } : {}),
    ...(input.tolk === undefined ? {} : { tolk: input.tolk }),
    status: input.status ?? 'in-behandeling',
    createdBy: { userId: staff.userId, name: staff.name },
    fingerprint: fingerprintOf(input),
    retentionMonths,
  }),
};

export async function registerContact(
  deps: CaseDeps,
  staff: Staff,
  tenant: Tenant,
  input: ContactInput,
  idempotencyKey: string,
): Promise<CreateOutcome> {
  const settings = await readSettings(deps, staff.steunpunt);
  return createCase(
    deps,
    { ...tenant, responseDays: settings.responseDays },
    newCaseOf(contactIntake, tenant, input, { staff, retentionMonths: settings.retentionMonths }),
    idempotencyKey,
  );
}
