/**
 * The monitor's export table (export-table.ts) as an Excel workbook, written by our own
 * writer (functions/lib/xlsx-writer.ts, over fflate's zipSync). Not write-excel-file any
 * more: it weighed 60 KB in a bundle that must stay under the Lambda budget of 150 KB,
 * for a sheet that needs six small XML parts; nor exceljs (about 300 KB gzip) or npm's
 * `xlsx` (stuck at a version with known CVEs). One sheet "Monitor": the column names in
 * bold and frozen, every text an inline string cell, never a formula, so a text that
 * starts with = stays text; a shown count is a number cell.
 */
import { xlsxWorkbook } from '../lib/xlsx-writer.ts';
import { sheetRows, type ExportTable } from './export-table.ts';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function monitorXlsx(table: ExportTable): Promise<Uint8Array<ArrayBuffer>> {
  return xlsxWorkbook({
    name: 'Monitor',
    rows: sheetRows(table),
    columnWidths: [26, 34, 48, 14],
    headerRows: 1,
  });
}
