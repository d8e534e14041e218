/**
 * Mail texts, in Dutch, as plain text and HTML. A mail entry stores only the template
 * name and its parameters; the text is rendered when the mail is sent.
 */
import { formatAmsterdam } from '../lib/amsterdam-time.ts';
import { escapeHtml } from './html.ts';
import type { MimeAttachment } from './mime.ts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** When present, the worker sends raw MIME (functions/mail/mime.ts). */
  attachments?: MimeAttachment[];
}

/** What the worker knows when it renders: the item the mail sits in, and its recipient's. */
export interface MailContext {
  source?: Record<string, unknown>;
  recipient?: Record<string, unknown>;
}

export type Template = (params: Record<string, string>, context?: MailContext) => RenderedMail;

function htmlDocument(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a">
${body}
</body>
</html>`;
}

const questionConfirmation: Template = (p) => {
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? 'het steunpunt';
  // Stored as an ISO instant; shown in Dutch, in Amsterdam time, when the mail is made.
  const when = p.receivedAt ? formatAmsterdam(new Date(p.receivedAt)) : '';
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

/**
 * A medewerker's reply: their own subject and text, under the steunpunt's name and the
 * case's reference (so a reaction finds its case). The text is theirs, so in the HTML
 * part every character of it is escaped; blank lines make paragraphs.
 */
const caseReply: Template = (p) => {
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? 'het steunpunt';
  // A subject is one line: line breaks typed into it would break the mail's header.
  const given = (p.subject ?? '').replace(/\s+/g, ' ').trim() || `Antwoord van ${steunpunt}`;
  const subject = reference && !given.includes(reference) ? `${given} (${reference})` : given;
  const body = (p.body ?? '').replace(/\r\n?/g, '\n').trim();
  const footer = [
    `${steunpunt}`,
    `Referentienummer: ${reference}. Noem dit nummer als je reageert.`,
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
      `<small>${escapeHtml(steunpunt)}<br>Referentienummer: <strong>${escapeHtml(reference)}</strong>. Noem dit nummer als je reageert.</small>`,
    ]),
  };
};

/**
 * The mails of a case. The meeting mails (with their calendar files) live with the
 * meetings (functions/meetings/meeting-templates.ts): only the worker renders those, so the
 * API (which renders a case's mails for a person's export) does not carry the iCalendar library.
 */
export const caseMailTemplates: Record<string, Template> = {
  'question-confirmation': questionConfirmation,
  'case-reply': caseReply,
};

export function renderFrom(
  templates: Readonly<Record<string, Template>>,
  template: string,
  params: Record<string, string>,
  context?: MailContext,
): RenderedMail {
  const render = templates[template];
  if (!render) throw new UnknownTemplateError(template);
  return render(params, context);
}

/** A case's mail, as the person received it. */
export const renderMail = (
  template: string,
  params: Record<string, string>,
  context?: MailContext,
): RenderedMail => renderFrom(caseMailTemplates, template, params, context);

/** Thrown by a template that finds, at send time, that its mail no longer applies. */
export class MailNotApplicableError extends Error {
  override name = 'MailNotApplicable';
}

/** Thrown by a template whose subject is not ready yet: the worker tries again later. */
export class MailNotReadyError extends Error {
  override name = 'MailNotReady';
}

export class UnknownTemplateError extends Error {
  override name = 'UnknownTemplateError';
  constructor(template: string) {
    super(`Unknown mail template: ${template}`);
  }
}
