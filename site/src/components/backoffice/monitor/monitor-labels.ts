/**
 * How the monitor page names what it counts: each dimension's values in words (from the
 * vocabularies the forms use), and a protected count as text. A hidden count is never a
 * number here: "minder dan 5" for a small one, "verborgen" for one hidden so that a small
 * one cannot be worked out.
 */
import { caseKinds } from '../../../../../functions/cases/case-kinds.ts';
import { intakeChannels, signalCategories } from '../../../../../functions/cases/case.ts';
import { outcomes } from '../../../../../functions/core/route-chooser/outcomes.ts';
import { roles, schoolTypes, topics } from '../../../../../functions/core/vocabulary.ts';
import type { Dimension, Shown } from '../../../../../functions/monitor/monitor-types.ts';
import { shownText } from '../../../../../functions/monitor/shown-text.ts';

const routes: Record<string, string> = {
  ...Object.fromEntries(outcomes.map((outcome) => [outcome.intakeRoute, outcome.title])),
  'weet-ik-niet': 'Weet het nog niet',
};

const kinds: Record<string, string> = Object.fromEntries(
  Object.entries(caseKinds).map(([key, kind]) => [key, kind.label]),
);

const valueLabels: Record<Dimension, Record<string, string>> = {
  kind: kinds,
  route: routes,
  topic: topics,
  role: roles,
  schoolType: schoolTypes,
  gemeente: { anders: 'Buiten het gebied' },
  channel: intakeChannels,
  signalCategory: { ...signalCategories, none: 'Geen signaal' },
};

/** A value in words; a gemeente is its own name, anything unknown is "Onbekend". */
export function valueLabel(dimension: Dimension, value: string): string {
  if (value === 'onbekend') return 'Onbekend';
  return valueLabels[dimension][value] ?? value;
}

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
