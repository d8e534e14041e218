/**
 * The mail that confirms a question from the form: its reference, when the steunpunt will
 * answer at the latest, and how. It greets the person by the name they gave, if any.
 */
import { longDate, longDateTime } from '../../lib/dutch-dates.ts';
import type { Template } from '../../mail/templates.ts';
import { answerChannel, greeting, paragraphMail, when } from './intake-mail-parts.ts';

export const questionConfirmation: Template = (p) => {
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? 'het steunpunt';
  const received = when(p.receivedAt, longDateTime);
  const dueDate = when(p.dueAt, longDate);
  const contact = answerChannel(p.contactChannel);
  const subject = `We hebben je vraag ontvangen (${reference})`;
  const lines = [
    greeting(p.name),
    received
      ? `Bedankt voor je vraag. ${steunpunt} heeft je vraag ontvangen op ${received}.`
      : `Bedankt voor je vraag. ${steunpunt} heeft je vraag ontvangen.`,
    `Je referentienummer is ${reference}. Noem dit nummer als je contact met ons opneemt.`,
    dueDate
      ? `Een medewerker leest je vraag. Je krijgt uiterlijk op ${dueDate} een reactie. ${contact}`
      : `Een medewerker leest je vraag en neemt contact met je op. ${contact}`,
    'Heb je deze vraag niet gesteld? Dan kun je deze e-mail negeren.',
    `Met vriendelijke groet,\n${steunpunt}`,
  ];
  return paragraphMail(subject, reference, lines);
};
