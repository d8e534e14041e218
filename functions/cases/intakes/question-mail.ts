/**
 * The mail that confirms a question from the form: its reference, when the steunpunt will
 * answer at the latest, and how. It greets the person by the name they gave, if any.
 */
import { longDate, longDateTime } from '../../lib/dutch-dates.ts';
import { escapeHtml } from '../../mail/html.ts';
import { htmlDocument, type Template } from '../../mail/templates.ts';

/** Stored as ISO instants; shown in Dutch, in Amsterdam time, when the mail is made. */
const when = (iso: string | undefined, write: (moment: Date) => string) =>
  iso && !Number.isNaN(Date.parse(iso)) ? write(new Date(iso)) : undefined;

export const questionConfirmation: Template = (p) => {
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? 'het steunpunt';
  const name = p.name?.trim();
  const received = when(p.receivedAt, longDateTime);
  const dueDate = when(p.dueAt, longDate);
  const contact =
    p.contactChannel === 'email'
      ? 'We sturen je een antwoord per e-mail.'
      : p.contactChannel === 'whatsapp'
        ? 'We sturen je een bericht via WhatsApp.'
        : 'We bellen je op het nummer dat je gaf.';
  const subject = `We hebben je vraag ontvangen (${reference})`;
  const lines = [
    name ? `Hallo ${name},` : 'Hallo,',
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
  return {
    subject,
    text: lines.join('\n\n') + '\n',
    html: htmlDocument(
      subject,
      lines.map((line) =>
        escapeHtml(line)
          .replace(escapeHtml(reference), `<strong>${escapeHtml(reference)}</strong>`)
          .replace('\n', '<br>'),
      ),
    ),
  };
};
