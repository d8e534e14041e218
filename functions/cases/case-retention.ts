/**
 * When a closed case's personal data goes: whoever closes a case sets its purge keys in
 * the same write; reopening removes them. The retention job (functions/privacy/retention.ts)
 * finds the cases that are due through the purge index and erases them.
 */
import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import { purgePartition } from '../core/keys.ts';
import { timeZone } from '../lib/amsterdam-time.ts';
import { defaultSettings } from './case-settings.ts';

/** The term when a steunpunt has not set its own (functions/cases/case-settings.ts). */
export const defaultRetentionMonths = defaultSettings.retentionMonths;

/** The purge keys of a case closed at `closedAt`: set them in the closing write. */
export function purgeAttributes(
  casePk: string,
  closedAt: Date,
  months: number = defaultRetentionMonths,
) {
  return {
    purgePk: purgePartition,
    // Calendar months in Amsterdam; stored in UTC like every other moment.
    purgeSk: `${new Date(addMonths(new TZDate(closedAt, timeZone), months).getTime()).toISOString()}#${casePk}`,
  };
}
