/**
 * How a mail text is made: a template renders Dutch plain text and HTML from the
 * parameters a mail entry stores; the text is rendered when the mail is sent. The
 * templates live with their capability (cases/case-mails.ts, meetings/meeting-templates.ts)
 * and reach the worker through its composition root.
 */
import { locales, type Locale } from '../core/locales.ts';
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

/** A mail's HTML part: its paragraphs, already escaped, in one plain page in its language. */
export function htmlDocument(title: string, paragraphs: string[], lang: Locale = 'nl'): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}" dir="${locales[lang].dir}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a">
${body}
</body>
</html>`;
}

/**
 * A mail's lines as HTML paragraphs: every character escaped, line breaks kept, and only the
 * portal's own URLs named here (a cancel link, a meeting's online address, a report link)
 * made into links. Nothing else becomes a link, however much it looks like a URL: a name
 * typed into a form (`https://evil.example/inloggen`) stays text, so a mail sent in the
 * steunpunt's name never carries a stranger's link. Only http(s) URLs qualify.
 */
export function linkedParagraphs(
  lines: readonly string[],
  ownUrls: readonly (string | undefined)[],
): string[] {
  const urls = [...new Set(ownUrls)]
    .filter((url): url is string => !!url && /^https?:$/.test(URL.parse(url)?.protocol ?? ''))
    // The longer first, so a URL that starts another is matched whole.
    .sort((a, b) => b.length - a.length);
  return lines.map((line) => {
    let html = '';
    let rest = line;
    for (;;) {
      const next = urls
        .map((url) => ({ url, at: rest.indexOf(url) }))
        .filter((found) => found.at >= 0)
        .sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      const href = escapeHtml(next.url);
      html += `${escapeHtml(rest.slice(0, next.at))}<a href="${href}">${href}</a>`;
      rest = rest.slice(next.at + next.url.length);
    }
    return (html + escapeHtml(rest)).replace(/\n/g, '<br>');
  });
}

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
