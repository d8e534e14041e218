/**
 * The monitor's figures as the capabilities hand them on: raw counts never leave the
 * server; what a reader, a report or an export sees is always the protected form, in
 * which a small count is a hidden cell (functions/monitor/protect.ts). Types only, so the
 * back office, the report and the exports share one shape.
 */
import type { Period } from './periods.ts';

/** What the monitor breaks contacts down by: fields of the anonymous fact (facts.ts). */
export const dimensions = {
  kind: 'Soort contact',
  route: 'Route bij een klacht of geschil',
  topic: 'Onderwerp',
  role: 'Wie nam contact op',
  schoolType: 'Soort school',
  gemeente: 'Gemeente',
  channel: 'Kanaal',
  signalCategory: 'Signaal',
} as const;
export type Dimension = keyof typeof dimensions;
export const dimensionNames = Object.keys(dimensions) as [Dimension, ...Dimension[]];

/** The Oudercafé in a period. */
export interface MeetingCounts {
  meetings: number;
  signUps: number;
  attended: number;
}

/** The counts a month view shows of its own: what a longer period's totals are made of. */
export interface MonthTotals {
  total: number;
  signUps: number;
  attended: number;
}

/** One tenant's raw counts over one period: server side only, never sent as is. */
export interface PeriodCounts {
  period: Period;
  /** Contacts (cases) that came in during the period. */
  total: number;
  /** The same totals per month of the period, in order (one for a month). */
  perMonth: MonthTotals[];
  /** Per dimension, per value key (e.g. topic `opp`): how many contacts. */
  byDimension: Record<Dimension, Record<string, number>>;
  /** Of the cases whose first answer is known: how many were answered within the target. */
  firstAnswer: { within: number; known: number };
  meetings: MeetingCounts;
}

/** One tenant's raw figures for a chosen period and what it is compared with. */
export interface RawFigures {
  tenant: string;
  current: PeriodCounts;
  previous: PeriodCounts;
  yearEarlier: PeriodCounts;
  /** The same kind of period going back, oldest first, ending with `current`. */
  trend: PeriodCounts[];
}

/** A count as anyone outside the server sees it. */
export type Shown =
  | { shown: true; value: number }
  /** `klein`: 1 to threshold-1; `afgeleid`: hidden so a small one cannot be worked out. */
  | { shown: false; reason: 'klein' | 'afgeleid' };

export interface ProtectedCounts {
  period: Period;
  total: Shown;
  byDimension: Record<Dimension, Record<string, Shown>>;
  /** Percentage answered within the target, only when `known` is at least 20. */
  withinTargetPercent?: number;
  meetings: { meetings: Shown; signUps: Shown; attended: Shown };
}

/** What rose or fell most between two shown counts (never from a hidden one). */
export interface Change {
  dimension: Dimension;
  value: string;
  from: number;
  to: number;
}

/** A signal text a coördinator approved, with how many cases stand behind it. */
export interface ProtectedSignalText {
  text: string;
  /** The month it was approved for, "2026-05". */
  month: string;
  cases: Shown;
}

/**
 * The approved signal texts of one category in the period. No count for the group: it
 * would be the sum of its texts' counts, and a sum beside its parts gives a hidden part
 * away. How many contacts had a signal of the category is the `signalCategory` breakdown.
 */
export interface ProtectedSignalGroup {
  category: string;
  texts: ProtectedSignalText[];
}

export interface ProtectedFigures {
  tenant: string;
  /** The smallest count shown; a setting, never below 5. */
  threshold: number;
  current: ProtectedCounts;
  previous: ProtectedCounts;
  yearEarlier: ProtectedCounts;
  trend: ProtectedCounts[];
  /** Against the previous period, largest first. */
  changes: Change[];
  /** The approved signal texts of the current period (functions/monitor/signal-records.ts). */
  signals?: ProtectedSignalGroup[];
}
