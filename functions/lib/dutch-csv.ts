/**
 * A CSV that Dutch Excel opens as it should, for every export of the portal: UTF-8 with
 * a BOM (else Excel guesses Windows-1252), `;` between fields (the Dutch list separator,
 * since the comma is the decimal sign), CRLF lines, and a field quoted as RFC 4180 says
 * when it holds `;`, `"` or a line break. A number is written with a decimal comma.
 * A few lines of our own, not csv-stringify (10.7 KB in every function that exports),
 * since these rules are all the portal needs.
 */
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

/** RFC 4180: a field with the separator, a quote or a line break goes between quotes, its quotes doubled. */
const field = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export type CsvCell = string | number;

export function dutchCsv(rows: readonly (readonly CsvCell[])[]): string {
  const lines = rows.map(
    (row) =>
      row
        .map((cell) => field(typeof cell === 'number' ? numberText(cell) : neutralise(cell)))
        .join(';') + '\r\n',
  );
  return '\uFEFF' + lines.join('');
}
