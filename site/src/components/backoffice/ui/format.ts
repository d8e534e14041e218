/** Dates as Dutch staff read them, always in Amsterdam time, and the labels of codes. */
import { caseStatuses, intakeChannels } from '../../../../../functions/cases/case.ts';
import {
  contactChannels,
  roles,
  schoolTypes,
  topics,
} from '../../../../../functions/core/vocabulary.ts';

const timeZone = 'Europe/Amsterdam';

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat('nl-NL', {
  timeZone,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const monthName = new Intl.DateTimeFormat('nl-NL', { timeZone, month: 'long', year: 'numeric' });

const valid = (iso: string | undefined) => {
  if (!iso) return undefined;
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? undefined : moment;
};

/** "24 nov 2026, 10:15" */
export const formatDateTime = (iso: string | undefined) => {
  const moment = valid(iso);
  return moment ? dateTime.format(moment) : '–';
};

/** "di 24 nov 2026" */
export const formatDate = (iso: string | undefined) => {
  const moment = valid(iso);
  return moment ? dateOnly.format(moment) : '–';
};

/** "november 2026" for "2026-11" */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  // Noon on the 15th is in that month in every time zone.
  return monthName.format(new Date(Date.UTC(year, number - 1, 15, 12)));
}

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
