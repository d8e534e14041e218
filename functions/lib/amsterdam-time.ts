import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { nl } from 'date-fns/locale';

export const timeZone = 'Europe/Amsterdam';

/** The calendar year in the Netherlands: a question at 00:30 on 1 January belongs to the new year. */
export function amsterdamYear(moment: Date): number {
  return new TZDate(moment, timeZone).getFullYear();
}

/** "24 november 2026 om 10:15", as Dutch readers expect it. */
export function formatAmsterdam(moment: Date): string {
  return format(new TZDate(moment, timeZone), "d MMMM yyyy 'om' HH:mm", { locale: nl });
}
