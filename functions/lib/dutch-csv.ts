/**
 * A CSV that Dutch Excel opens as it should, for every export of the portal: UTF-8 with
 * a BOM (else Excel guesses Windows-1252), `;` between fields (the Dutch list separator,
 * since the comma is the decimal sign), CRLF lines, and a field quoted as RFC 4180 says
 * when it holds `;`, `"` or a line break. A number is written with a decimal comma.
 */
import { stringify } from 'csv-stringify/sync';

/**
 * A text cell that starts with = + - @ (or a tab, return or NUL) would run as a formula
 * when Excel opens the file (CSV injection, OWASP ASVS 1.2.10): it gets a leading
 * apostrophe, which Excel shows as plain text.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r\0]/.test(value) ? `'${value}` : value;
}

/** "12", "-3", "4,5": a number as Dutch Excel reads it; it never runs as a formula. */
const numberText = (value: number) => String(value).replace('.', ',');

export type CsvCell = string | number;

export function dutchCsv(rows: readonly (readonly CsvCell[])[]): string {
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? numberText(cell) : neutralise(cell))),
  );
  return (
    '\uFEFF' +
    stringify(cells, {
      delimiter: ';',
      record_delimiter: 'windows',
      quoted_match: /[;"\r\n]/,
    })
  );
}
