/**
 * The periods the monitor counts over, built from calendar months in Amsterdam (the facts
 * are grouped by month, facts.ts): a month, a quarter, a half year, or a school year
 * (1 August to 31 July, as schools and SWVs plan). Ids are what a URL carries:
 * `2026-05`, `2026-K2`, `2026-H1`, `2025-2026`.
 */
import { amsterdamMonth } from '../core/amsterdam-month.ts';

export const periodKinds = {
  maand: 'Maand',
  kwartaal: 'Kwartaal',
  halfjaar: 'Halfjaar',
  schooljaar: 'Schooljaar',
} as const;
export type PeriodKind = keyof typeof periodKinds;

export interface Period {
  kind: PeriodKind;
  id: string;
  /** "mei 2026", "2e kwartaal 2026", "1e halfjaar 2026", "schooljaar 2025-2026". */
  label: string;
  /** Its months, "2026-04" …, in order. */
  months: readonly string[];
}

const monthNames = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** Months as a running number (year * 12 + month - 1), so adding and comparing is plain. */
const toIndex = (year: number, month: number) => year * 12 + month - 1;
const monthOf = (index: number) => {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const range = (first: number, count: number) =>
  Array.from({ length: count }, (_, i) => monthOf(first + i));

/** Where a period of this kind starts (month index) for a month in it, and how long it is. */
const shapes: Record<PeriodKind, { length: number; startOf: (index: number) => number }> = {
  maand: { length: 1, startOf: (index) => index },
  kwartaal: { length: 3, startOf: (index) => index - (index % 3) },
  halfjaar: { length: 6, startOf: (index) => index - (index % 6) },
  // August is month 7 (0-based) of its year.
  schooljaar: { length: 12, startOf: (index) => index - (((index % 12) + 12 - 7) % 12) },
};

function build(kind: PeriodKind, start: number): Period {
  const year = Math.floor(start / 12);
  const month0 = start % 12;
  const { length } = shapes[kind];
  const id =
    kind === 'maand'
      ? monthOf(start)
      : kind === 'kwartaal'
        ? `${year}-K${month0 / 3 + 1}`
        : kind === 'halfjaar'
          ? `${year}-H${month0 / 6 + 1}`
          : `${year}-${year + 1}`;
  const label =
    kind === 'maand'
      ? `${monthNames[month0]} ${year}`
      : kind === 'kwartaal'
        ? `${month0 / 3 + 1}e kwartaal ${year}`
        : kind === 'halfjaar'
          ? `${month0 / 6 + 1}e halfjaar ${year}`
          : `schooljaar ${year}-${year + 1}`;
  return { kind, id, label, months: range(start, length) };
}

const startIndex = (period: Period) => {
  const [year, month] = period.months[0]!.split('-').map(Number);
  return toIndex(year!, month!);
};

/** The period of this kind that holds the month "2026-05". */
export function periodOf(kind: PeriodKind, month: string): Period {
  const [year, monthNumber] = month.split('-').map(Number);
  return build(kind, shapes[kind].startOf(toIndex(year!, monthNumber!)));
}

/** The period an id names, or undefined for anything else (a hand-edited URL). */
export function parsePeriod(id: string): Period | undefined {
  let match = /^(\d{4})-(\d{2})$/.exec(id);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? periodOf('maand', id) : undefined;
  }
  match = /^(\d{4})-K([1-4])$/.exec(id);
  if (match) return build('kwartaal', toIndex(Number(match[1]), (Number(match[2]) - 1) * 3 + 1));
  match = /^(\d{4})-H([12])$/.exec(id);
  if (match) return build('halfjaar', toIndex(Number(match[1]), (Number(match[2]) - 1) * 6 + 1));
  match = /^(\d{4})-(\d{4})$/.exec(id);
  if (match && Number(match[2]) === Number(match[1]) + 1) {
    return build('schooljaar', toIndex(Number(match[1]), 8));
  }
  return undefined;
}

/** The period of the same kind `steps` back (1: the previous one). */
export function periodBefore(period: Period, steps = 1): Period {
  return build(period.kind, startIndex(period) - steps * shapes[period.kind].length);
}

/** The same period a year earlier. */
export const yearEarlier = (period: Period): Period => build(period.kind, startIndex(period) - 12);

/** The last period of this kind that has ended by `now` (Amsterdam). */
export function lastComplete(kind: PeriodKind, now: Date): Period {
  return periodBefore(periodOf(kind, amsterdamMonth(now)));
}

/** `count` periods ending with this one, oldest first. */
export const trendUpTo = (period: Period, count: number): Period[] =>
  Array.from({ length: count }, (_, i) => periodBefore(period, count - 1 - i));
