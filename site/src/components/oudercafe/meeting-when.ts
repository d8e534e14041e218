/**
 * A meeting's day and time in the page's language (issue #14), in Amsterdam time: Dutch
 * exactly as lib/meeting-text.ts writes it for parents and staff, the other languages by
 * Intl (core/locale-dates.ts, Arabic with Latin digits).
 */
import { longDateIn, longTimeRangeIn } from '../../../../functions/core/locale-dates.ts';
import type { Locale } from '../../../../functions/core/locales.ts';
import { meetingDay, meetingWhen } from '../../lib/meeting-text.ts';

export const meetingDayIn = (lang: Locale, startsAt: string) =>
  lang === 'nl' ? meetingDay(startsAt) : longDateIn(lang, new Date(startsAt));

export function meetingWhenIn(lang: Locale, startsAt: string, endsAt: string): string {
  if (lang === 'nl') return meetingWhen(startsAt, endsAt);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime())) return '';
  if (Number.isNaN(end.getTime())) return longDateIn(lang, start);
  return longTimeRangeIn(lang, start, end);
}
