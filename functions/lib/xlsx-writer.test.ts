/**
 * The workbook writer, read back by unzipping it: texts as inline strings that survive
 * XML's special and forbidden characters, numbers as number cells, the bold frozen
 * header row, the column widths and exactly the six parts. (The exports' tests read
 * whole files with test/support/xlsx-reader.ts; the ground floor may not import it.)
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, xlsxWorkbook } from './xlsx-writer.ts';

const part = (file: Uint8Array, name: string) => strFromU8(unzipSync(file)[name]!);

/** What a reader makes of a text: XML's escapes, then ECMA-376's _xHHHH_, left to right. */
const unescape = (text: string) =>
  text
    .replace(
      /&(lt|gt|quot|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!,
    )
    .replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The sheet's values by row number (an empty row is an empty array); a formula throws. */
function readValues(file: Uint8Array): (string | number)[][] {
  const sheet = part(file, 'xl/worksheets/sheet1.xml');
  const rows: (string | number)[][] = [];
  for (const [, number, body] of sheet.matchAll(/<row r="(\d+)">(.*?)<\/row>/gs)) {
    while (rows.length < Number(number) - 1) rows.push([]);
    rows.push(
      [...body!.matchAll(/<c r="[A-Z]+\d+"[^>]*>(.*?)<\/c>/gs)].map(([, cell]) => {
        if (cell!.includes('<f>')) throw new Error('a formula');
        const text = /^<is><t xml:space="preserve">(.*)<\/t><\/is>$/s.exec(cell!)?.[1];
        return text === undefined ? Number(/^<v>(.*)<\/v>$/.exec(cell!)![1]) : unescape(text);
      }),
    );
  }
  return rows;
}

describe('xlsxWorkbook', () => {
  it('writes exactly the six parts a workbook needs, all of them XML with a declaration', () => {
    const file = xlsxWorkbook({ name: 'Monitor', rows: [['a']] });
    const parts = unzipSync(file);
    expect(Object.keys(parts).toSorted()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    for (const data of Object.values(parts)) {
      expect(strFromU8(data)).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
    }
    expect(part(file, 'xl/workbook.xml')).toContain(
      '<sheet name="Monitor" sheetId="1" r:id="rId1"/>',
    );
    const types = part(file, '[Content_Types].xml');
    for (const name of ['/xl/workbook.xml', '/xl/worksheets/sheet1.xml', '/xl/styles.xml']) {
      expect(types).toContain(`PartName="${name}"`);
    }
  });

  it('writes texts as inline strings, escaped, never as a formula', () => {
    const texts = [
      '=SUM(A1:A9)',
      '<b>Tom & "Jerry"</b>',
      '  spaties eromheen  ',
      'twee\r\nregels\nen\ttab',
      'Oudercafé in België 😀',
      'stuur\u0007bel en \u000bverticale tab',
      'al _x0041_ in de tekst',
      '\uFFFF\uFFFE',
    ];
    const file = xlsxWorkbook({ name: 'Blad', rows: [texts] });
    const sheet = part(file, 'xl/worksheets/sheet1.xml');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain(
      '<c r="B1" t="inlineStr"><is><t xml:space="preserve">&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</t></is></c>',
    );
    // No character XML 1.0 forbids, and no bare carriage return a parser would change.
    // eslint-disable-next-line no-control-regex -- looking for the characters XML forbids
    expect(sheet).not.toMatch(/[\0-\x08\x0B-\x1F\uFFFE\uFFFF]/);
    expect(sheet).toContain('stuur_x0007_bel en _x000B_verticale tab');
    expect(sheet).toContain('al _x005F_x0041_ in de tekst');
    expect(readValues(file)).toEqual([texts]);
    texts.forEach((_, i) => expect(sheet).toContain(`<c r="${columnName(i)}1" t="inlineStr">`));
  });

  it('replaces a lone surrogate, which UTF-8 cannot hold, by U+FFFD', () => {
    expect(readValues(xlsxWorkbook({ name: 'Blad', rows: [['a\uD800b']] }))).toEqual([
      ['a\uFFFDb'],
    ]);
  });

  it('writes numbers as number cells and refuses one Excel cannot read', () => {
    const file = xlsxWorkbook({ name: 'Blad', rows: [[0, -3, 4.5, 1234567, 1e-7]] });
    expect(part(file, 'xl/worksheets/sheet1.xml')).toContain(
      '<row r="1"><c r="A1"><v>0</v></c><c r="B1"><v>-3</v></c><c r="C1"><v>4.5</v></c>',
    );
    expect(readValues(file)).toEqual([[0, -3, 4.5, 1234567, 1e-7]]);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => xlsxWorkbook({ name: 'Blad', rows: [[value]] })).toThrow(RangeError);
    }
  });

  it('keeps empty rows as gaps and rows of different lengths', () => {
    const rows = readValues(
      xlsxWorkbook({ name: 'Blad', rows: [['a', 'b', 'c'], [], ['Toelichting'], ['*', 'noot']] }),
    );
    expect(rows).toEqual([['a', 'b', 'c'], [], ['Toelichting'], ['*', 'noot']]);
  });

  it('makes the header row bold and frozen, and sets the column widths', () => {
    const file = xlsxWorkbook({
      name: 'Monitor',
      rows: [
        ['Periode', 'Aantal'],
        ['mei 2026', 12],
      ],
      columnWidths: [26, 34, 48, 14],
      headerRows: 1,
    });
    const sheet = part(file, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<pane ySplit="1" topLeftCell="A2" [^>]*state="frozen"\/>/);
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="26" customWidth="1"/><col min="2" max="2" width="34" customWidth="1"/><col min="3" max="3" width="48" customWidth="1"/><col min="4" max="4" width="14" customWidth="1"/></cols>',
    );
    // The order ECMA-376 prescribes: sheetViews, then cols, then sheetData.
    expect(sheet.indexOf('<sheetViews>')).toBeLessThan(sheet.indexOf('<cols>'));
    expect(sheet.indexOf('<cols>')).toBeLessThan(sheet.indexOf('<sheetData>'));
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(sheet).toContain('<c r="B1" s="1" t="inlineStr">');
    expect(sheet).toContain('<c r="A2" t="inlineStr">');
    expect(sheet).toContain('<c r="B2"><v>12</v></c>');
    // Style 1 is the cell format whose font is the bold one.
    const styles = part(file, 'xl/styles.xml');
    const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
    const formats = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*>/g)];
    const boldFont = Number(/fontId="(\d+)"/.exec(formats[1]![0])![1]);
    expect(fonts[boldFont]).toContain('<b/>');
    expect(fonts[Number(/fontId="(\d+)"/.exec(formats[0]![0])![1])]).not.toContain('<b/>');
  });

  it('writes no pane and no widths when none are asked for', () => {
    const sheet = part(xlsxWorkbook({ name: 'Blad', rows: [['a']] }), 'xl/worksheets/sheet1.xml');
    expect(sheet).not.toContain('<pane');
    expect(sheet).not.toContain('<cols>');
    expect(sheet).not.toContain(' s="1"');
  });

  it('names columns past Z as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('refuses a sheet name Excel refuses', () => {
    for (const name of ['', 'a'.repeat(32), 'Q1/Q2', 'a:b', '[x]', "'quote"]) {
      expect(() => xlsxWorkbook({ name, rows: [] }), name).toThrow(RangeError);
    }
    expect(part(xlsxWorkbook({ name: 'Tom & Jerry', rows: [] }), 'xl/workbook.xml')).toContain(
      'name="Tom &amp; Jerry"',
    );
  });
});
