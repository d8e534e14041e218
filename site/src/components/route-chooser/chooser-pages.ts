/**
 * The route chooser's static pages per language (build time): one page per state and per
 * SWV, the same states in every language (flow.ts `reachableAnswers`), and every step in
 * all six languages for the switcher and the hreflang alternates.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeCodes, type Locale } from '../../../../functions/core/locales.ts';
import {
  nextStep,
  reachableAnswers,
  type Answers,
} from '../../../../functions/core/route-chooser/flow.ts';
import { answerSegments, chooserPath } from '../../lib/route-chooser';
import type { Alternate } from '../../lib/i18n/translations';
import { allSwvs, type SwvEntry } from '../../lib/swv';

export interface ChooserPageProps {
  swv: SwvEntry;
  answers: Answers;
  /** The Dutch text of the outcome (content/routes/<outcome>.md), on an outcome page. */
  text: CollectionEntry<'routes'> | undefined;
}

export async function chooserStaticPaths() {
  const swvs = await allSwvs();
  const texts = new Map((await getCollection('routes')).map((entry) => [entry.id, entry]));
  const states = reachableAnswers();
  return swvs.flatMap((swv) =>
    states.map((answers) => {
      const segments = answerSegments(answers);
      const step = nextStep(answers);
      const text = step.kind === 'outcome' ? texts.get(step.outcome.id) : undefined;
      const props: ChooserPageProps = { swv, answers, text };
      return {
        params: { slug: swv.id, answers: segments.length > 0 ? segments.join('/') : undefined },
        props,
      };
    }),
  );
}

/** The same step in every language: the chooser exists in all of them. */
export const chooserAlternates = (slug: string, answers: Answers): Alternate[] =>
  localeCodes.map((lang: Locale) => ({ lang, href: chooserPath(slug, answers, lang) }));
