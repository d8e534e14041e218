/**
 * A condition is data: question id → the answers that satisfy it. Every entry must hold
 * (and), and a list of conditions holds when one of them does (or). Questions say with it
 * when they are asked, outcomes when they are the answer (Smart Answers ADR 003: each
 * outcome is defined once with its own conditions, no nested branching).
 *
 *   [{ over: ['verwijdering', 'toelating'], besluit: ['ja'] }, { over: ['tlv'] }]
 */
export type Condition = Readonly<Record<string, readonly string[]>>;

export type Answers = Readonly<Record<string, string>>;

const holds = (answers: Answers, condition: Condition) =>
  Object.entries(condition).every(
    ([questionId, values]) =>
      Object.hasOwn(answers, questionId) && values.includes(answers[questionId]!),
  );

export const anyHolds = (answers: Answers, conditions: readonly Condition[]) =>
  conditions.some((condition) => holds(answers, condition));
