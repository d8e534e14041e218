/** The monitor's export table (export-table.ts) as a CSV for Dutch Excel (lib/dutch-csv.ts). */
import { dutchCsv } from '../lib/dutch-csv.ts';
import { sheetRows, type ExportTable } from './export-table.ts';

export const csvContentType = 'text/csv; charset=utf-8';

export const monitorCsv = (table: ExportTable): string => dutchCsv(sheetRows(table));
