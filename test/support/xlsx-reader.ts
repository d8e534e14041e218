/**
 * Reads back an .xlsx the portal wrote, for tests: unzips it (fflate) and reads the
 * first sheet's cells with its shared strings. Only what write-excel-file writes: string
 * cells (t="s"), number cells and formulas (<f>, which the exports never write).
 */
import { strFromU8, unzipSync } from 'fflate';

export interface XlsxCell {
  ref: string;
  value: string | number;
  formula: boolean;
}

const unescapeXml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

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
        const isString = /\bt="s"/.test(cell[2]!);
        return {
          ref: cell[1]!,
          value: isString ? shared[Number(raw)]! : Number(raw),
          formula: body.includes('<f>'),
        };
      });
  }
  return { names, rows };
}
