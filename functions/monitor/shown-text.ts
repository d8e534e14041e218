/**
 * How every surface (the back-office view, the half-year report, the CSV and XLSX
 * exports) says a protected count, so a hidden cell reads the same everywhere: a number,
 * "minder dan 5" for a small one, "verborgen" for one hidden so a small one cannot be
 * worked out, each with its footnote. (CBS writes "." for the latter; a word reads out
 * better and needs no legend.) Plain words, no server code:
 * the browser imports it too.
 */
import type { Shown } from './monitor-types.ts';

const wholeNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** "12", "1.250", "minder dan 5" or "verborgen". */
export function shownText(shown: Shown, threshold: number): string {
  if (shown.shown) return wholeNumber.format(shown.value);
  return shown.reason === 'klein' ? `minder dan ${threshold}` : 'verborgen';
}

/**
 * A count as a spreadsheet cell (CSV, XLSX): a shown count stays a number, so Excel can
 * add it up; a hidden one is the same text as on the page.
 */
export const shownCell = (shown: Shown, threshold: number): number | string =>
  shown.shown ? shown.value : shownText(shown, threshold);

/** The footnote for a hidden count's reason. */
export function hiddenNote(reason: 'klein' | 'afgeleid', threshold: number): string {
  return reason === 'klein'
    ? `Minder dan ${threshold}: zo klein dat iemand herkenbaar kan zijn.`
    : 'Verborgen, omdat je anders een klein getal kunt uitrekenen.';
}

/** The footnote a count needs, if any. */
export const shownNote = (shown: Shown, threshold: number): string | undefined =>
  shown.shown ? undefined : hiddenNote(shown.reason, threshold);

/** What a hidden count shows ("minder dan 5" or "verborgen") and what that means. */
export interface HiddenNote {
  sign: string;
  text: string;
}

/**
 * The footnotes a set of counts needs, each once, small ones first: for under a table
 * or at the end of an export.
 */
export function notesFor(cells: Iterable<Shown>, threshold: number): HiddenNote[] {
  const reasons = new Set<'klein' | 'afgeleid'>();
  for (const cell of cells) if (!cell.shown) reasons.add(cell.reason);
  return (['klein', 'afgeleid'] as const)
    .filter((reason) => reasons.has(reason))
    .map((reason) => ({
      sign: shownText({ shown: false, reason }, threshold),
      text: hiddenNote(reason, threshold),
    }));
}

/** A percentage as shown: "45%", or nothing when it is not shown. */
export const percentText = (percent: number | undefined): string | undefined =>
  percent === undefined ? undefined : `${wholeNumber.format(percent)}%`;
