/**
 * A one-sheet Excel workbook (Office Open XML, ECMA-376), zipped with fflate's
 * `zipSync`. It writes only what the portal's exports need: text cells as inline
 * strings (never a formula, so a text that starts with = stays text), number cells,
 * bold header rows that stay in view when scrolling (a frozen pane), and column widths.
 * Six parts and nothing else: Excel, LibreOffice and Numbers need no docProps and no
 * shared-strings table.
 */
import { strToU8, zipSync } from 'fflate';

export type XlsxValue = string | number;

export interface XlsxSheet {
  /** The tab's name: at most 31 characters, none of \ / ? * : [ ] (Excel refuses them). */
  name: string;
  /** Rows of cells from A1 on; a row may be shorter than others or empty. */
  rows: readonly (readonly XlsxValue[])[];
  /** Widths of the first columns, in characters of the default font. */
  columnWidths?: readonly number[];
  /** The first rows are bold and frozen, so the column names stay in view. */
  headerRows?: number;
}

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
const mlType = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * Characters XML 1.0 forbids (C0 controls but tab and line feed, U+FFFE, U+FFFF) and the
 * carriage return (which an XML reader turns into a line feed) go in as ECMA-376's
 * `_xHHHH_` escape, which Excel reads back as the character. A text that already holds
 * such a pattern gets its underscore escaped (`_x005F_`), so it reads back unchanged.
 */
const escapeOoxml = (text: string) =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- exactly the characters XML cannot carry
    /_(?=x[0-9A-Fa-f]{4}_)|[\0-\x08\x0B-\x1F\uFFFE\uFFFF]/g,
    (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );

/** Text content and attribute values; a lone surrogate (not UTF-8) becomes U+FFFD. */
const escapeXml = (text: string) =>
  text
    .toWellFormed()
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function cellXml(value: XlsxValue, ref: string, bold: boolean): string {
  const style = bold ? ' s="1"' : '';
  if (typeof value === 'number') {
    // NaN or Infinity would make a file Excel calls damaged.
    if (!Number.isFinite(value)) throw new RangeError(`Cell ${ref} is not a finite number`);
    return `<c r="${ref}"${style}><v>${value}</v></c>`;
  }
  // xml:space="preserve" keeps leading and trailing spaces, which Excel would drop.
  const text = escapeXml(escapeOoxml(value));
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

function sheetXml({ rows, columnWidths = [], headerRows = 0 }: XlsxSheet): string {
  const pane =
    headerRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRows}" topLeftCell="A${headerRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '';
  const cols =
    columnWidths.length > 0
      ? `<cols>${columnWidths
          .map(
            (width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`,
          )
          .join('')}</cols>`
      : '';
  const data = rows
    .map((row, r) =>
      row.length === 0
        ? ''
        : `<row r="${r + 1}">${row
            .map((value, c) => cellXml(value, `${columnName(c)}${r + 1}`, r < headerRows))
            .join('')}</row>`,
    )
    .join('');
  return `${declaration}<worksheet xmlns="${mainNs}">${pane}${cols}<sheetData>${data}</sheetData></worksheet>`;
}

// Font 1 is the bold one; cell format 1 uses it. Two fills are required by Excel.
const stylesXml = `${declaration}<styleSheet xmlns="${mainNs}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const contentTypesXml = `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${mlType}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${mlType}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${mlType}.styles+xml"/></Types>`;

const rootRelsXml = `${declaration}<Relationships xmlns="${packageRelNs}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const workbookRelsXml = `${declaration}<Relationships xmlns="${packageRelNs}"><Relationship Id="rId1" Type="${relNs}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`;

const workbookXml = (name: string) =>
  `${declaration}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

export function xlsxWorkbook(sheet: XlsxSheet): Uint8Array<ArrayBuffer> {
  if (!/^[^\\/?*:[\]]{1,31}$/.test(sheet.name) || sheet.name.startsWith("'")) {
    throw new RangeError(`Excel refuses the sheet name ${JSON.stringify(sheet.name)}`);
  }
  const zip = zipSync({
    '[Content_Types].xml': strToU8(contentTypesXml),
    '_rels/.rels': strToU8(rootRelsXml),
    'xl/workbook.xml': strToU8(workbookXml(sheet.name)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRelsXml),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml(sheet)),
    'xl/styles.xml': strToU8(stylesXml),
  });
  return new Uint8Array(zip.buffer as ArrayBuffer, zip.byteOffset, zip.byteLength);
}
