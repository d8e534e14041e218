/**
 * The deadline readout in Dutch, for the complaint intake's date page (a Dutch form): the
 * same sentences as the route chooser's calculator (deadline-calculator.ts) in Dutch, from
 * the Dutch catalog (functions/core/route-chooser/texts/nl-deadline.ts).
 */
import {
  daysLeft,
  filingDeadline,
  type FilingDeadline,
  type FilingRoute,
} from '../../../../functions/core/filing-deadlines.ts';
import {
  deadlineSentencesIn,
  lastDayIn,
} from '../../../../functions/core/route-chooser/deadline-words.ts';
import { nlDeadline } from '../../../../functions/core/route-chooser/texts/nl-deadline.ts';
import { paragraphsOf, today } from './deadline-readout.ts';

/**
 * The route's term in Dutch ("6 weken", "1 jaar"), read from the computed deadline itself
 * (its start and the end of its term) and worded by Intl: this Dutch form's script carries
 * neither legal-terms.ts nor the units of six languages (the chooser's pages get the term
 * from there, built in each language).
 */
function dutchTerm(deadline: FilingDeadline): string {
  const { from, termEnds } = deadline;
  const [amount, unit] =
    deadline.route === 'lkc'
      ? [termEnds.year - from.year, 'year']
      : [
          (Date.UTC(termEnds.year, termEnds.month - 1, termEnds.day) -
            Date.UTC(from.year, from.month - 1, from.day)) /
            (7 * 86_400_000),
          'week',
        ];
  return new Intl.NumberFormat('nl', { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/** "Je laatste dag is maandag 2 juni 2025.": the readout's first line, also on its own. */
export const lastDaySentence = (deadline: FilingDeadline) => lastDayIn(nlDeadline, deadline);

/** The sentences for a computed deadline, in the order they are shown. */
export const deadlineSentences = (deadline: FilingDeadline, left: number): string[] =>
  deadlineSentencesIn(nlDeadline, deadline, left, dutchTerm(deadline));

/**
 * The computed deadline as paragraphs, the first (the last day) in bold: the chooser's
 * calculator and the complaint intake's date page show the same readout.
 */
export function deadlineParagraphs(route: FilingRoute, from: FilingDeadline['lastDay']) {
  const deadline = filingDeadline(route, from);
  return paragraphsOf(deadlineSentences(deadline, daysLeft(today(), deadline.lastDay)));
}
