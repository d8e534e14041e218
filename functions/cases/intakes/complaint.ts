/**
 * A request for help with a complaint or dispute ("Hulp bij een klacht of geschil"), from
 * the intake the route chooser's outcome pages link to. The same single conditional
 * PutItem as a question (new-case.ts), with its own kind and reference series (`K-`), the
 * route, the date of the decision or event and the last day to file on the case. The first-
 * answer target never lies after that last day (response-target.ts).
 */
import { TZDate } from '@date-fns/tz';
import type { TableDeps } from '../../core/table-deps.ts';
import { timeZone } from '../../lib/amsterdam-time.ts';
import { shift } from '../../lib/dutch-holidays.ts';
import { filingDeadline, isoDay, parseIsoDay } from '../../core/filing-deadlines.ts';
import { outcomes } from '../../core/route-chooser/outcomes.ts';
import type { MailEntry } from '../../mail/outbox.ts';
import type { Tenant } from '../../tenants/swv-profile.ts';
import { createCase, fingerprintOf, type CreateOutcome } from '../new-case.ts';
import { aboutSteunpuntRoute } from '../case-restriction.ts';
import { mailAbout } from '../case-reply-address.ts';
import { complaintFieldOrder, complaintInput, type ComplaintInput } from './complaint-schema.ts';
import { contactOf, newCaseOf, type Intake } from './intake.ts';

/** The reminder goes out this many days before the last day to file, at 10.00 Amsterdam. */
export const reminderDaysBefore = 7;
const reminderHour = 10;

/**
 * When the reminder is due: `reminderDaysBefore` calendar days before the last day, at
 * 10.00 in Amsterdam. None when that moment has passed when the case comes in (the
 * confirmation already names the last day).
 */
export function reminderDue(filingDeadline: string, now: Date): Date | undefined {
  const lastDay = parseIsoDay(filingDeadline);
  if (!lastDay) return undefined;
  const day = shift(lastDay, -reminderDaysBefore);
  const due = new Date(
    new TZDate(day.year, day.month - 1, day.day, reminderHour, 0, 0, 0, timeZone).getTime(),
  );
  return due > now ? due : undefined;
}

/** The national topic a complaint counts under in the monitor (with its route beside it). */
export const complaintTopic = 'klacht-geschil';

/**
 * The last day to file (ISO day) for the route and the date the parent gave: only when
 * the route has a term (bezwaar, GPO, LKC) and the date is known.
 */
export function filingDeadlineOf(input: Pick<ComplaintInput, 'route' | 'decisionDate'>) {
  const term = outcomes.find((outcome) => outcome.intakeRoute === input.route)?.deadline;
  const from = input.decisionDate ? parseIsoDay(input.decisionDate) : undefined;
  return term && from ? isoDay(filingDeadline(term, from).lastDay) : undefined;
}

export const complaintIntake: Intake<ComplaintInput> = {
  kind: 'complaint',
  schema: complaintInput,
  fieldOrder: complaintFieldOrder,
  // Nothing to check against the tenant: the routes are national and no topic or gemeente
  // is asked (the schema checks the rest).
  tenantChecks: () => Promise.resolve([]),
  mails: {
    'complaint-confirmation': { label: 'Ontvangstbevestiging' },
    'complaint-reminder': { label: 'Herinnering termijn' },
  },
  confirmationMail: (input, tenant, { reference, now, dueAt, reply }) => {
    if (!input.email) return undefined;
    const deadline = filingDeadlineOf(input);
    return mailAbout(
      'complaint-confirmation',
      input.email,
      {
        reference,
        steunpuntName: tenant.steunpuntName,
        receivedAt: now.toISOString(),
        dueAt: dueAt.toISOString(),
        contactChannel: input.contactChannel,
        route: input.route,
        ...(deadline ? { filingDeadline: deadline } : {}),
        // Erased with the mail's other params (privacy/erasure.ts).
        ...(input.name ? { name: input.name } : {}),
      },
      now,
      reply,
    );
  },
  laterMails: (input, tenant, { reference, now, reply }): Record<string, MailEntry> => {
    const deadline = filingDeadlineOf(input);
    const due = input.reminder && deadline ? reminderDue(deadline, now) : undefined;
    if (!input.email || !deadline || !due) return {};
    return {
      reminder: mailAbout(
        'complaint-reminder',
        input.email,
        {
          reference,
          steunpuntName: tenant.steunpuntName,
          route: input.route,
          filingDeadline: deadline,
          ...(input.name ? { name: input.name } : {}),
        },
        due,
        reply,
      ),
    };
  },
  toNewCase: (input) => {
    const deadline = filingDeadlineOf(input);
    return {
      channel: 'formulier',
      role: input.role,
      topic: complaintTopic,
      // Not asked on this form: the monitor counts them as unknown.
      schoolType: 'onbekend',
      gemeente: 'onbekend',
      contactChannel: input.contactChannel,
      route: input.route,
      ...(input.decisionDate ? { decisionDate: input.decisionDate } : {}),
      ...(deadline ? { filingDeadline: deadline } : {}),
      wantsLetterHelp: input.wantsLetterHelp,
      reminder: input.reminder,
      // Hidden from everyone but the person the steunpunt named (case-restriction.ts).
      ...(input.route === aboutSteunpuntRoute ? { aboutSteunpunt: true } : {}),
      personal: {
        about: input.about,
        whatHappened: input.whatHappened,
        outcomeWanted: input.outcomeWanted,
        ...(input.spokenWith ? { spokenWith: input.spokenWith } : {}),
        ...(input.childName ? { childName: input.childName } : {}),
        ...contactOf(input),
      },
      fingerprint: fingerprintOf(input),
    };
  },
};

export async function submitComplaint(
  deps: TableDeps,
  tenant: Tenant,
  input: ComplaintInput,
  idempotencyKey: string,
): Promise<CreateOutcome> {
  return createCase(
    deps,
    tenant,
    newCaseOf(complaintIntake, tenant, input, undefined),
    idempotencyKey,
  );
}
