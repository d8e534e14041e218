import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dutchCsv, neutralise } from './dutch-csv.ts';

describe('dutchCsv', () => {
  it('starts with the UTF-8 BOM and writes ; between fields and CRLF after each line', () => {
    const csv = dutchCsv([
      ['Periode', 'Aantal'],
      ['mei 2026', 12],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('Periode;Aantal\r\nmei 2026;12\r\n');
  });

  it('writes a number with a decimal comma and keeps letters like ë and é', () => {
    expect(dutchCsv([[4.5, 'Oudercafé', 'Bijeenkomst België']]).slice(1)).toBe(
      '4,5;Oudercafé;Bijeenkomst België\r\n',
    );
  });

  it('quotes as RFC 4180 a field with ; or " or a line break, doubling the quote', () => {
    const csv = dutchCsv([['a;b', 'zei "nee"', 'twee\r\nregels', 'gewoon']]);
    expect(csv.slice(1)).toBe('"a;b";"zei ""nee""";"twee\r\nregels";gewoon\r\n');
    expect(parse(csv.slice(1), { delimiter: ';' })).toEqual([
      ['a;b', 'zei "nee"', 'twee\r\nregels', 'gewoon'],
    ]);
  });

  it.each(['=SUM(A1:A9)', '+31 6 1234', '-2+3', '@SUM(A1)', '\tverborgen', '\rterug', '\0nul'])(
    'makes %j plain text with a leading apostrophe',
    (value) => {
      expect(neutralise(value)).toBe(`'${value}`);
      const rows = parse(dutchCsv([[value]]).slice(1), { delimiter: ';' }) as string[][];
      const cell = rows[0]?.[0];
      expect(cell).toBe(`'${value}`);
    },
  );

  it('leaves text that cannot run as a formula, and numbers, as they are', () => {
    expect(neutralise('minder dan 5')).toBe('minder dan 5');
    expect(neutralise('a=b')).toBe('a=b');
    expect(dutchCsv([[-3, 0]]).slice(1)).toBe('-3;0\r\n');
  });

  it('leaves empty fields and spaces unquoted and writes an empty row as an empty line', () => {
    expect(dutchCsv([['', ' a ', ''], [], ['lf\nalleen', 'cr\ralleen']]).slice(1)).toBe(
      '; a ;\r\n\r\n"lf\nalleen";"cr\ralleen"\r\n',
    );
  });

  it('reads back as the same cells for 500 rows of awkward characters', () => {
    const pieces = ['a', ' ', ';', '"', '""', '\r', '\n', '\r\n', ',', 'é', '😀', "'", '=', '-'];
    let seed = 7;
    const pick = () => pieces[(seed = (seed * 48271) % 2147483647) % pieces.length]!;
    const rows = Array.from({ length: 500 }, () =>
      Array.from({ length: 4 }, () => Array.from({ length: 6 }, pick).join('')),
    );
    const parsed = parse(dutchCsv(rows).slice(1), { delimiter: ';' }) as string[][];
    expect(parsed).toEqual(rows.map((row) => row.map(neutralise)));
  });
});
