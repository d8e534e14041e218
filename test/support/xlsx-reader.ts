/**
 * Reads back an .xlsx the portal wrote, for tests: unzips it (fflate) and reads the
 * first sheet's cells. Only what a spreadsheet writer may write for the exports: inline
 * string cells (t="inlineStr", as functions/lib/xlsx-writer.ts writes them), shared
 * string cells (t="s"), number cells and formulas (<f>, which the exports never write).
 * Texts are unescaped as XML and as ECMA-376's `_xHHHH_`.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface XlsxCell {
  ref: string;
  value: string | number;
  formula: boolean;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&#x([0-9A-Fa-f]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&')
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function files(file: Uint8Array) {
  const entries = unzipSync(file);
  const text = (name: string) => (entries[name] ? strFromU8(entries[name]) : '');
  return {
    names: Object.keys(entries),
    sheet: text('xl/worksheets/sheet1.xml'),
    strings: text('xl/sharedStrings.xml'),
  };
}

/** The sheet and its shared strings as XML text: to search for what may not be there. */
export function sheetXml(file: Uint8Array): string {
  const { sheet, strings } = files(file);
  return sheet + strings;
}

/** The first sheet as rows of cells, in order; an empty row is an empty array. */
export function readSheet(file: Uint8Array): { names: string[]; rows: XlsxCell[][] } {
  const { names, sheet, strings } = files(file);
  const shared = [...strings.matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) =>
    unescapeXml(m[1]!),
  );
  const rows: XlsxCell[][] = [];
  for (const row of sheet.matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const index = Number(row[1]) - 1;
    while (rows.length < index) rows.push([]);
    rows[index] = [
      ...(row[2] ?? '').matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g),
    ]
      .filter((cell) => cell[3] !== undefined)
      .map((cell) => {
        const body = cell[3]!;
        const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '';
        const inline = /<is><t[^>]*>([\s\S]*?)<\/t><\/is>/.exec(body)?.[1];
        const value = /\bt="inlineStr"/.test(cell[2]!)
          ? unescapeXml(inline ?? '')
          : /\bt="s"/.test(cell[2]!)
            ? shared[Number(raw)]!
            : Number(raw);
        return {
          ref: cell[1]!,
          value,
          formula: body.includes('<f>'),
        };
      });
  }
  return { names, rows };
}
