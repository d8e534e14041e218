/**
 * How the monitor names what it counts: each dimension's values in words, from the
 * vocabularies the forms use. Plain words, no server code: the page and the exports
 * name a value the same way.
 */
import { caseKinds } from '../cases/case-kinds.ts';
import { intakeChannels, signalCategories } from '../cases/case.ts';
import { outcomes } from '../core/route-chooser/outcomes.ts';
import { roles, schoolTypes, topics } from '../core/vocabulary.ts';
import type { Dimension } from './monitor-types.ts';

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
