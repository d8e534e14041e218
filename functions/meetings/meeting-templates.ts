/**
 * The Oudercafé mails. Their entries sit in the attendee items (meeting-mails.ts): the
 * worker hands the template the meeting as it is when the mail goes out (`context.source`)
 * and the attendee item (`context.recipient`), so a mail always shows the current time and
 * place, and a mail that no longer fits what the meeting says (the person left, the
 * meeting moved or was cancelled) is not sent.
 */
import { longTimeRange } from '../lib/dutch-dates.ts';
import {
  htmlDocument,
  linkedParagraphs,
  MailNotApplicableError,
  MailNotReadyError,
  type MailContext,
  type RenderedMail,
  type Template,
} from '../mail/templates.ts';
import { meetingIcsAttachment, type IcsMeeting, type IcsMethod } from './meeting-ics.ts';
import { endSentence } from '../core/sentence.ts';
import { reminderAt } from './meeting-time.ts';

type MeetingSource = IcsMeeting & {
  cancelReason?: string;
  reminderDays?: number;
  waiting?: string[];
  confirmed?: Record<string, number>;
  left?: Record<string, number>;
};

/** "dinsdag 17 maart 2026, 19.30–21.00 uur": as the site writes it (lib/dutch-dates.ts). */
export const meetingWhen = (startsAt: string, endsAt: string) =>
  longTimeRange(new Date(startsAt), new Date(endsAt));

const where = (m: MeetingSource) =>
  m.locationKind === 'online'
    ? `Online. Je doet mee via deze link: ${m.onlineUrl ?? ''}`
    : (m.location ?? '');

const personsLine = (persons: string | undefined) =>
  persons && persons !== '1' ? `Je komt met ${persons} personen.` : 'Je komt met 1 persoon.';

function meetingOf(context: MailContext | undefined): MeetingSource {
  const source = context?.source as MeetingSource | undefined;
  if (!source?.id) throw new Error('meeting mail without its meeting');
  return source;
}

function greeting(context: MailContext | undefined): string {
  const personal = context?.recipient?.personal as { name?: string } | undefined;
  return personal?.name ? `Hallo ${personal.name},` : 'Hallo,';
}

/**
 * `calendar`: the .ics the mail carries, or false for none (never to the waiting list).
 * `cancelUrl`: the attendee's cancel link, when the mail shows it. Only it and the meeting's
 * online address become links; a name that reads like a URL stays text.
 */
function mail(
  subject: string,
  lines: string[],
  meeting: MeetingSource,
  calendar: IcsMethod | false,
  cancelUrl?: string,
): RenderedMail {
  const all = [...lines, `Met vriendelijke groet,\n${meeting.steunpuntName}`];
  return {
    subject,
    text: all.join('\n\n') + '\n',
    html: htmlDocument(subject, linkedParagraphs(all, [cancelUrl, meeting.onlineUrl])),
    ...(calendar ? { attachments: [meetingIcsAttachment(meeting, calendar)] } : {}),
  };
}

const details = (m: MeetingSource) =>
  [`Wanneer: ${meetingWhen(m.startsAt, m.endsAt)}`, `Waar: ${where(m)}`].join('\n');

const cancelHint = (url: string | undefined) =>
  url
    ? `Kun je toch niet komen? Meld je dan af via deze link:\n${url}\nDan kan iemand anders jouw plek krijgen.`
    : 'Kun je toch niet komen? Meld je dan af via de link in de eerste e-mail die je van ons kreeg. Dan kan iemand anders jouw plek krijgen.';

/** Where the person stands when the mail goes out; a mail for nobody is not sent. */
function standing(m: MeetingSource, attendeeId: string): 'bevestigd' | 'wachtlijst' {
  if (m.confirmed?.[attendeeId] !== undefined) return 'bevestigd';
  if ((m.waiting ?? []).some((entry) => entry.startsWith(`${attendeeId}:`))) return 'wachtlijst';
  throw new MailNotApplicableError(attendeeId);
}

/** A place held now, in a meeting that still goes ahead; else the mail is not sent. */
function heldPersons(m: MeetingSource, attendeeId: string): string {
  const persons = m.confirmed?.[attendeeId];
  if (m.cancelled || persons === undefined) throw new MailNotApplicableError(attendeeId);
  return String(persons);
}

/** The place in the queue as it is when the mail goes out (the item is read then). */
function waitingLine(m: MeetingSource, attendeeId: string | undefined): string {
  const position = (m.waiting ?? []).findIndex((entry) => entry.startsWith(`${attendeeId}:`)) + 1;
  return position > 0
    ? `De bijeenkomst ${m.title} is vol. Je staat op de wachtlijst, op plek ${position}.`
    : `De bijeenkomst ${m.title} is vol. Je staat op de wachtlijst.`;
}

