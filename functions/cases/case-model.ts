/**
 * The case: every contact a steunpunt handles (a question from the form, a phone call,
 * later a complaint intake) is one item, in one inbox. This file is the shared contract
 * between storage, API and back-office UI; the zod schemas check the API's input.
 */
import * as z from 'zod/mini';
import type { MailEntry } from '../mail/outbox.ts';
import {
  normalisePhone,
  questionLimits,
  roles,
  schoolTypes,
  topicKeyPattern,
} from '../questions/question-schema.ts';

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
  /** Who registered a contact by phone, WhatsApp or walk-in (absent for the form). */
  createdBy?: string;
  createdByName?: string;
  /**
   * The history of changes to this item (assign, status, reply, signal, topic), keyed by the
   * request's idempotency key and written in the same update as the change itself: a
   * change never lacks its history line, and a retry finds its key and changes nothing.
   * No free text in here (a reply's text lives in its mail, a note in its own item).
   */
  changes?: Record<string, CaseEvent>;
}

export type CaseEventType = 'status' | 'assign' | 'note' | 'reply' | 'signal' | 'topic' | 'created';

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
  mails: CaseMailSummary[];
  history: CaseEvent[];
}

/** A mail of the case as the back office shows it: never the address it went to. */
export interface CaseMailSummary {
  id: string;
  template: string;
  status: string;
  sentAt?: string;
  subject?: string;
  /** The text of a reply (personal data: gone once the case is erased). */
  body?: string;
}

// Inputs of the back-office write endpoints. Every write also takes an Idempotency-Key.
const text = (max: number, message: string) =>
  z
    .string({ error: message })
    .check(z.trim(), z.minLength(1, { error: message }), z.maxLength(max));

const statusEnum = z.enum(Object.keys(caseStatuses) as [CaseStatus, ...CaseStatus[]], {
  error: 'Kies een status',
});

