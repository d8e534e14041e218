/**
 * The periods the monitor page offers to choose from, made on the server from periods.ts
 * so that the browser carries no calendar code: per kind the ongoing period first, then
 * the ones before it.
 */
import { periodBefore, periodKinds, periodOf, type Period, type PeriodKind } from './periods.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';

export interface PeriodChoice {
  id: string;
  label: string;
}

/** How many of each kind the chooser lists: two years of months, five school years. */
const listed: Record<PeriodKind, number> = { maand: 24, kwartaal: 12, halfjaar: 8, schooljaar: 5 };

export interface KindChoice {
  kind: PeriodKind;
  /** "Halfjaar" */
  label: string;
  /** Newest first; the first is the period that is still going on. */
  periods: PeriodChoice[];
}

export interface PeriodChoices {
  kinds: KindChoice[];
  /** The period before the chosen one, and after it unless that has not begun. */
  previous: PeriodChoice;
  next?: PeriodChoice;
}

const choice = ({ id, label }: Period): PeriodChoice => ({ id, label });

/** Whether the period has begun by `now` (Amsterdam): a later one has nothing to count. */
export const hasBegun = (period: Period, now: Date) => period.months[0]! <= amsterdamMonth(now);

export function periodChoices(chosen: Period, now: Date): PeriodChoices {
  const month = amsterdamMonth(now);
  const kinds = (Object.keys(periodKinds) as PeriodKind[]).map((kind) => {
    const ongoing = periodOf(kind, month);
    return {
      kind,
      label: periodKinds[kind],
      periods: Array.from({ length: listed[kind] }, (_, back) =>
        choice(periodBefore(ongoing, back)),
      ),
    };
  });
  const next = periodBefore(chosen, -1);
  return {
    kinds,
    previous: choice(periodBefore(chosen)),
    ...(hasBegun(next, now) ? { next: choice(next) } : {}),
  };
}
