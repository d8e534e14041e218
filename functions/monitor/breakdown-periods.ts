/**
 * Which kinds of period the monitor breaks down by topic, role, school and so on: the
 * half year only. Half years never overlap, so no two breakdowns share a month and
 * nothing hidden in one can be found by subtracting another. Offering a breakdown for a
 * month or a quarter as well would undo that: a half year minus five of its months gives
 * the sixth month's hidden count, and the school year (August to July) overlaps two half
 * years. The other kinds show totals only (protect.ts, "across periods").
 *
 * Shared by the server and the monitor page (which says where the breakdowns are).
 */
import type { PeriodKind } from './periods.ts';

export const breakdownKinds: readonly PeriodKind[] = ['halfjaar'];

export const breaksDown = (kind: PeriodKind, kinds: readonly PeriodKind[] = breakdownKinds) =>
  kinds.includes(kind);
