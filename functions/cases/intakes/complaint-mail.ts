/**
 * The mail that confirms a request for help with a complaint or dispute: its reference,
 * the route in words, the last day to file in words (and that the steunpunt does not file
 * anything itself), and when the steunpunt will answer at the latest. It greets the person
 * by the name they gave, if any.
 */
import { outcomes } from '../../core/route-chooser/outcomes.ts';
import { calendarDay, longDate, longDateTime } from '../../lib/dutch-dates.ts';
import type { Template } from '../../mail/templates.ts';
import { unreadRepliesLines } from '../case-reply-address.ts';
import { answerChannel, greeting, paragraphMail, when } from './intake-mail-parts.ts';

/** The route as the chooser's outcome page calls it; "weet ik niet" in words too. */
export function routeInWords(route: string | undefined): string {
  const outcome = outcomes.find((candidate) => candidate.intakeRoute === route);
  return outcome ? outcome.title : 'Je weet nog niet welke route je kiest. We helpen je kiezen.';
}

/** The last day to file, and whether it has already passed when the mail is made. */
function deadlineLine(filingDeadline: string | undefined, receivedAt: string | undefined) {
  if (!filingDeadline || !/^\d{4}-\d{2}-\d{2}$/.test(filingDeadline)) return undefined;
  const day = longDate(calendarDay(filingDeadline));
  const today = receivedAt ? receivedAt.slice(0, 10) : undefined;
  if (today && filingDeadline < today) {
    return `De termijn om dit in te dienen liep af op ${day}. Een medewerker bekijkt met je wat nog kan.`;
  }
  return `Dien het uiterlijk ${day} in. Het steunpunt dient niets voor je in: dat doe je zelf.`;
}

export const complaintConfirmation: Template = (p) => {
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? 'het steunpunt';
  const received = when(p.receivedAt, longDateTime);
  const dueDate = when(p.dueAt, longDate);
  const contact = answerChannel(p.contactChannel);
  const deadline = deadlineLine(p.filingDeadline, p.receivedAt);
  const subject = `We hebben je vraag om hulp ontvangen (${reference})`;
  const lines = [
    greeting(p.name),
    received
      ? `Bedankt voor je bericht. ${steunpunt} heeft je vraag om hulp bij een klacht of geschil ontvangen op ${received}.`
      : `Bedankt voor je bericht. ${steunpunt} heeft je vraag om hulp bij een klacht of geschil ontvangen.`,
    `Je referentienummer is ${reference}. Noem dit nummer als je contact met ons opneemt.`,
    `Route: ${routeInWords(p.route)}`,
    ...(deadline ? [deadline] : []),
    dueDate
      ? `Een medewerker leest je bericht. Je krijgt uiterlijk op ${dueDate} een reactie. ${contact}`
      : `Een medewerker leest je bericht en neemt contact met je op. ${contact}`,
    'Heb je nog papieren, zoals een brief of een besluit? Stuur ze nog niet mee. Een medewerker vraagt erom als dat nodig is.',
    // A complaint about the steunpunt without its own reply address: nobody reads an answer.
    ...unreadRepliesLines(p),
    'Heb je dit bericht niet gestuurd? Dan kun je deze e-mail negeren.',
    `Met vriendelijke groet,\n${steunpunt}`,
  ];
  return paragraphMail(subject, reference, lines);
};

/**
 * The reminder the person asked for, sent a few days before the last day to file: the
 * reference, the route and the last day in words, and that the steunpunt files nothing.
 */
export const complaintReminder: Template = (p) => {
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? 'het steunpunt';
  const lastDay =
    p.filingDeadline && /^\d{4}-\d{2}-\d{2}$/.test(p.filingDeadline)
      ? longDate(calendarDay(p.filingDeadline))
      : undefined;
  const subject = `Herinnering: de termijn loopt bijna af (${reference})`;
  const lines = [
    greeting(p.name),
    'Je vroeg ons om een herinnering voor de termijn.',
    `Route: ${routeInWords(p.route)}`,
    lastDay
      ? `Dien het uiterlijk ${lastDay} in. Stuur je het per e-mail? Dan moet het die dag binnen zijn.`
      : 'De termijn loopt bijna af.',
    'Het steunpunt dient niets voor je in: dat doe je zelf. Heb je hulp nodig? Neem dan contact met ons op.',
    `Je referentienummer is ${reference}.`,
    ...unreadRepliesLines(p),
    `Met vriendelijke groet,\n${steunpunt}`,
  ];
  return paragraphMail(subject, reference, lines);
};
