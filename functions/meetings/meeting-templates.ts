/**
 * The Oudercafé mails. Their entries sit in the attendee items (meeting-mails.ts): the
 * worker hands the template the meeting as it is when the mail goes out (`context.source`)
 * and the attendee item (`context.recipient`), so a mail always shows the current time and
 * place, and a mail that no longer fits what the meeting says (the person left, the
 * meeting moved or was cancelled) is not sent. A mail goes in the language the parent signed
 * up in (the attendee item's `language`, Dutch when absent): its words from
 * meeting-mail-texts.ts, its dates by Intl in that language.
 */
import { fill } from '../core/field-messages.ts';
import { isLocale, type Locale } from '../core/locales.ts';
import { longTimeRange } from '../lib/dutch-dates.ts';
import { longTimeRangeIn } from '../core/locale-dates.ts';
import { escapeHtml } from '../mail/html.ts';
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
import { meetingMailTexts, type MeetingMailTexts } from './meeting-mail-texts.ts';
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

/** A mail's language and its words: the attendee's, Dutch when it has none (older items). */
interface Words {
  lang: Locale;
  t: MeetingMailTexts;
  when: (m: MeetingSource) => string;
}

function wordsOf(context: MailContext | undefined): Words {
  const stored = context?.recipient?.language;
  const lang = typeof stored === 'string' && isLocale(stored) ? stored : 'nl';
  return {
    lang,
    t: meetingMailTexts[lang],
    when: (m) => longTimeRangeIn(lang, new Date(m.startsAt), new Date(m.endsAt)),
  };
}

const where = (w: Words, m: MeetingSource) =>
  m.locationKind === 'online' ? fill(w.t.online, { url: m.onlineUrl ?? '' }) : (m.location ?? '');

const personsLine = (w: Words, persons: string | undefined) =>
  persons && persons !== '1' ? fill(w.t.personsMany, { persons }) : w.t.personsOne;

function meetingOf(context: MailContext | undefined): MeetingSource {
  const source = context?.source as MeetingSource | undefined;
  if (!source?.id) throw new Error('meeting mail without its meeting');
  return source;
}

function greeting(w: Words, context: MailContext | undefined): string {
  const personal = context?.recipient?.personal as { name?: string } | undefined;
  return personal?.name ? fill(w.t.greetingName, { name: personal.name }) : w.t.greeting;
}

/**
 * What staff typed stays Dutch inside a mail in another language: marked `lang="nl"` in
 * the HTML, so a screen reader reads it as Dutch. The texts are escaped as the paragraphs
 * are, so they are found as they stand there.
 */
function markDutch(w: Words, html: string[], m: MeetingSource): string[] {
  if (w.lang === 'nl') return html;
  const dutch = [m.title, m.location, m.cancelReason, m.steunpuntName]
    .filter((text): text is string => !!text && text.trim().length > 0)
    .map((text) => escapeHtml(text).replace(/\n/g, '<br>'))
    // The longer first, so a name inside a title is marked as part of the title.
    .sort((a, b) => b.length - a.length);
  if (dutch.length === 0) return html;
  const pattern = new RegExp(
    dutch.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'g',
  );
  return html.map((line) => line.replace(pattern, (text) => `<span lang="nl">${text}</span>`));
}

/**
 * `calendar`: the .ics the mail carries, or false for none (never to the waiting list).
 * `cancelUrl`: the attendee's cancel link, when the mail shows it. Only it and the meeting's
 * online address become links; a name that reads like a URL stays text.
 */
function mail(
  w: Words,
  subject: string,
  lines: string[],
  meeting: MeetingSource,
  calendar: IcsMethod | false,
  cancelUrl?: string,
): RenderedMail {
  const all = [...lines, `${w.t.regards}\n${meeting.steunpuntName}`];
  const html = markDutch(w, linkedParagraphs(all, [cancelUrl, meeting.onlineUrl]), meeting);
  return {
    subject,
    text: all.join('\n\n') + '\n',
    html: htmlDocument(subject, html, w.lang),
    ...(calendar ? { attachments: [meetingIcsAttachment(meeting, calendar)] } : {}),
  };
}

const details = (w: Words, m: MeetingSource) =>
  [fill(w.t.when, { when: w.when(m) }), fill(w.t.where, { where: where(w, m) })].join('\n');

