/**
 * The case: every contact a steunpunt handles (a question from the form, a phone call,
 * later a complaint intake) is one item, in one inbox. This file is the shared contract
 * between storage, API and back-office UI; the zod schemas check the API's input.
 */
import * as z from 'zod/mini';
import type { MailEntry } from '../mail/outbox.ts';

export const caseStatuses = {
  nieuw: 'Nieuw',
  'in-behandeling': 'In behandeling',
  'wacht-op-reactie': 'Wacht op reactie',
  afgerond: 'Afgerond',
} as const;
export type CaseStatus = keyof typeof caseStatuses;

/** How the contact came in (not how the person wants to be contacted). */
export const intakeChannels = {
  formulier: 'Formulier op de website',
  telefoon: 'Telefoon',
  whatsapp: 'WhatsApp',
  inloop: 'Inloopspreekuur',
} as const;
export type IntakeChannel = keyof typeof intakeChannels;

/** Signal categories for the SWV's monitor: about the system, never about a person. */
export const signalCategories = {
  'ondersteuning-school': 'Ondersteuning op school schiet tekort',
  'toegang-speciaal-onderwijs': 'Toegang tot speciaal onderwijs of TLV',
  thuiszitten: 'Thuiszitten of geen passende plek',
  'communicatie-school': 'Communicatie tussen school en ouders',
  'onderwijs-zorg': 'Samenwerking onderwijs en zorg',
  informatie: 'Informatie is onduidelijk of moeilijk te vinden',
  wachttijden: 'Wachttijden',
  anders: 'Iets anders',
} as const;
export type SignalCategory = keyof typeof signalCategories;

export type CaseKind = 'question';

/** The case item's fields beyond the keys (see ARCHITECTURE.md for the keys). */
export interface CaseItem {
  pk: string;
  sk: string;
  kind: CaseKind;
  /** The id in URLs: the part of pk after `#Q#`. */
  caseId: string;
  tenant: string;
  steunpunt: string;
  reference: string;
  createdAt: string;
  channel: IntakeChannel;
  status: CaseStatus;
  /** When the first answer is due (response-time target of the steunpunt, working days). */
  dueAt: string;
  firstResponseAt?: string;
  assignee?: string;
  assigneeName?: string;
  closedAt?: string;
  /** Optimistic concurrency: each change adds one. */
  version: number;
  // What the monitor may count: no person in these.
  role: string;
  topic: string;
  schoolType: string;
  gemeente: string;
  contactChannel: string;
  signal?: { category: SignalCategory; text: string; markedAt: string };
  /** Personal data, removed as one when the retention term ends or the person asks. */
  personal?: { question: string; name?: string; email?: string; phone?: string };
  erasedAt?: string;
  mails?: Record<string, MailEntry>;
}

export type CaseEventType = 'status' | 'assign' | 'note' | 'reply' | 'signal' | 'created';

/** One line in a case's history: item `pk = <case pk>`, `sk = EVENT#<at>#<id>`. */
export interface CaseEvent {
  type: CaseEventType;
  at: string;
  by: string;
  byName: string;
  /** Notes hold free text (personal data): removed with the case's personal data. */
  text?: string;
  details?: Record<string, string>;
}

/** What the inbox lists: no free text, no contact data. */
export interface CaseSummary {
  caseId: string;
  tenant: string;
  reference: string;
  createdAt: string;
  status: CaseStatus;
  topic: string;
  role: string;
  channel: IntakeChannel;
  assignee?: string;
  assigneeName?: string;
  dueAt: string;
  overdue: boolean;
  hasSignal: boolean;
}

export interface CaseDetail extends CaseSummary {
  schoolType: string;
  gemeente: string;
  contactChannel: string;
  firstResponseAt?: string;
  closedAt?: string;
  version: number;
  signal?: CaseItem['signal'];
  personal?: CaseItem['personal'];
  erasedAt?: string;
  mails: { id: string; template: string; status: string; sentAt?: string; subject?: string }[];
  history: CaseEvent[];
}

// Inputs of the back-office write endpoints. Every write also takes an Idempotency-Key.
const text = (max: number, message: string) =>
  z
    .string({ error: message })
    .check(z.trim(), z.minLength(1, { error: message }), z.maxLength(max));

export const assignInput = z.object({
  /** A user id of the same steunpunt, or null to unassign. */
  assignee: z.nullable(z.string()),
  version: z.number(),
});
export const statusInput = z.object({
  status: z.enum(Object.keys(caseStatuses) as [CaseStatus, ...CaseStatus[]], {
    error: 'Kies een status',
  }),
  version: z.number(),
});
export const noteInput = z.object({ text: text(4000, 'Schrijf een notitie') });
export const replyInput = z.object({
  templateId: z.optional(z.string()),
  subject: text(200, 'Vul een onderwerp in'),
  body: text(10_000, 'Schrijf je antwoord'),
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
});
