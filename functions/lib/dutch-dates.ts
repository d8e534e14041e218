/**
 * The one way the portal writes a date or a time, on the site, in the back office and in
 * mails alike: Dutch, in Amsterdam time whatever the reader's or the server's zone, the time
 * with a full stop ("19.30"). Two styles: long for parents ("vrijdag 11 december 2026,
 * 14.05 uur"), compact for the back office's tables ("vr 11 dec 2026, 14.05").
 * Intl only, no imports: the site's small scripts take it into the browser.
 */
export const timeZone = 'Europe/Amsterdam';

const inAmsterdam = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone, ...options });

const longDay = inAmsterdam({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const compactDay = inAmsterdam({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const plainDay = inAmsterdam({ day: 'numeric', month: 'long', year: 'numeric' });
const monthOfYear = inAmsterdam({ month: 'long', year: 'numeric' });
const time = inAmsterdam({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * A calendar date ("2026-11-24": a check date, a sign-up deadline) as a moment on that day
 * in Amsterdam: noon UTC is on the same day there in summer and in winter.
 */
export const calendarDay = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);

/** "14.05" */
export const clock = (moment: Date) => time.format(moment).replace(':', '.');

/** "vrijdag 11 december 2026" */
export const longDate = (moment: Date) => longDay.format(moment);

/** "vrijdag 11 december 2026, 14.05 uur" */
export const longDateTime = (moment: Date) => `${longDate(moment)}, ${clock(moment)} uur`;

/** "dinsdag 15 december 2026, 19.30–21.00 uur" (the start's day: meetings end on it). */
export const longTimeRange = (start: Date, end: Date) =>
  `${longDate(start)}, ${clock(start)}–${clock(end)} uur`;

/** "vr 11 dec 2026" */
export const compactDate = (moment: Date) => compactDay.format(moment);

/** "vr 11 dec 2026, 14.05" */
export const compactDateTime = (moment: Date) => `${compactDate(moment)}, ${clock(moment)}`;

/** "di 15 dec 2026, 19.30–21.00" */
export const compactTimeRange = (start: Date, end: Date) =>
  `${compactDate(start)}, ${clock(start)}–${clock(end)}`;

/** "24 november 2026": a day without its weekday, for when a page was last checked. */
export const plainDate = (moment: Date) => plainDay.format(moment);

/** "november 2026" for the month "2026-11". */
export function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return monthOfYear.format(new Date(Date.UTC(year, number - 1, 15, 12)));
}
