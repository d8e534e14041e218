import { isLocale, type Locale } from '../core/locales.ts';
import { escapeHtml } from '../mail/html.ts';
import { htmlDocument, type Template } from '../mail/templates.ts';
import { unreadRepliesLines } from './case-reply-address.ts';
import { replyMailTexts } from './reply-mail-texts.ts';

/** The mail parameter that names the reply's language: that of the template it came from. */
export const replyLangParam = 'lang';

/** A stored mail's language; anything else (or none) is Dutch. */
const langOf = (params: Record<string, string>): Locale => {
  const lang = params[replyLangParam];
  return lang && isLocale(lang) ? lang : 'nl';
};

/**
 * A medewerker's reply: their own subject and text, under the steunpunt's name and the
 * case's reference (so a reaction finds its case). The text is theirs, so in the HTML
 * part every character of it is escaped; blank lines make paragraphs. Written with a
 * template in the parent's language, the mail's own words and its HTML's `lang`/`dir` are
 * in that language (issue #14).
 */
export const caseReply: Template = (p) => {
  const lang = langOf(p);
  const words = replyMailTexts[lang];
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? words.steunpuntFallback;
  // A subject is one line: line breaks typed into it would break the mail's header.
  const given = (p.subject ?? '').replace(/\s+/g, ' ').trim() || words.answerFrom(steunpunt);
  const subject = reference && !given.includes(reference) ? `${given} (${reference})` : given;
  const body = (p.body ?? '').replace(/\r\n?/g, '\n').trim();
  // A complaint about the steunpunt without its own reply address: nobody reads an answer.
  const unread = unreadRepliesLines(p, lang);
  const mention = unread.length ? words.mentionWhenContacting : words.mentionWhenReplying;
  const footer = [`${steunpunt}`, `${words.referenceLabel}: ${reference}. ${mention}`, ...unread];
  // The steunpunt's name is Dutch, whatever the mail's language.
  const steunpuntHtml =
    lang !== 'nl' && p.steunpuntName
      ? `<span lang="nl">${escapeHtml(steunpunt)}</span>`
      : escapeHtml(steunpunt);
  const paragraphs = body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return {
    subject,
    text: `${body}\n\n--\n${footer.join('\n')}\n`,
    html: htmlDocument(
      subject,
      [
        ...paragraphs.map((paragraph) => escapeHtml(paragraph).replace(/\n/g, '<br>')),
        `<small>${steunpuntHtml}<br>${escapeHtml(words.referenceLabel)}: <strong>${escapeHtml(reference)}</strong>. ${escapeHtml(mention)}</small>`,
        ...unread.map((line) => escapeHtml(line)),
      ],
      lang,
    ),
  };
};
