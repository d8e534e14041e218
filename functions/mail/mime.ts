/**
 * A raw MIME message for SES's SendRawEmail, used when a mail carries an attachment
 * (SendEmail cannot): multipart/mixed with a multipart/alternative (text and HTML)
 * and the attachments, every part base64 in lines of 76, headers encoded per RFC 2047.
 */
import { randomBytes } from 'node:crypto';

export interface MimeAttachment {
  filename: string;
  /** The full Content-Type, e.g. `text/calendar; charset=utf-8; method=PUBLISH`. */
  contentType: string;
  content: string | Uint8Array;
}

export interface MimeMessage {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  attachments: MimeAttachment[];
  date: Date;
}

const crlf = '\r\n';

function base64Lines(content: string | Uint8Array): string {
  const encoded = Buffer.from(content).toString('base64');
  return encoded.match(/.{1,76}/g)?.join(crlf) ?? '';
}

/** RFC 2047 encoded words, split so no word passes 75 characters and no character is cut. */
export function encodeHeaderText(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  const words: string[] = [];
  let chunk = '';
  for (const char of clean) {
    // 45 bytes of UTF-8 become 60 base64 characters: with "=?UTF-8?B??=" under 75.
    if (Buffer.byteLength(chunk + char) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words
    .map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`)
    .join(`${crlf} `);
}

/** `Name <address>` with the name encoded when it is not plain ASCII. */
export function encodeAddress(value: string): string {
  const match = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  if (!match) return value.trim();
  const [, name, address] = match as unknown as [string, string, string];
  if (!name) return `<${address}>`;
  const plain = /^[\x20-\x7e]*$/.test(name);
  const shown = plain ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodeHeaderText(name);
  return `${shown} <${address}>`;
}

const boundary = (kind: string) => `=_${kind}_${randomBytes(12).toString('hex')}`;

export function buildMime(message: MimeMessage): string {
  const mixed = boundary('mixed');
  const alternative = boundary('alt');
  const headers = [
    `From: ${encodeAddress(message.from)}`,
    `To: ${encodeAddress(message.to)}`,
    ...(message.replyTo ? [`Reply-To: ${encodeAddress(message.replyTo)}`] : []),
    `Subject: ${encodeHeaderText(message.subject)}`,
    `Date: ${message.date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
  ];
  const textPart = (type: string, content: string) =>
    [
      `--${alternative}`,
      `Content-Type: ${type}; charset=utf-8`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(content),
    ].join(crlf);
  const attachmentPart = (attachment: MimeAttachment) => {
    const filename = attachment.filename.replace(/["\\\r\n]/g, '');
    return [
      `--${mixed}`,
      `Content-Type: ${attachment.contentType}; name="${filename}"`,
      `Content-Disposition: attachment; filename="${filename}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(attachment.content),
    ].join(crlf);
  };
  return [
    ...headers,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    textPart('text/plain', message.text),
    textPart('text/html', message.html),
    `--${alternative}--`,
    ...message.attachments.map(attachmentPart),
    `--${mixed}--`,
    '',
  ].join(crlf);
}
