/**
 * Where a parent is in the route chooser, from the answers so far. Pure and small enough
 * for the browser: the static pages and the script that makes them quick use this one
 * module.
 *
 * The answers live in the query string, keyed by question id (Smart Answers ADR 002), so
 * the back button and a shared link keep them. A hand-edited URL can hold anything: every
 * function here answers it with `invalid`, never with a throw.
 */
import { anyHolds, type Answers } from './conditions.ts';
import { outcomes, type ChooserOutcome } from './outcomes.ts';
import { questions, type ChooserQuestion } from './questions.ts';

export type { Answers } from './conditions.ts';

export type Step =
  | { kind: 'question'; question: ChooserQuestion }
  /** `flags`: the ids of the outcome's flags that hold for these answers. */
  | { kind: 'outcome'; outcome: ChooserOutcome; flags: string[] }
  /** `reason` is for the log, not for the parent. */
  | { kind: 'invalid'; reason: string };

const questionById = new Map<string, ChooserQuestion>(
  questions.map((question) => [question.id, question]),
);

const isAsked = (question: ChooserQuestion, answers: Answers) =>
  question.askWhen === undefined || anyHolds(answers, question.askWhen);

/** Every outcome whose conditions hold: exactly one at the end of every path. */
export const outcomesMatching = (answers: Answers): ChooserOutcome[] =>
  outcomes.filter((outcome) => anyHolds(answers, outcome.when));

function unknownAnswer(answers: Answers): string | undefined {
  for (const [questionId, value] of Object.entries(answers)) {
    const question = questionById.get(questionId);
    if (!question) return `unknown question "${questionId}"`;
    if (!question.options.some((option) => option.value === value)) {
      return `unknown answer "${value}" to "${questionId}"`;
    }
  }
  return undefined;
}

/**
 * The questions asked on the way to these answers, in order, and the first relevant
 * question still open (if any).
 */
function walk(answers: Answers) {
  const asked: ChooserQuestion[] = [];
  for (const question of questions) {
    if (!isAsked(question, answers)) continue;
    if (!Object.hasOwn(answers, question.id)) return { asked, open: question };
    asked.push(question);
  }
  return { asked, open: undefined };
}

export function nextStep(answers: Answers): Step {
  const unknown = unknownAnswer(answers);
  if (unknown) return { kind: 'invalid', reason: unknown };
  const { asked, open } = walk(answers);
  const notAsked = Object.keys(answers).filter((id) => !asked.some((q) => q.id === id));
  if (notAsked.length > 0) {
    return { kind: 'invalid', reason: `answers to questions not asked: ${notAsked.join(', ')}` };
  }
  if (open) return { kind: 'question', question: open };
  const matching = outcomesMatching(answers);
  const [outcome] = matching;
  if (matching.length !== 1 || !outcome) {
    // The walker test keeps this from happening; a page says "begin opnieuw" if it does.
    return { kind: 'invalid', reason: `${matching.length} outcomes hold` };
  }
  const flags = (outcome.flags ?? [])
    .filter((flag) => anyHolds(answers, flag.when))
    .map((flag) => flag.id);
  return { kind: 'outcome', outcome, flags };
}

/**
 * The answers in a query string: only the question ids, in question order; other
 * parameters (a date for the deadline, say) are left for the page. A repeated key counts
 * with its first value. The values are not checked here: `nextStep` does that.
 */
export function answersFromSearch(search: URLSearchParams): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const value = search.get(question.id);
    if (value !== null) answers[question.id] = value;
  }
  return answers;
}

/** The query string for these answers, without "?": known questions only, in question order. */
export function toSearch(answers: Answers): string {
  const search = new URLSearchParams();
  for (const question of questions) {
    if (Object.hasOwn(answers, question.id)) search.set(question.id, answers[question.id]!);
  }
  return search.toString();
}

/**
 * The answers to go back to a question and answer it again (a "wijzig" link): that
 * answer and every answer after it dropped (only known questions are kept). An unknown
 * question id drops no answer.
 */
export function backTo(answers: Answers, questionId: string): Record<string, string> {
  const index = questions.findIndex((question) => question.id === questionId);
  const kept: Record<string, string> = {};
  questions.forEach((question, position) => {
    if (index !== -1 && position >= index) return;
    if (Object.hasOwn(answers, question.id)) kept[question.id] = answers[question.id]!;
  });
  return kept;
}

/** The questions asked so far with the options chosen: the summary on an outcome page. */
export function answered(answers: Answers): { question: ChooserQuestion; label: string }[] {
  return walk(answers).asked.flatMap((question) => {
    const option = question.options.find((o) => o.value === answers[question.id]);
    return option ? [{ question, label: option.label }] : [];
  });
}

/**
 * Every set of answers a parent can reach by answering the questions as they come, `{}`
 * first, depth first in option order: few enough (a few dozen) to build one static page
 * per state, so the chooser works without JavaScript. Each adds one answer to an earlier
 * one, so the walk ends after at most as many steps as there are questions.
 */
export function reachableAnswers(): Record<string, string>[] {
  const reached: Record<string, string>[] = [];
  const visit = (answers: Record<string, string>) => {
    reached.push(answers);
    const step = nextStep(answers);
    if (step.kind !== 'question') return;
    for (const option of step.question.options) {
      visit({ ...answers, [step.question.id]: option.value });
    }
  };
  visit({});
  return reached;
}
