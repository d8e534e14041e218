import { describe, expect, it } from 'vitest';
import { filingRoutes } from '../filing-deadlines.ts';
import type { Condition } from './conditions.ts';
import {
  answered,
  answersFromSearch,
  backTo,
  nextStep,
  outcomesMatching,
  reachableAnswers,
  toSearch,
  type Answers,
} from './flow.ts';
import { outcomes as outcomeData, type ChooserOutcome } from './outcomes.ts';
import { longestPath, questions, type ChooserQuestion } from './questions.ts';

const outcomes: readonly ChooserOutcome[] = outcomeData;

interface Path {
  answers: Record<string, string>;
  /** The question ids in the order they were asked. */
  asked: string[];
  outcome: string;
  flags: string[];
}

interface Defect {
  answers: Answers;
  problem: string;
}

/** Every path from no answers through every option of every question asked. */
function walkEveryPath() {
  const paths: Path[] = [];
  const defects: Defect[] = [];
  const visit = (answers: Record<string, string>, asked: string[]) => {
    const step = nextStep(answers);
    if (step.kind === 'invalid') {
      defects.push({ answers, problem: `dead end: ${step.reason}` });
      return;
    }
    if (step.kind === 'outcome') {
      paths.push({ answers, asked, outcome: step.outcome.id, flags: step.flags });
      return;
    }
    const { question } = step;
    if (asked.includes(question.id)) {
      defects.push({ answers, problem: `"${question.id}" asked twice` });
      return;
    }
    if (asked.length === longestPath) {
      defects.push({ answers, problem: `a question after ${longestPath}: "${question.id}"` });
      return;
    }
    for (const option of question.options) {
      visit({ ...answers, [question.id]: option.value }, [...asked, question.id]);
    }
  };
  visit({}, []);
  return { paths, defects };
}

const { paths, defects } = walkEveryPath();

describe('the walker: every path through the route chooser', () => {
  it('finds no dead end, no question asked twice and no path longer than the bound', () => {
    expect(defects).toEqual([]);
    // The count is stated so that a change to the flow is a change someone sees.
    expect(paths).toHaveLength(17);
  });

  it('lists every state on the way for the pages: each path and each step of it, once', () => {
    const states = reachableAnswers();
    const prefixes = new Set(
      paths.flatMap((path) =>
        path.asked.map((_, length) => toSearch(backTo(path.answers, path.asked[length]!))),
      ),
    );
    const ends = paths.map((path) => toSearch(path.answers));
    expect(states.map(toSearch).sort()).toEqual([...prefixes, ...ends].sort());
    expect(states).toHaveLength(24);
    expect(states.every((answers) => nextStep(answers).kind !== 'invalid')).toBe(true);
  });

  it('ends every path in exactly one outcome', () => {
    for (const path of paths) {
      expect(outcomesMatching(path.answers).map((outcome) => outcome.id)).toEqual([path.outcome]);
    }
  });

  it(`asks at most ${longestPath} questions on any path`, () => {
    expect(Math.max(...paths.map((path) => path.asked.length))).toBe(longestPath);
  });

  it('reaches every outcome on some path', () => {
    const reached = new Set(paths.map((path) => path.outcome));
    expect(outcomes.filter((outcome) => !reached.has(outcome.id)).map((o) => o.id)).toEqual([]);
  });

  it('shows every flag of an outcome on some path', () => {
    const shown = new Set(
      paths.flatMap((path) => path.flags.map((flag) => `${path.outcome}:${flag}`)),
    );
    const flags = outcomes.flatMap((outcome) =>
      (outcome.flags ?? []).map((flag) => `${outcome.id}:${flag.id}`),
    );
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.filter((flag) => !shown.has(flag))).toEqual([]);
  });

  it('asks every question on some path and uses every option', () => {
    const used = new Set(
      paths.flatMap((path) => Object.entries(path.answers).map(([id, value]) => `${id}=${value}`)),
    );
    const options = questions.flatMap((question: ChooserQuestion) =>
      question.options.map((option) => `${question.id}=${option.value}`),
    );
    expect(options.filter((option) => !used.has(option))).toEqual([]);
  });
});