const cancelHint = (w: Words, url: string | undefined) =>
  url ? fill(w.t.cancelHintLink, { url }) : w.t.cancelHintFirstMail;

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
function waitingLine(w: Words, m: MeetingSource, attendeeId: string | undefined): string {
  const position = (m.waiting ?? []).findIndex((entry) => entry.startsWith(`${attendeeId}:`)) + 1;
  return position > 0
    ? fill(w.t.waitingAt, { title: m.title, position })
    : fill(w.t.waiting, { title: m.title });
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
    const w = wordsOf(context);
    return mail(
      w,
      fill(w.t.confirmedSubject, { title: m.title }),
      [
        greeting(w, context),
        fill(w.t.confirmedLead, { titleSentence: endSentence(m.title) }),
        details(w, m),
        personsLine(w, p.persons),
        w.t.calendarAttached,
        cancelHint(w, p.cancelUrl),
      ],
      m,
      'PUBLISH',
      p.cancelUrl,
    );
  },
  'meeting-waiting': (p, context) => {
    const m = meetingOf(context);
    const w = wordsOf(context);
    return mail(
      w,
      fill(w.t.waitingSubject, { title: m.title }),
      [
        greeting(w, context),
        waitingLine(w, m, p.attendeeId),
        details(w, m),
        w.t.waitingMoveUp,
        p.cancelUrl ? fill(w.t.waitingCancel, { url: p.cancelUrl }) : '',
      ].filter(Boolean),
      m,
      false,
      p.cancelUrl,
    );
  },
  'meeting-promoted': (p, context) => {
    const m = meetingOf(context);
    const w = wordsOf(context);
    const persons = heldPersons(m, p.attendeeId ?? '');
    return mail(
      w,
      fill(w.t.promotedSubject, { title: m.title }),
      [
        greeting(w, context),
        fill(w.t.promotedLead, { titleSentence: endSentence(m.title) }),
        details(w, m),
        personsLine(w, persons),
        w.t.calendarAttached,
        cancelHint(w, undefined),
      ],
      m,
      'PUBLISH',
    );
  },
  'meeting-reminder': (p, context) => {
    const m = meetingOf(context);
    const w = wordsOf(context);
    const persons = heldPersons(m, p.attendeeId ?? '');
    // Written for another moment: the meeting moved, and a newer reminder stands for it.
    if (p.remindAt && p.remindAt !== reminderAt(m.startsAt, m.reminderDays ?? 0)) {
      throw new MailNotApplicableError(p.attendeeId ?? '');
    }
    return mail(
      w,
      fill(w.t.reminderSubject, { title: m.title }),
      [
        greeting(w, context),
        fill(w.t.reminderLead, { titleSentence: endSentence(m.title) }),
        details(w, m),
        personsLine(w, persons),
        cancelHint(w, undefined),
      ],
      m,
      false,
    );
  },
  'meeting-changed': (p, context) => {
    const m = meetingOf(context);
    const w = wordsOf(context);
    if (m.cancelled) throw new MailNotApplicableError(p.attendeeId ?? '');
    const confirmed = standing(m, p.attendeeId ?? '') === 'bevestigd';
    return mail(
      w,
      fill(w.t.changedSubject, { title: m.title }),
      [
        greeting(w, context),
        fill(w.t.changedLead, { title: m.title }),
        details(w, m),
        confirmed ? w.t.changedPlace : w.t.changedWaiting,
        cancelHint(w, undefined),
      ],
      m,
      confirmed && 'PUBLISH',
    );
  },
  'meeting-cancelled': (p, context) => {
    const m = meetingOf(context);
    const w = wordsOf(context);
    const status = standing(m, p.attendeeId ?? '');
    return mail(
      w,
      fill(w.t.cancelledSubject, { title: m.title }),
      [
        greeting(w, context),
        fill(w.t.cancelledLead, { title: m.title }),
        fill(w.t.wasAt, { when: w.when(m) }),
        m.cancelReason ? fill(w.t.reason, { reason: m.cancelReason }) : '',
        w.t.nothingToDo,
      ].filter(Boolean),
      m,
      status === 'bevestigd' && 'CANCEL',
    );
  },
  /** Someone gave up their place by the link: it leaves their calendar. */
  'meeting-left': (p, context) => {
    const m = meetingOf(context);
    const w = wordsOf(context);
    if (m.left?.[p.attendeeId ?? ''] === undefined) throw new MailNotApplicableError('');
    return mail(
      w,
      fill(w.t.leftSubject, { title: m.title }),
      [
        greeting(w, context),
        fill(w.t.leftLead, { titleSentence: endSentence(m.title) }),
        fill(w.t.wasAt, { when: w.when(m) }),
        w.t.leftCalendar,
        w.t.leftAgain,
      ],
      m,
      'CANCEL',
    );
  },
};
