/**
 * What the back office calls a kind of case, from its declaration in case-kinds.ts, so a
 * new kind brings its own words. The kind filter and column only show once there is a
 * choice: with one kind they would say nothing.
 */
import {
  caseKindNames,
  caseKinds,
  kindOf,
  type CaseKind,
} from '../../../../../functions/cases/case-kinds.ts';

export const severalKinds = caseKindNames.length > 1;

export const kindOptions: [string, string][] = caseKindNames.map((kind) => [
  kind,
  caseKinds[kind].label,
]);

/** "Vraag" and "vraag" for a question; a case without a kind is one. */
export function kindWords(item: { kind?: CaseKind }) {
  const { label, noun } = caseKinds[kindOf(item)];
  return { label, noun };
}
