/**
 * The route chooser's texts per language (issue #14): the flow (questions.ts, outcomes.ts,
 * flow.ts) is one and language-free in its ids; what a parent reads is a catalog per
 * language, typed so that every question, every option, every outcome and every text of the
 * deadline calculator exists in every language (no key shown, no silent Dutch fallback).
 *
 * The Dutch catalog takes its questions and titles from questions.ts and outcomes.ts, so
 * Dutch stays written once; its outcome pages have their full text in content/routes/.
 * A translation carries a short version of each outcome (what to do, where to go) and links
 * to the Dutch page for the rest. Texts may carry the marks of catalog-text.ts (`[[Dutch term]]`,
 * `{{term:key}}`).
 */
import type { FilingRoute } from '../filing-deadlines.ts';
import type { Locale } from '../locales.ts';
import type { DeadlineTexts } from './deadline-words.ts';
import type { outcomes } from './outcomes.ts';
import type { questions } from './questions.ts';

type Question = (typeof questions)[number];
type Outcome = (typeof outcomes)[number];

/** Per question: the question, its hint where the Dutch has one, and every option's label. */
export type QuestionTexts = {
  [Q in Question as Q['id']]: {
    text: string;
    options: Record<Q['options'][number]['value'], string>;
  } & (Q extends { hint: string } ? { hint: string } : unknown);
};

export type OutcomeId = Outcome['id'];
export type FlagId = NonNullable<Extract<Outcome, { flags: unknown }>['flags']>[number]['id'];

/** The texts around the calculator on the page (not shipped to the browser). */
export interface DeadlineFormTexts {
  heading: string;
  /** The date field's label: after a decision (bezwaar, GPO) or an event (LKC). */
  labelDecision: string;
  labelEvent: string;
  /** `{example}`: an example date, written out in the language. */
  hint: Record<FilingRoute, string>;
  /** The rule in words, shown without JavaScript; `{term}` in bold. */
  rule: Record<FilingRoute, readonly string[]>;
}

export interface ChooserTexts {
  /** The chooser's name: crumb, title suffix. */
  name: string;
  description: string;
  previous: string;
  /** On the first question; `{link}` is the link to the complaints page (`allOnOnePage`). */
  intro: string;
  allOnOnePage: string;
  answersSoFar: string;
  yourAnswers: string;
  change: string;
  /** Hidden after "change" for a screen reader: `{question}`. */
  changeWhich: string;
  askForHelp: string;
  startAgain: string;
  attention: string;
  questions: QuestionTexts;
  outcomeTitles: Record<OutcomeId, string>;
  deadlineForm: DeadlineFormTexts;
  deadline: DeadlineTexts;
}

/** One outcome in short, in a translation: the full text is the Dutch page. */
export interface OutcomeSummary {
  /** What the route is and what to do. */
  summary: string;
  /** Where to go (names of organisations in `[[…]]`). */
  whereToGo: string;
}

/** A translation: the catalog plus what only a translated page says. */
export interface TranslatedChooserTexts extends ChooserTexts {
  /** Who checked this translation against the Dutch, and when; neither while nobody did. */
  checkedBy?: string;
  checkedOn?: string;
  outcomes: Record<OutcomeId, OutcomeSummary>;
  flagNotes: Record<FlagId, string>;
  whereToGo: string;
  /** The visible marks on an outcome and on its deadline in an unchecked translation. */
  checkDutch: string;
  checkDeadline: string;
  /** The link to the same step in Dutch, for the whole explanation. */
  readInDutch: string;
  /** The link to "Stel je vraag" in the language. */
  askQuestion: string;
  /** `{name}`: the SWV's postal address follows. */
  postalAddress: string;
  /** `{name}`: no postal address known. */
  noPostalAddress: string;
}

export type TranslatedLocale = Exclude<Locale, 'nl'>;