export const assignInput = z.object({
  /** A user id of the same steunpunt, or null to unassign. */
  assignee: z.nullable(z.string()),
  version: z.number(),
});
export const statusInput = z.object({ status: statusEnum, version: z.number() });
/** Reclassify a case: one of the steunpunt's topics (checked against them by the domain). */
export const topicInput = z.object({
  topic: z
    .string({ error: 'Kies een onderwerp' })
    .check(z.trim(), z.regex(topicKeyPattern, { error: 'Kies een onderwerp' })),
  version: z.number(),
});
export const noteInput = z.object({ text: text(4000, 'Schrijf een notitie') });
export const replyInput = z.object({
  templateId: z.optional(z.string()),
  subject: text(200, 'Vul een onderwerp in'),
  body: text(10_000, 'Schrijf je antwoord'),
  /** The status after the reply; `wacht-op-reactie` when left out. */
  status: z.optional(statusEnum),
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

const keys = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

/** An optional text field: empty counts as not given. */
const optionalText = <T extends z.ZodMiniType<unknown, string>>(
  prepare: (value: string) => string,
  then: T,
) =>
  z.pipe(
    z.pipe(
      z.optional(z.string().check(z.trim())),
      z.transform((value: string | undefined) => (value ? prepare(value) : undefined)),
    ),
    z.optional(then),
  );

/** The channels a medewerker registers a contact from; the form registers itself. */
export const contactIntakeChannels = ['telefoon', 'whatsapp', 'inloop'] as const;
export type ContactIntakeChannel = (typeof contactIntakeChannels)[number];

/** A contact by phone, WhatsApp or walk-in, registered as a new case by a medewerker. */
export const contactInput = z.object({
  swv: z
    .string({ error: 'Kies het samenwerkingsverband' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Kies het samenwerkingsverband' }),
      z.maxLength(64, { error: 'Kies het samenwerkingsverband uit de lijst' }),
    ),
  channel: z.enum(contactIntakeChannels, { error: 'Kies hoe het contact binnenkwam' }),
  role: z.enum(keys(roles), { error: 'Kies wie contact opnam' }),
  // A national or an own topic key; whether it is one of the steunpunt's is checked by the route.
  topic: z
    .string({ error: 'Kies waar de vraag over gaat' })
    .check(z.trim(), z.regex(topicKeyPattern, { error: 'Kies waar de vraag over gaat' })),
  schoolType: z.enum(keys(schoolTypes), { error: 'Kies het soort school' }),
  gemeente: z
    .string({ error: 'Kies de gemeente' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Kies de gemeente' }),
      z.maxLength(80, { error: 'Kies de gemeente uit de lijst' }),
    ),
  summary: text(questionLimits.textMax, 'Schrijf kort op waar het contact over ging'),
  name: optionalText(
    (value) => value,
    z.string().check(
      z.maxLength(questionLimits.nameMax, {
        error: `De naam is te lang. Gebruik hoogstens ${questionLimits.nameMax} tekens`,
      }),
    ),
  ),
  email: optionalText(
    (value) => value.toLowerCase(),
    z
      .email({ error: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' })
      .check(z.maxLength(254, { error: 'Dit e-mailadres is te lang' })),
  ),
  phone: optionalText(
    normalisePhone,
    z
      .string()
      .check(
        z.regex(/^(\+|00)?\d{10,15}$/, { error: 'Vul een telefoonnummer in zoals 06 12345678' }),
      ),
  ),
  /** The status the case starts in; `in-behandeling` when left out. */
  status: z.optional(statusEnum),
});
export type ContactInput = z.output<typeof contactInput>;
export const contactFieldOrder = [
  'swv',
  'channel',
  'role',
  'topic',
  'schoolType',
  'gemeente',
  'summary',
  'name',
  'email',
  'phone',
  'status',
] as const;

/** The placeholders a reply template may hold, filled in per case when replying. */
export const templatePlaceholders = {
  naam: 'De naam van wie de vraag stelde',
  referentie: 'Het referentienummer',
  steunpunt: 'De naam van het steunpunt',
  medewerker: 'Jouw naam',
} as const;
export type TemplatePlaceholder = keyof typeof templatePlaceholders;

const placeholderList = Object.keys(templatePlaceholders)
  .map((name) => `{${name}}`)
  .join(', ');
const knownPlaceholders = (value: string) =>
  [...value.matchAll(/\{([^{}\s]{1,40})\}/g)].every(([, name]) => name! in templatePlaceholders);
const templateText = (max: number, message: string) =>
  text(max, message).check(
    z.refine(knownPlaceholders, {
      error: `Gebruik alleen deze invulplekken: ${placeholderList}`,
    }),
  );

/** A reply template of a steunpunt, kept by the coördinator. */
export const templateInput = z.object({
  name: text(80, 'Geef het sjabloon een naam'),
  subject: templateText(200, 'Vul een onderwerp in'),
  body: templateText(10_000, 'Schrijf de tekst van het sjabloon'),
  /** Required when changing an existing template. */
  version: z.optional(z.number()),
});
export type TemplateInput = z.output<typeof templateInput>;
export const templateFieldOrder = ['name', 'subject', 'body', 'version'] as const;

export interface ReplyTemplate {
  id: string;
  name: string;
  subject: string;
  body: string;
  version: number;
  updatedAt: string;
}

export const settingsLimits = {
  responseDays: { min: 1, max: 30 },
  retentionMonths: { min: 1, max: 120 },
  meetingRetentionDays: { min: 1, max: 365 },
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
  version: z.optional(z.number()),
});
export type SettingsInput = z.output<typeof settingsInput>;
export const settingsFieldOrder = [
  'responseDays',
  'retentionMonths',
  'meetingRetentionDays',
  'version',
] as const;

export interface SteunpuntSettings {
  /** The first-answer target, in working days. */
  responseDays: number;
  /** How long a closed case keeps its personal data, in months. */
  retentionMonths: number;
  /** How long after a meeting its attendees' personal data stays, in days. */
  meetingRetentionDays: number;
  /** 0 while the steunpunt uses the defaults. */
  version: number;
  updatedAt?: string;
}

/** What the audit log records: who did what to which case. Never free text or contact data. */
export const auditActions = [
  'viewed',
  'assigned',
  'status',
  'note',
  'reply',
  'signal',
  'created',
  'settings',
  'template',
  'topic',
  'topics',
] as const;
export type AuditAction = (typeof auditActions)[number];
