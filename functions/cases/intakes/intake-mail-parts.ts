/**
 * What the intakes' mails to a parent share: dates written when the mail is made, the
 * greeting by name, how the steunpunt will answer, and one mail made of paragraphs with the
 * reference in bold.
 */
import { escapeHtml } from '../../mail/html.ts';
import type { Locale } from '../../core/locales.ts';
import { htmlDocument } from '../../mail/templates.ts';

/** Stored as ISO instants; shown in Dutch, in Amsterdam time, when the mail is made. */
export const when = (iso: string | undefined, write: (moment: Date) => string) =>
  iso && !Number.isNaN(Date.parse(iso)) ? write(new Date(iso)) : undefined;

export const greeting = (name: string | undefined) =>
  name?.trim() ? `Hallo ${name.trim()},` : 'Hallo,';

export const answerChannel = (contactChannel: string | undefined) =>
  contactChannel === 'email'
    ? 'We sturen je een antwoord per e-mail.'
    : contactChannel === 'whatsapp'
      ? 'We sturen je een bericht via WhatsApp.'
      : 'We bellen je op het nummer dat je gaf.';

/** Paragraphs as plain text and as HTML; a line break inside a paragraph stays one. */
export function paragraphMail(
  subject: string,
  reference: string,
  lines: readonly string[],
  lang: Locale = 'nl',
  /** Dutch words kept in a translation ("tolk"): marked `lang="nl"` in the HTML. */
  dutchTerms: readonly string[] = [],
) {
  const markDutch = (html: string) =>
    dutchTerms.reduce(
      (marked, term) =>
        marked.replaceAll(escapeHtml(term), `<span lang="nl">${escapeHtml(term)}</span>`),
      html,
    );
  return {
    subject,
    text: lines.join('\n\n') + '\n',
    html: htmlDocument(
      subject,
      lines.map((line) =>
        markDutch(escapeHtml(line))
          .replace(escapeHtml(reference), `<strong>${escapeHtml(reference)}</strong>`)
          .replace('\n', '<br>'),
      ),
      lang,
    ),
  };
}
