/**
 * How the monitor page names what it counts: each dimension's values in words
 * (functions/monitor/value-labels.ts), and a protected count as text. A hidden count is never a
 * number here: "minder dan 5" for a small one, "verborgen" for one hidden so that a small
 * one cannot be worked out.
 */
import type { Shown } from '../../../../../functions/monitor/monitor-types.ts';
import { shownText } from '../../../../../functions/monitor/shown-text.ts';

/** A value in words, as the exports name it too. */
export { valueLabel } from '../../../../../functions/monitor/value-labels.ts';

/** A protected count as the page writes it: as every surface does (shown-text.ts). */
export const countText = shownText;

/** The count as a number for a chart: 0 when nothing was counted, undefined when hidden. */
export const countValue = (count: Shown | undefined) =>
  count === undefined ? 0 : count.shown ? count.value : undefined;

/** "4 meer", "3 minder", "gelijk": a change in words, so no sign has to be read aloud. */
export function changeText(from: number, to: number): string {
  const change = to - from;
  if (change === 0) return 'gelijk';
  return change > 0 ? `${change} meer` : `${-change} minder`;
}
