/**
 * A steunpunt's own terms: how soon a first answer is due, how long a closed case and a
 * meeting's attendee list keep their personal data, who handles a complaint about the
 * steunpunt itself, and the smallest count the monitor shows. Cases, meetings and the
 * monitor read them.
 */
import * as z from 'zod/mini';
import { emailAddress } from '../core/fields.ts';

export const complaintsHandlerMessages = {
  choose: 'Kies wie klachten over het steunpunt behandelt, of kies "Niemand"',
  notStaff: 'Kies een medewerker of coördinator van je steunpunt',
} as const;

export const complaintsEmailMessages = {
  shared:
    'Kies een ander adres dan het algemene e-mailadres van het steunpunt. Daar lezen ook de collega’s mee over wie de klacht kan gaan',
} as const;

export const settingsLimits = {
  responseDays: { min: 1, max: 30 },
  retentionMonths: { min: 1, max: 120 },
  meetingRetentionDays: { min: 1, max: 365 },
  /**
   * The smallest count the monitor shows (functions/monitor/protect.ts): never below 5;
   * above 20 the SWV's figures would be mostly hidden.
   */
  monitorThreshold: { min: 5, max: 20 },
} as const;

/** A steunpunt's own terms. */
export const settingsInput = z.object({
  responseDays: z.int({ error: 'Vul een aantal werkdagen in' }).check(
    z.gte(settingsLimits.responseDays.min, {
      error: `Kies minstens ${settingsLimits.responseDays.min} werkdag`,
    }),
    z.lte(settingsLimits.responseDays.max, {
      error: `Kies hoogstens ${settingsLimits.responseDays.max} werkdagen`,
    }),
  ),
  retentionMonths: z.int({ error: 'Vul een aantal maanden in' }).check(
    z.gte(settingsLimits.retentionMonths.min, {
      error: `Kies minstens ${settingsLimits.retentionMonths.min} maand`,
    }),
    z.lte(settingsLimits.retentionMonths.max, {
      error: `Kies hoogstens ${settingsLimits.retentionMonths.max} maanden`,
    }),
  ),
  /** Days after a meeting that its attendees' data stays; left out, it stays as it was. */
  meetingRetentionDays: z.optional(
    z.int({ error: 'Vul een aantal dagen in' }).check(
      z.gte(settingsLimits.meetingRetentionDays.min, {
        error: `Kies minstens ${settingsLimits.meetingRetentionDays.min} dag`,
      }),
      z.lte(settingsLimits.meetingRetentionDays.max, {
        error: `Kies hoogstens ${settingsLimits.meetingRetentionDays.max} dagen`,
      }),
    ),
  ),
  /** The smallest count the monitor shows; left out, it stays as it was. */
  monitorThreshold: z.optional(
    z.int({ error: 'Vul een getal in' }).check(
      z.gte(settingsLimits.monitorThreshold.min, {
        error: `Kies minstens ${settingsLimits.monitorThreshold.min}: kleinere getallen maken iemand te snel herkenbaar`,
      }),
      z.lte(settingsLimits.monitorThreshold.max, {
        error: `Kies hoogstens ${settingsLimits.monitorThreshold.max}`,
      }),
    ),
  ),
  /**
   * The user id of the staff member who handles complaints about the steunpunt itself;
   * null: nobody named (then its coördinatoren do). Left out, it stays as it was. Whether
   * the id is one of the steunpunt's staff is checked by the route (the staff directory).
   */
  complaintsHandler: z.optional(
    z.nullable(
      z
        .string({ error: complaintsHandlerMessages.choose })
        .check(z.regex(/^[A-Za-z0-9_.@:-]{1,128}$/, { error: complaintsHandlerMessages.choose })),
    ),
  ),
  /**
   * Where a parent's answer to a mail about a complaint about the steunpunt goes (the
   * Reply-To; case-reply-address.ts), never the shared mailbox; null: no address (such
   * mails then say that an answer is not read). Left out, it stays as it was.
   */
  complaintsEmail: z.optional(
    z.nullable(
      z.pipe(
        z
          .string({ error: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' })
          .check(z.trim(), z.toLowerCase()),
        emailAddress(),
      ),
    ),
  ),
  version: z.optional(z.number()),
});
export type SettingsInput = z.output<typeof settingsInput>;
export const settingsFieldOrder = [
  'responseDays',
  'retentionMonths',
  'meetingRetentionDays',
  'monitorThreshold',
  'complaintsHandler',
  'complaintsEmail',
  'version',
] as const;

export interface SteunpuntSettings {
  /** The first-answer target, in working days. */
  responseDays: number;
  /** How long a closed case keeps its personal data, in months. */
  retentionMonths: number;
  /** How long after a meeting its attendees' personal data stays, in days. */
  meetingRetentionDays: number;
  /** The smallest count the monitor shows (5 to 20); a smaller one is "minder dan …". */
  monitorThreshold: number;
  /**
   * Who handles a complaint about the steunpunt itself (named by the coördinator); left
   * out while nobody is named: such a complaint then goes to the coördinatoren.
   */
  complaintsHandler?: { userId: string; name: string };
  /**
   * The Reply-To of every mail about a complaint about the steunpunt (its handler's own
   * address, or a separate box); left out: such mails have none.
   */
  complaintsEmail?: string;
  /** 0 while the steunpunt uses the defaults. */
  version: number;
  updatedAt?: string;
}
