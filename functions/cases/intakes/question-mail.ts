/** The mail that confirms a question from the form: its reference and how we will answer. */
import { longDateTime } from '../../lib/dutch-dates.ts';
import { escapeHtml } from '../../mail/html.ts';
import { htmlDocument, type Template } from '../../mail/templates.ts';

export const questionConfirmation: Template = (p) => {
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? 'het steunpunt';
  // Stored as an ISO instant; shown in Dutch, in Amsterdam time, when the mail is made.
  const when = p.receivedAt ? longDateTime(new Date(p.receivedAt)) : '';
  const contact =
    p.contactChannel === 'email'
      ? 'We sturen je een antwoord per e-mail.'
      : p.contactChannel === 'whatsapp'
        ? 'We sturen je een bericht via WhatsApp.'
        : 'We bellen je op het nummer dat je gaf.';
  const subject = `We hebben je vraag ontvangen (${reference})`;
  const lines = [
    'Hallo,',
    `Bedankt voor je vraag. ${steunpunt} heeft je vraag ontvangen op ${when}.`,
    `Je referentienummer is ${reference}. Noem dit nummer als je contact met ons opneemt.`,
    `Een medewerker leest je vraag en neemt contact met je op. ${contact}`,
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
