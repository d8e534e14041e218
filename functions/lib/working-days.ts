import { TZDate } from '@date-fns/tz';
import { addBusinessDays } from 'date-fns';
import { timeZone } from './amsterdam-time.ts';

/**
 * The moment `days` working days (Monday to Friday, Amsterdam) after `from`, at the same
 * time of day. Public holidays are not taken into account yet.
 */
export function addWorkingDays(from: Date, days: number): Date {
  return new Date(addBusinessDays(new TZDate(from, timeZone), days).getTime());
}
