import { TZDate } from '@date-fns/tz';
import { timeZone } from './amsterdam-time.ts';
import { isPublicHoliday, shift, weekday, type CalendarDay } from './dutch-holidays.ts';

/** A working day of the response-target calendar, as a plain Amsterdam calendar day. */
export const isWorkingCalendarDay = (day: CalendarDay) =>
  weekday(day) !== 0 && weekday(day) !== 6 && !isPublicHoliday(day);

/**
 * The response-target calendar: Monday to Friday, and not a national public holiday
 * (dutch-holidays.ts), in Amsterdam. Statutory filing terms use another calendar, the
 * Algemene termijnenwet's (termijnenwet-days.ts), where Goede Vrijdag and decree days count.
 */
export function isWorkingDay(moment: Date): boolean {
  const local = new TZDate(moment, timeZone);
  return isWorkingCalendarDay({
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
  });
}

/**
 * The moment `days` working days after `from`, at the same Amsterdam time of day (also
 * across a change to or from summer time). Weekends and the Dutch national public holidays
 * do not count; a negative `days` counts back.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const local = new TZDate(from, timeZone);
  const step = days < 0 ? -1 : 1;
  // Step over plain calendar days and set the time of day once at the end: stepping a
  // TZDate through a night that skips 02:00–03:00 would move the time an hour for good.
  let day: CalendarDay = {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
  };
  for (let left = Math.abs(Math.trunc(days)); left > 0;) {
    day = shift(day, step);
    if (isWorkingCalendarDay(day)) left--;
  }
  const due = new TZDate(
    day.year,
    day.month - 1,
    day.day,
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
    local.getMilliseconds(),
    timeZone,
  );
  return new Date(due.getTime());
}
