/**
 * Dates as Dutch staff read them (the compact style of functions/lib/dutch-dates.ts, in
 * Amsterdam time), and the labels of codes.
 */
import { caseStatuses, intakeChannels } from '../../../../../functions/cases/case.ts';
import {
  contactChannels,
  roles,
  schoolTypes,
  topics,
} from '../../../../../functions/core/vocabulary.ts';
import {
  calendarDay,
  compactDate,
  compactDateTime,
  monthName,
  timeZone,
} from '../../../../../functions/lib/dutch-dates.ts';

/** A moment ("2026-11-24T09:15:00Z"), or a calendar date ("2026-11-24") on its own day. */
const valid = (iso: string | undefined) => {
  if (!iso) return undefined;
  const moment = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? calendarDay(iso) : new Date(iso);
  return Number.isNaN(moment.getTime()) ? undefined : moment;
};

/** "di 24 nov 2026, 10.15" */
export const formatDateTime = (iso: string | undefined) => {
  const moment = valid(iso);
  return moment ? compactDateTime(moment) : '–';
};

/** "di 24 nov 2026", of a moment or of a calendar date ("2026-11-24"). */
export const formatDate = (iso: string | undefined) => {
  const moment = valid(iso);
  return moment ? compactDate(moment) : '–';
};

/** "november 2026" for "2026-11" */
export const formatMonth = monthName;

/** The month in Amsterdam as YYYY-MM, `back` months before `from`. */
export function amsterdamMonth(from: Date, back = 0): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
    .formatToParts(from)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  const index = Number(parts.year) * 12 + Number(parts.month) - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const labelIn =
  <T extends Record<string, string>>(labels: T) =>
  (value: string | undefined) =>
    value === undefined ? '–' : (labels[value as keyof T] ?? value);

export const statusLabel = labelIn(caseStatuses);
export const topicLabel = labelIn(topics);
export const roleLabel = labelIn(roles);
export const schoolTypeLabel = labelIn(schoolTypes);
export const intakeChannelLabel = labelIn(intakeChannels);
export const contactChannelLabel = labelIn(contactChannels);
