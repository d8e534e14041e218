import { inAmsterdam, isoDay, isoMonth } from '../lib/amsterdam-time.ts';

/** "2026-11": the calendar month in the Netherlands, as the monitor groups cases. */
export function amsterdamMonth(moment: Date): string {
  return isoMonth(inAmsterdam(moment));
}

/** "2026-11-24": the calendar day in the Netherlands. */
export function amsterdamDay(moment: Date): string {
  return isoDay(inAmsterdam(moment));
}
