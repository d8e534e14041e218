import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { timeZone } from '../lib/amsterdam-time.ts';

/** "2026-11": the calendar month in the Netherlands, as the monitor groups cases. */
export function amsterdamMonth(moment: Date): string {
  return format(new TZDate(moment, timeZone), 'yyyy-MM');
}

/** "2026-11-24": the calendar day in the Netherlands. */
export function amsterdamDay(moment: Date): string {
  return format(new TZDate(moment, timeZone), 'yyyy-MM-dd');
}
