import { escapeHtml } from '../mail/html.ts';
import { htmlDocument, type Template } from '../mail/templates.ts';
import { unreadRepliesLines } from './case-reply-address.ts';

/**
 * A medewerker's reply: their own subject and text, under the steunpunt's name and the
 * case's reference (so a reaction finds its case). The text is theirs, so in the HTML
 * part every character of it is escaped; blank lines make paragraphs.
 */
export const caseReply: Template = (p) => {
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? 'het steunpunt';
  // A subject is one line: line breaks typed into it would break the mail's header.
  const given = (p.subject ?? '').replace(/\s+/g, ' ').trim() || `Antwoord van ${steunpunt}`;
  const subject = reference && !given.includes(reference) ? `${given} (${reference})` : given;
  const body = (p.body ?? '').replace(/\r\n?/g, '\n').trim();
  // A complaint about the steunpunt without its own reply address: nobody reads an answer.
  const unread = unreadRepliesLines(p);
  const footer = [
    `${steunpunt}`,
    `Referentienummer: ${reference}. Noem dit nummer als je ${unread.length ? 'contact opneemt' : 'reageert'}.`,
    ...unread,
  ];
  const paragraphs = body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return {
    subject,
    text: `${body}\n\n--\n${footer.join('\n')}\n`,
    html: htmlDocument(subject, [
      ...paragraphs.map((paragraph) => escapeHtml(paragraph).replace(/\n/g, '<br>')),
      `<small>${escapeHtml(steunpunt)}<br>Referentienummer: <strong>${escapeHtml(reference)}</strong>. Noem dit nummer als je ${unread.length ? 'contact opneemt' : 'reageert'}.</small>`,
      ...unread.map((line) => escapeHtml(line)),
    ]),
  };
};
