/**
 * The case: every contact a steunpunt handles (a question from the form, a phone call,
 * later a complaint intake) is one item, in one inbox. This file is the case as storage,
 * API and back-office UI all read it: the item, the inbox summary and the detail.
 */
import type { Locale } from '../core/locales.ts';
import type { MailEntry } from '../mail/outbox.ts';
import type { CaseKind, CasePersonal } from './case-kinds.ts';

export type { CaseKind, CasePersonal };

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

/**
 * A signal a medewerker tagged. A text is a proposal for the SWV's board: it waits for a
 * coördinator's review (four eyes, functions/monitor/signal-review.ts) under an opaque
 * `proposalId` that stays with the case, so the case counts once in an approved signal.
 */
export interface CaseSignal {
  category: SignalCategory;
  text: string;
  markedAt: string;
  proposalId?: string;
  review?: SignalReview;
}
export interface SignalReview {
  state: 'pending' | 'approved' | 'rejected';
  /** The approved signal it went into (functions/monitor/signal-records.ts). */
  signalId?: string;
  at?: string;
  by?: string;
}

/** The case item's fields beyond the keys (see ARCHITECTURE.md for the keys). */
export interface CaseItem {
  pk: string;
  sk: string;
  /** The kind of case (case-kinds.ts); the ways it comes in are in cases/intakes/. */
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
  /**
   * A complaint about the steunpunt itself: who alone may open it (`USER#<id>` or
   * `ROLE#coordinator`, auth/tenant-access.ts). Set at intake, never loosened.
   */
  restrictedTo?: string;
  closedAt?: string;
  /** Optimistic concurrency: each change adds one. */
  version: number;
  // What the monitor may count: no person in these.
  role: string;
  topic: string;
  schoolType: string;
  gemeente: string;
  contactChannel: string;
  /** A complaint's route (the chooser's intakeRoute, or `weet-ik-niet`): counted, no text. */
  route?: string;
  /** A complaint's date of the decision or event, and its last day to file (`2025-06-02`). */
  decisionDate?: string;
  filingDeadline?: string;
  /** A complaint: help wanted with the letter; a reminder mail asked before the deadline. */
  wantsLetterHelp?: boolean;
  reminder?: boolean;
  signal?: CaseSignal;
  /** Personal data, removed as one when the retention term ends or the person asks. */
  personal?: CasePersonal;
  /**
   * The language of the form the person used (issue #14); absent means Dutch. Removed with
   * `personal`: with a small group it could point to a person.
   */
  language?: Locale;
  /** The person would like a tolk (interpreter) when the steunpunt calls or meets them. Removed with `personal`. */
  tolk?: boolean;
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

/** The inbox's flags on a filing deadline (deadline-flag.ts decides them). */
export const deadlineFlags = ['binnenkort', 'verlopen'] as const;
export type DeadlineFlag = (typeof deadlineFlags)[number];

/** What the inbox lists: no free text, no contact data. */
export interface CaseSummary {
  caseId: string;
  tenant: string;
  kind: CaseKind;
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
  /** A complaint's last day to file (ISO day), and its flag today (deadline-flag.ts). */
  filingDeadline?: string;
  deadlineFlag?: DeadlineFlag;
  /** With `binnenkort`: working days after today up to and including the last day. */
  deadlineWorkingDays?: number;
}

/** Where a parent's answer to a mail about a case goes (case-reply-address.ts decides). */
export interface ReplyAddress {
  /** The Reply-To; none: an answer goes to noreply@. */
  replyTo?: string;
  /** The mail must say that an answer to it is not read (a restricted case without address). */
  unread?: true;
}

export interface CaseDetail extends CaseSummary {
  schoolType: string;
  gemeente: string;
  contactChannel: string;
  /** A complaint's own facts (CaseItem). */
  route?: string;
  decisionDate?: string;
  wantsLetterHelp?: boolean;
  reminder?: boolean;
  /**
   * A complaint about the steunpunt: only its person (the viewer), or only the
   * coördinatoren, see it; `holder-left`: its person left the staff directory without
   * handing it on, so the coördinatoren see it (tenant-access.ts, `mayOpenCase`).
   */
  restricted?: 'person' | 'coordinators' | 'holder-left';
  /**
   * A restricted case: where an answer to its next mail goes (case-reply-address.ts), so
   * the reply form can say it. Ordinary cases answer to the steunpunt's address.
   */
  reply?: ReplyAddress;
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
  'contact',
  'template',
  'topic',
  'topics',
  /** A coördinator approved or rejected a signal text: named by SWV only, never the case. */
  'signal-review',
  /** A coördinator saved or published an SWV's half-year report; its reader opened it. */
  'report-saved',
  'report-published',
  'report-read',
] as const;
export type AuditAction = (typeof auditActions)[number];
