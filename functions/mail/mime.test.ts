import { describe, expect, it } from 'vitest';
import { buildMime, encodeAddress, encodeHeaderText } from './mime.ts';

const decodeWords = (value: string) =>
  value
    .split(/\r\n /)
    .map((word) => /^=\?UTF-8\?B\?(.*)\?=$/.exec(word)?.[1] ?? '')
    .map((b64) => Buffer.from(b64, 'base64').toString('utf8'))
    .join('');

describe('raw MIME for SendRawEmail', () => {
  it('encodes a non-ASCII subject in RFC 2047 words of at most 75 characters', () => {
    const subject = 'Je bent aangemeld: Oudercafé over de overstap naar het vo — één avond';
    const encoded = encodeHeaderText(subject);
    for (const word of encoded.split('\r\n ')) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(encoded)).toBe(subject);
    expect(encodeHeaderText('Plain subject')).toBe('Plain subject');
    expect(encodeHeaderText('Two\r\nlines')).toBe('Two lines');
  });

  it('quotes or encodes display names', () => {
    expect(encodeAddress('Steunpunt <a@b.nl>')).toBe('"Steunpunt" <a@b.nl>');
    expect(encodeAddress('a@b.nl')).toBe('a@b.nl');
    expect(encodeAddress('Zoë <z@b.nl>')).toMatch(/^=\?UTF-8\?B\?.+\?= <z@b\.nl>$/);
  });

  it('nests text and HTML in an alternative part beside the attachment, all base64', () => {
    const raw = buildMime({
      from: 'Steunpunt <noreply@example.nl>',
      to: 'ouder@example.nl',
      replyTo: 'steunpunt@example.nl',
      subject: 'Één test',
      text: 'Hallo',
      html: '<p>Hallo</p>',
      attachments: [
        {
          filename: 'bijeenkomst.ics',
          contentType: 'text/calendar; charset=utf-8',
          content: 'BEGIN:VCALENDAR',
        },
      ],
      date: new Date('2026-11-24T10:00:00Z'),
    });
    expect(raw).toContain('Content-Type: multipart/mixed; boundary=');
    expect(raw).toContain('Content-Type: multipart/alternative; boundary=');
    expect(raw).toContain('Content-Disposition: attachment; filename="bijeenkomst.ics"');
    expect(raw).toContain(Buffer.from('BEGIN:VCALENDAR').toString('base64'));
    expect(raw).toContain('Date: Tue, 24 Nov 2026 10:00:00 +0000');
    expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
  });
});