export const meetingTemplates: Record<string, Template> = {
  /**
   * The mail of a sign-up, kept in the attendee item and written with it. What it says
   * follows from the meeting (the truth of places) when it goes out: a place, or a place
   * in the queue. Not placed yet (the meeting write is still on its way): try later.
   */
  'meeting-signup': (p, context) => {
    const m = meetingOf(context);
    const id = p.attendeeId ?? '';
    if (m.cancelled || m.left?.[id] !== undefined) throw new MailNotApplicableError(id);
    if (m.confirmed?.[id] !== undefined) {
      return meetingTemplates['meeting-confirmed']!(p, context);
    }
    if ((m.waiting ?? []).some((entry) => entry.startsWith(`${id}:`))) {
      return meetingTemplates['meeting-waiting']!(p, context);
    }
    throw new MailNotReadyError(id);
  },
  'meeting-confirmed': (p, context) => {
    const m = meetingOf(context);
    return mail(
      `Je bent aangemeld: ${m.title}`,
      [
        greeting(context),
        `Je bent aangemeld voor ${endSentence(m.title)} Er is een plek voor je.`,
        details(m),
        personsLine(p.persons),
        'In de bijlage staat de bijeenkomst. Open de bijlage om hem in je agenda te zetten.',
        cancelHint(p.cancelUrl),
      ],
      m,
      'PUBLISH',
      p.cancelUrl,
    );
  },
  'meeting-waiting': (p, context) => {
    const m = meetingOf(context);
    return mail(
      `Je staat op de wachtlijst: ${m.title}`,
      [
        greeting(context),
        waitingLine(m, p.attendeeId),
        details(m),
        'Komt er een plek vrij? Dan krijg je die plek vanzelf, en krijg je een e-mail van ons.',
        p.cancelUrl
          ? `Wil je niet meer op de wachtlijst staan? Meld je dan af via deze link:\n${p.cancelUrl}`
          : '',
      ].filter(Boolean),
      m,
      false,
      p.cancelUrl,
    );
  },
  'meeting-promoted': (p, context) => {
    const m = meetingOf(context);
    const persons = heldPersons(m, p.attendeeId ?? '');
    return mail(
      `Er is een plek voor je: ${m.title}`,
      [
        greeting(context),
        `Goed nieuws: er is een plek vrijgekomen. Je bent nu aangemeld voor ${endSentence(m.title)}`,
        details(m),
        personsLine(persons),
        'In de bijlage staat de bijeenkomst. Open de bijlage om hem in je agenda te zetten.',
        cancelHint(undefined),
      ],
      m,
      'PUBLISH',
    );
  },
  'meeting-reminder': (p, context) => {
    const m = meetingOf(context);
    const persons = heldPersons(m, p.attendeeId ?? '');
    // Written for another moment: the meeting moved, and a newer reminder stands for it.
    if (p.remindAt && p.remindAt !== reminderAt(m.startsAt, m.reminderDays ?? 0)) {
      throw new MailNotApplicableError(p.attendeeId ?? '');
    }
    return mail(
      `Herinnering: ${m.title}`,
      [
        greeting(context),
        `Binnenkort is de bijeenkomst ${endSentence(m.title)} Je bent aangemeld.`,
        details(m),
        personsLine(persons),
        cancelHint(undefined),
      ],
      m,
      false,
    );
  },
  'meeting-changed': (p, context) => {
    const m = meetingOf(context);
    if (m.cancelled) throw new MailNotApplicableError(p.attendeeId ?? '');
    const confirmed = standing(m, p.attendeeId ?? '') === 'bevestigd';
    return mail(
      `Gewijzigd: ${m.title}`,
      [
        greeting(context),
        `De bijeenkomst ${m.title} is gewijzigd. Dit zijn de nieuwe gegevens:`,
        details(m),
        confirmed
          ? 'Je plek blijft voor je. In de bijlage staat de bijeenkomst met de nieuwe gegevens voor je agenda.'
          : 'Je staat nog op de wachtlijst.',
        cancelHint(undefined),
      ],
      m,
      confirmed && 'PUBLISH',
    );
  },
  'meeting-cancelled': (p, context) => {
    const m = meetingOf(context);
    const status = standing(m, p.attendeeId ?? '');
    return mail(
      `Gaat niet door: ${m.title}`,
      [
        greeting(context),
        `Helaas gaat de bijeenkomst ${m.title} niet door.`,
        `Het ging om: ${meetingWhen(m.startsAt, m.endsAt)}`,
        m.cancelReason ? `De reden: ${m.cancelReason}` : '',
        'Je hoeft niets te doen. Onze excuses voor het ongemak.',
      ].filter(Boolean),
      m,
      status === 'bevestigd' && 'CANCEL',
    );
  },
  /** Someone gave up their place by the link: it leaves their calendar. */
  'meeting-left': (p, context) => {
    const m = meetingOf(context);
    if (m.left?.[p.attendeeId ?? ''] === undefined) throw new MailNotApplicableError('');
    return mail(
      `Je bent afgemeld: ${m.title}`,
      [
        greeting(context),
        `Je bent afgemeld voor ${endSentence(m.title)} Jouw plek is nu vrij voor iemand anders.`,
        `Het ging om: ${meetingWhen(m.startsAt, m.endsAt)}`,
        'In de bijlage staat de afmelding. Open de bijlage om de bijeenkomst uit je agenda te halen.',
        'Wil je toch komen? Meld je dan opnieuw aan op onze website.',
      ],
      m,
      'CANCEL',
    );
  },
};
