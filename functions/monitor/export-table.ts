/**
 * The monitor's protected figures as one table, which the CSV (csv.ts) and the XLSX
 * (xlsx.ts) exports both write, so the two files hold the same cells. It reads only
 * `ProtectedFigures`: a hidden count has no number to give, and its cell is the text every
 * surface shows (shown-text.ts, "minder dan 5" or "verborgen"), with the footnotes at the
 * end. A shown count stays a number, so Excel can add it up.
 */
import {
  dimensionNames,
  dimensions,
  type ProtectedCounts,
  type ProtectedFigures,
  type Shown,
} from './monitor-types.ts';
import { notesFor, shownCell, type HiddenNote } from './shown-text.ts';
import { valueLabel } from './value-labels.ts';

export type ExportCell = string | number;

export const exportColumns = ['Periode', 'Onderdeel', 'Waarde', 'Aantal'] as const;

export interface ExportTable {
  /** One row per count: period, what it is part of, which value, the count as shown. */
  rows: ExportCell[][];
  /** What each sign of a hidden count means, each once. */
  notes: HiddenNote[];
}

/** The chosen period first, then the one before, a year earlier, and the trend, newest first. */
function periodsOf(figures: ProtectedFigures): ProtectedCounts[] {
  const all = [
    figures.current,
    figures.previous,
    figures.yearEarlier,
    ...figures.trend.toReversed(),
  ];
  const seen = new Set<string>();
  return all.filter((counts) => !seen.has(counts.period.id) && seen.add(counts.period.id));
}

export function exportTable(figures: ProtectedFigures): ExportTable {
  const { threshold } = figures;
  const rows: ExportCell[][] = [];
  const cells: Shown[] = [];
  const add = (period: string, part: string, value: string, count: Shown) => {
    cells.push(count);
    rows.push([period, part, value, shownCell(count, threshold)]);
  };
  for (const counts of periodsOf(figures)) {
    const period = counts.period.label;
    add(period, 'Contacten', 'Alle contacten', counts.total);
    for (const dimension of dimensionNames) {
      for (const [value, count] of Object.entries(counts.byDimension[dimension] ?? {})) {
        add(period, dimensions[dimension], valueLabel(dimension, value), count);
      }
    }
    add(period, 'Oudercafé', 'Bijeenkomsten', counts.meetings.meetings);
    add(period, 'Oudercafé', 'Aanmeldingen', counts.meetings.signUps);
    add(period, 'Oudercafé', 'Aanwezig', counts.meetings.attended);
    if (counts.withinTargetPercent !== undefined) {
      rows.push([period, 'Eerste antwoord', 'Op tijd (procent)', counts.withinTargetPercent]);
    }
  }
  // The approved texts (a coördinator's words, reviewed): the only free text in an export.
  for (const group of figures.signals ?? []) {
    const part = `Signaaltekst: ${valueLabel('signalCategory', group.category)}`;
    for (const text of group.texts) add(figures.current.period.label, part, text.text, text.cases);
  }
  return { rows, notes: notesFor(cells, threshold) };
}

/** The whole sheet as both files write it: the column names, the rows, then the footnotes. */
export function sheetRows(table: ExportTable): ExportCell[][] {
  return [
    [...exportColumns],
    ...table.rows,
    ...(table.notes.length > 0
      ? [[], ['Toelichting'], ...table.notes.map((note) => [note.sign, note.text])]
      : []),
  ];
}

/** "signaleringsmonitor-po-haarlemmermeer-2026-H1": the file's name without its extension. */
export const exportFileName = (figures: ProtectedFigures) =>
  `signaleringsmonitor-${figures.tenant}-${figures.current.period.id}`;
