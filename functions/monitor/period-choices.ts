/**
 * The periods the monitor page offers to choose from, made on the server from periods.ts
 * so that the browser carries no calendar code: per kind the last period that has ended
 * first, then the ones before it.
 *
 * Only periods that have ended: the counts of one still going on change from day to day,
 * and the difference between two days would show one contact (a hidden "minder dan 5"
 * one day, 5 the next, says it was 4).
 */
import { breakdownKinds, breaksDown } from './breakdown-periods.ts';
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
  /** Newest first; the first is the last period that has ended. */
  periods: PeriodChoice[];
}

export interface PeriodChoices {
  kinds: KindChoice[];
  /** The period before the chosen one, and after it unless that has not ended. */
  previous: PeriodChoice;
  next?: PeriodChoice;
  /** Whether the chosen period is broken down by topic, role and so on (breakdown-periods.ts). */
  brokenDown: boolean;
  /** If it is not: the ended periods that are and overlap it, so the page can point to them. */
  breakdownsIn: PeriodChoice[];
}

const choice = ({ id, label }: Period): PeriodChoice => ({ id, label });

/** Whether the period is over by `now` (Amsterdam): its counts no longer change. */
export const hasEnded = (period: Period, now: Date) => period.months.at(-1)! < amsterdamMonth(now);

/** The ended periods of the broken-down kind that share a month with `period`. */
function overlapping(period: Period, now: Date): PeriodChoice[] {
  if (breaksDown(period.kind)) return [];
  const found = new Map<string, Period>();
  for (const kind of breakdownKinds) {
    for (const month of period.months) {
      const holder = periodOf(kind, month);
      if (hasEnded(holder, now)) found.set(holder.id, holder);
    }
  }
  return [...found.values()].map(choice);
}

export function periodChoices(chosen: Period, now: Date): PeriodChoices {
  const month = amsterdamMonth(now);
  const kinds = (Object.keys(periodKinds) as PeriodKind[]).map((kind) => {
    const ongoing = periodOf(kind, month);
    return {
      kind,
      label: periodKinds[kind],
      periods: Array.from({ length: listed[kind] }, (_, back) =>
        choice(periodBefore(ongoing, back + 1)),
      ),
    };
  });
  const next = periodBefore(chosen, -1);
  return {
    kinds,
    previous: choice(periodBefore(chosen)),
    ...(hasEnded(next, now) ? { next: choice(next) } : {}),
    brokenDown: breaksDown(chosen.kind),
    breakdownsIn: overlapping(chosen, now),
  };
}
