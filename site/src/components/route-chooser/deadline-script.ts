/**
 * The deadline readout in Dutch, for the complaint intake's date page (a Dutch form): the
 * same sentences as the route chooser's calculator (deadline-calculator.ts) in Dutch, from
 * the Dutch catalog (functions/core/route-chooser/texts/nl.ts).
 */
import {
  daysLeft,
  filingDeadline,
  type FilingDeadline,
  type FilingRoute,
} from '../../../../functions/core/filing-deadlines.ts';
import { termText } from '../../../../functions/core/legal-terms.ts';
import {
  deadlineSentencesIn,
  lastDayIn,
  termOfRoute,
} from '../../../../functions/core/route-chooser/deadline-words.ts';
import { nlDeadline } from '../../../../functions/core/route-chooser/texts/nl.ts';
import { paragraphsOf, today } from './deadline-calculator.ts';

/** "Je laatste dag is maandag 2 juni 2025.": the readout's first line, also on its own. */
export const lastDaySentence = (deadline: FilingDeadline) => lastDayIn(nlDeadline, deadline);

/** The sentences for a computed deadline, in the order they are shown. */
export const deadlineSentences = (deadline: FilingDeadline, left: number): string[] =>
  deadlineSentencesIn(nlDeadline, deadline, left, termText(termOfRoute[deadline.route], 'nl'));

/**
 * The computed deadline as paragraphs, the first (the last day) in bold: the chooser's
 * calculator and the complaint intake's date page show the same readout.
 */
export function deadlineParagraphs(route: FilingRoute, from: FilingDeadline['lastDay']) {
  const deadline = filingDeadline(route, from);
  return paragraphsOf(deadlineSentences(deadline, daysLeft(today(), deadline.lastDay)));
}