describe('the data: ids, values and conditions an editor can get wrong', () => {
  const urlSafe = /^[a-z0-9]+(-[a-z0-9]+)*$/;

  it('has URL-safe, unique question ids and option values', () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of questions as readonly ChooserQuestion[]) {
      expect(question.id).toMatch(urlSafe);
      expect(question.text.trim()).not.toBe('');
      const values = question.options.map((option) => option.value);
      expect(new Set(values).size).toBe(values.length);
      expect(values.length).toBeGreaterThanOrEqual(2);
      for (const option of question.options) {
        expect(option.value).toMatch(urlSafe);
        expect(option.label.trim()).not.toBe('');
      }
    }
  });

  it('has unique, URL-safe outcome ids and intake routes, each with a known filing term or none', () => {
    const ids = outcomes.map((outcome) => outcome.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const outcome of outcomes) {
      expect(outcome.id).toMatch(urlSafe);
      expect(outcome.intakeRoute).toMatch(urlSafe);
      expect(outcome.title.trim()).not.toBe('');
      if (outcome.deadline !== undefined) expect(filingRoutes).toContain(outcome.deadline);
    }
  });

  /** Every (question, value) a list of conditions names, and the questions it may name. */
  const problemsIn = (conditions: readonly Condition[], allowed: readonly ChooserQuestion[]) =>
    conditions.flatMap((condition) =>
      Object.entries(condition).flatMap(([id, values]) => {
        const question = allowed.find((q) => q.id === id);
        if (!question) return [`names "${id}", not a question it may look at`];
        if (values.length === 0) return [`"${id}" with no values never holds`];
        return values
          .filter((value) => !question.options.some((option) => option.value === value))
          .map((value) => `"${id}" has no option "${value}"`);
      }),
    );

  it('asks a question only on answers to the questions before it', () => {
    const all = questions as readonly ChooserQuestion[];
    const problems = all.flatMap((question, index) =>
      problemsIn(question.askWhen ?? [], all.slice(0, index)).map((p) => `${question.id}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('names only known questions and options in the outcomes and their flags', () => {
    const all = questions as readonly ChooserQuestion[];
    const problems = outcomes.flatMap((outcome) => [
      ...(outcome.when.length === 0 ? [`${outcome.id}: no conditions`] : []),
      ...problemsIn(outcome.when, all).map((p) => `${outcome.id}: ${p}`),
      ...(outcome.flags ?? []).flatMap((flag) =>
        problemsIn(flag.when, all).map((p) => `${outcome.id} ${flag.id}: ${p}`),
      ),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('named paths', () => {
  it.each([
    // answers, outcome, filing term, flags
    [{ over: 'tlv' }, 'bezwaar-tlv', 'bezwaar', []],
    [
      { over: 'verwijdering', besluit: 'ja', school: 'openbaar' },
      'gpo',
      'gpo',
      ['parallel-bezwaar'],
    ],
    [{ over: 'verwijdering', besluit: 'ja', school: 'bijzonder' }, 'gpo', 'gpo', []],
    [{ over: 'toelating', besluit: 'ja', school: 'weet-niet' }, 'gpo', 'gpo', ['school-onbekend']],
    [{ over: 'toelating', besluit: 'ja', school: 'openbaar' }, 'gpo', 'gpo', ['parallel-bezwaar']],
    [{ over: 'opp', besluit: 'ja' }, 'gpo', 'gpo', []],
    [{ over: 'verwijdering', besluit: 'nee' }, 'praat-met-school', undefined, []],
    [{ over: 'gedrag', gesproken: 'nee' }, 'praat-met-school', undefined, []],
    [{ over: 'gedrag', gesproken: 'ja' }, 'klacht', 'lkc', []],
    [{ over: 'schorsing' }, 'schorsing', undefined, []],
    [{ over: 'thuiszitten' }, 'thuiszitten', undefined, []],
    [{ over: 'gelijke-behandeling' }, 'gelijke-behandeling', undefined, []],
    [{ over: 'steunpunt' }, 'klacht-over-steunpunt', undefined, []],
  ])('%o leads to %s', (answers, outcome, deadline, flags) => {
    const step = nextStep(answers);
    expect(step.kind).toBe('outcome');
    if (step.kind !== 'outcome') return;
    expect(step.outcome.id).toBe(outcome);
    expect(step.outcome.deadline).toBe(deadline);
    expect(step.flags).toEqual(flags);
  });

  it('asks the questions one by one on the way', () => {
    const asks = (answers: Answers) => {
      const step = nextStep(answers);
      return step.kind === 'question' ? step.question.id : step.kind;
    };
    expect(asks({})).toBe('over');
    expect(asks({ over: 'verwijdering' })).toBe('besluit');
    expect(asks({ over: 'verwijdering', besluit: 'ja' })).toBe('school');
    expect(asks({ over: 'gedrag' })).toBe('gesproken');
    expect(asks({ over: 'opp', besluit: 'ja' })).toBe('outcome');
  });

  it('lists what was asked and answered, for the summary on the outcome page', () => {
    expect(answered({ over: 'tlv' }).map(({ question, label }) => [question.id, label])).toEqual([
      [
        'over',
        'Een besluit van het samenwerkingsverband over een toelaatbaarheidsverklaring (TLV)',
      ],
    ]);
    expect(answered({ over: 'gedrag', gesproken: 'nee' }).map((a) => a.label)).toEqual([
      'Iets wat iemand van de school of het samenwerkingsverband deed of besloot',
      'Nee, nog niet',
    ]);
  });
});

describe('a hand-edited URL', () => {
  it.each([
    [{ over: 'iets-anders' }, 'unknown answer "iets-anders" to "over"'],
    [{ over: 'tlv', waarom: 'x' }, 'unknown question "waarom"'],
    [{ over: 'TLV' }, 'unknown answer "TLV" to "over"'],
    [{ over: '' }, 'unknown answer "" to "over"'],
    [{ constructor: 'x' }, 'unknown question "constructor"'],
    [{ toString: 'ja' }, 'unknown question "toString"'],
    [{ over: 'tlv', besluit: 'ja' }, 'answers to questions not asked: besluit'],
    [{ besluit: 'ja' }, 'answers to questions not asked: besluit'],
    [{ over: 'opp', besluit: 'ja', school: 'openbaar' }, 'answers to questions not asked: school'],
  ])('%o is invalid, not a throw', (answers, reason) => {
    expect(nextStep(answers)).toEqual({ kind: 'invalid', reason });
  });

  it('keeps unknown values from the query string, so that nextStep can call them invalid', () => {
    const answers = answersFromSearch(new URLSearchParams('over=bestaat-niet'));
    expect(answers).toEqual({ over: 'bestaat-niet' });
    expect(nextStep(answers).kind).toBe('invalid');
  });
});

describe('the answers in the query string', () => {
  it('survive the round trip on every path, and on every step of it', () => {
    for (const path of paths) {
      for (let length = 0; length <= path.asked.length; length += 1) {
        const answers = Object.fromEntries(
          path.asked.slice(0, length).map((id) => [id, path.answers[id]!]),
        );
        expect(answersFromSearch(new URLSearchParams(toSearch(answers)))).toEqual(answers);
      }
    }
  });

  it('are written in question order, whatever order they came in', () => {
    expect(toSearch({ school: 'openbaar', besluit: 'ja', over: 'verwijdering' })).toBe(
      'over=verwijdering&besluit=ja&school=openbaar',
    );
    expect(toSearch({})).toBe('');
  });

  it('are read without the other parameters of the page, the first value of a repeated key', () => {
    const search = new URLSearchParams('datum=2026-01-08&besluit=ja&over=toelating&over=opp');
    const answers = answersFromSearch(search);
    expect(answers).toEqual({ over: 'toelating', besluit: 'ja' });
    expect(Object.keys(answers)).toEqual(['over', 'besluit']);
  });

  it('leave out unknown questions when written', () => {
    expect(toSearch({ over: 'tlv', waarom: 'x' })).toBe('over=tlv');
  });
});

describe('backTo: changing an earlier answer', () => {
  const full = { over: 'verwijdering', besluit: 'ja', school: 'openbaar' };

  it('drops that answer and the ones after it', () => {
    expect(backTo(full, 'besluit')).toEqual({ over: 'verwijdering' });
    expect(backTo(full, 'over')).toEqual({});
    expect(backTo(full, 'school')).toEqual({ over: 'verwijdering', besluit: 'ja' });
  });

  it('asks the question again', () => {
    const step = nextStep(backTo(full, 'besluit'));
    expect(step.kind === 'question' && step.question.id).toBe('besluit');
  });

  it('drops nothing for a question not on the path, nor for an unknown id', () => {
    expect(backTo({ over: 'tlv' }, 'besluit')).toEqual({ over: 'tlv' });
    expect(backTo(full, 'bestaat-niet')).toEqual(full);
  });
});
