import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  foldLine,
  icsDocument,
  icsInteger,
  icsParam,
  icsText,
  icsUtc,
  icsVerbatim,
} from './icalendar.ts';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** A one-event file around the given VEVENT lines, read back by ical.js. */
function parsedEvent(...eventLines: string[]) {
  const file = icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:test',
    'BEGIN:VEVENT',
    'UID:x@test',
    'DTSTAMP:20260101T000000Z',
    ...eventLines,
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  return new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!;
}

describe('icsText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(icsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    // A backslash right before a comma stays two characters, not an escape of the comma.
    expect(icsText('\\,')).toBe('\\\\\\,');
  });

  it('drops control characters TEXT may not hold, and keeps tabs and emoji', () => {
    expect(icsText('a\u0000b\u0007c\u007fd\te 😊')).toBe('abcd\te 😊');
  });

  it('reads back as written in a real parser', () => {
    const text = 'Passend onderwijs, OPP; C:\\map\\2026\nTweede regel\r\nDerde 👨‍👩‍👧 \\n letterlijk';
    const event = parsedEvent(`DESCRIPTION:${icsText(text)}`);
    expect(event.getFirstPropertyValue('description')).toBe(text.replace('\r\n', '\n'));
  });
});

describe('icsParam', () => {
  it('quotes the value, so : ; , are plain text', () => {
    expect(icsParam('Steunpunt: Amstel, Meer; regio')).toBe('"Steunpunt: Amstel, Meer; regio"');
  });

  it('writes " ^ and line breaks as RFC 6868 says, which a parser reads back', () => {
    const name = 'Steunpunt "De Brug" ^ Meer,\nregio';
    expect(icsParam(name)).toBe('"Steunpunt ^\'De Brug^\' ^^ Meer,^nregio"');
    const event = parsedEvent(`ORGANIZER;CN=${icsParam(name)}:mailto:info@test.example`);
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe(name);
  });
});

describe('icsUtc', () => {
  it('writes a UTC DATE-TIME without milliseconds', () => {
    expect(icsUtc(Date.parse('2026-03-07T08:05:09.999Z'))).toBe('20260307T080509Z');
    expect(icsUtc(new Date('2026-12-31T23:00:00+01:00'))).toBe('20261231T220000Z');
  });

  it('refuses a time that is not one', () => {
    expect(() => icsUtc(Number.NaN)).toThrow(RangeError);
  });
});

describe('icsInteger and icsVerbatim', () => {
  it('write a SEQUENCE only when it is a 32-bit whole number', () => {
    expect(icsInteger(0)).toBe('0');
    expect(icsInteger(2 ** 31 - 1)).toBe('2147483647');
    for (const bad of [1.5, Number.NaN, 2 ** 31, Number.POSITIVE_INFINITY]) {
      expect(() => icsInteger(bad)).toThrow('not an INTEGER');
    }
  });

  it('refuse a line break in a value that has no escapes', () => {
    expect(icsVerbatim('https://meet.example/a?b=c;d,e')).toBe('https://meet.example/a?b=c;d,e');
    expect(() => icsVerbatim('x@test\r\nATTENDEE:mailto:a@b')).toThrow('control character');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and folds the 76th octet onto a new line', () => {
    const exact = 'X'.repeat(75);
    expect(foldLine(exact)).toBe(exact);
    expect(foldLine(exact + 'Y')).toBe(`${exact}\r\n Y`);
  });

  it('counts octets, not characters, and never splits a character', () => {
    // 74 ASCII octets + "é" (2 octets) is 76: the é moves to the next line whole.
    expect(foldLine('a'.repeat(74) + 'é')).toBe(`${'a'.repeat(74)}\r\n é`);
    // 73 + an emoji of 4 octets: the emoji moves, and a lone surrogate never appears.
    expect(foldLine('a'.repeat(73) + '😊b')).toBe(`${'a'.repeat(73)}\r\n 😊b`);
  });

  it('keeps every line within 75 octets, the leading space included, and unfolds back', () => {
    const mixed = 'DESCRIPTION:' + 'Oudercafé 👨‍👩‍👧‍👦 “passend” onderwijs – ééntje\\, '.repeat(20);
    const folded = foldLine(mixed);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(15);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(lines.slice(0, -1).some((line) => octets(line) === 75)).toBe(true);
    expect(unfold(folded)).toBe(mixed);
    expect(folded).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('icsDocument', () => {
  it('ends every line, the last one too, with CRLF and no bare LF', () => {
    const file = icsDocument(['BEGIN:VCALENDAR', `X-LONG:${'z'.repeat(200)}`, 'END:VCALENDAR']);
    expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(file).not.toMatch(/[^\r]\n/);
    expect(file.split('\r\n')).toHaveLength(1 + 3 + 1 + 1);
  });
});
