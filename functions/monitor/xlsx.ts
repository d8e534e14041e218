/**
 * The monitor's export table (export-table.ts) as an Excel workbook, written by
 * write-excel-file (its /node build, about 20 KB gzip, only dependency fflate; not
 * exceljs at about 300 KB, nor npm's `xlsx`, which is stuck at a version with known
 * CVEs). Every text goes in as a string cell, never as a formula, so a text that starts
 * with = stays text; a shown count is a number cell.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { sheetRows, type ExportTable } from './export-table.ts';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function monitorXlsx(table: ExportTable): Promise<Uint8Array<ArrayBuffer>> {
  const data: SheetData = sheetRows(table).map((row, index) =>
    row.map((value) =>
      typeof value === 'number'
        ? { value, type: Number }
        : { value, type: String, ...(index === 0 ? { fontWeight: 'bold' as const } : {}) },
    ),
  );
  const file = await writeXlsxFile(data, {
    sheet: 'Monitor',
    columns: [{ width: 26 }, { width: 34 }, { width: 48 }, { width: 14 }],
    stickyRowsCount: 1,
  }).toBuffer();
  return new Uint8Array(file);
}
