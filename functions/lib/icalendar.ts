/**
 * A minimal iCalendar (RFC 5545) writer: the few value types our calendar files use, and
 * the content lines they are written in. We write it ourselves because the `ics` package
 * brought its validator (yup and four more packages, 77 KB) into the mail worker for one
 * VEVENT shape; the rules below are all that shape needs.
 */

/**
 * A TEXT value (RFC 5545 3.3.11): backslash first (so the escapes added next stay as they
 * are), then `;`, `,` and every line break as `\n`. Other control characters may not
 * appear in TEXT at all, so they are dropped.
 */
export const icsText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- these are exactly what TEXT may not hold
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');

/**
 * A parameter value such as ORGANIZER's CN, always quoted, so `:`, `;` and `,` in a name
 * are plain text. A quoted value cannot hold `"` or a line break; RFC 6868 writes them
 * (and `^` itself) as `^'`, `^n` and `^^`, which calendar apps read back.
 */
export const icsParam = (value: string): string =>
  '"' +
  value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n')
    // eslint-disable-next-line no-control-regex -- not allowed in a parameter value
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '') +
  '"';

/** A DATE-TIME in UTC (RFC 5545 3.3.5, form 2): `20261208T183000Z`, seconds truncated. */
export const icsUtc = (at: Date | number): string =>
  new Date(at)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

/** An INTEGER (RFC 5545 3.3.8) such as SEQUENCE: a whole number that fits 32 bits. */
export function icsInteger(value: number): string {
  if (!Number.isSafeInteger(value) || Math.abs(value) > 2 ** 31 - 1) {
    throw new Error('icalendar: not an INTEGER');
  }
  return String(value);
}

/**
 * A value that is not TEXT (a UID, a URI, an address) has no escapes: a control character
 * in it would break the file's lines, so it is refused rather than written.
 */
export function icsVerbatim(value: string): string {
  // eslint-disable-next-line no-control-regex -- a line break here would start a new property
  if (/[\x00-\x08\x0a-\x1f\x7f]/.test(value)) throw new Error('icalendar: control character');
  return value;
}

const octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): each further line starts with a space,
 * which counts, and a character's UTF-8 bytes are never split over two lines.
 */
export function foldLine(line: string): string {
  let folded = '';
  let used = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    if (used + size > 75) {
      folded += '\r\n ';
      used = 1;
    }
    folded += char;
    used += size;
  }
  return folded;
}

/** The file: every content line folded and ended by CRLF, the last one too. */
export const icsDocument = (lines: readonly string[]): string =>
  lines.map((line) => foldLine(line) + '\r\n').join('');
