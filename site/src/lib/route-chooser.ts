/**
 * The route chooser's static pages: one per state, the answers in the path in question
 * order (`/<slug>/klacht-of-geschil/verwijdering/ja/openbaar/`). Only the values go in the
 * path: which question a value answers follows from the answers before it, so the URL stays
 * short and readable. The flow itself (functions/core/route-chooser/flow.ts) decides.
 */
import { nextStep, type Answers } from '../../../functions/core/route-chooser/flow.ts';
import { questions } from '../../../functions/core/route-chooser/questions.ts';
import { sourceLocale, type Locale } from '../../../functions/core/locales.ts';

export const chooserPageName = 'klacht-of-geschil';

/** The answers as path segments, in question order. */
export function answerSegments(answers: Answers): string[] {
  return questions.flatMap((question) =>
    Object.hasOwn(answers, question.id) ? [answers[question.id]!] : [],
  );
}

/**
 * The page of these answers: `/<slug>/klacht-of-geschil/<value>/<value>/`, in another
 * language under `/<lang>/` (Astro's i18n routing without a Dutch prefix). The values stay
 * the same in every language, so a step is the same step in each.
 */
export function chooserPath(slug: string, answers: Answers, lang: Locale = sourceLocale): string {
  const prefix = lang === sourceLocale ? '' : `/${lang}`;
  return [`${prefix}/${slug}/${chooserPageName}`, ...answerSegments(answers), ''].join('/');
}

/**
 * The answers from path segments: each value answers the question that is open at that
 * point. Undefined when a segment answers nothing (a hand-made URL).
 */
export function answersFromSegments(segments: readonly string[]): Answers | undefined {
  const answers: Record<string, string> = {};
  for (const segment of segments) {
    const step = nextStep(answers);
    if (step.kind !== 'question') return undefined;
    answers[step.question.id] = segment;
  }
  return nextStep(answers).kind === 'invalid' ? undefined : answers;
}
