/** How the back office writes a meeting's time, its SWVs and its state (short, for tables). */
import type { StaffMeetingSummary } from '../../../../../functions/meetings/meeting-schema.ts';
import type { Me } from '../shell/use-session.ts';
import { clock, compactDate, compactTimeRange } from '../../../../../functions/lib/dutch-dates.ts';

/** "di 8 dec 2026, 19.30–21.00" */
export function shortMeetingWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime())) return '–';
  if (Number.isNaN(end.getTime())) return `${compactDate(start)}, ${clock(start)}`;
  return compactTimeRange(start, end);
}

/** "Alle samenwerkingsverbanden" when the meeting is for every SWV the user works for. */
export function meetingTenantsText(me: Me, tenants: readonly string[]): string {
  const all = me.tenants.map((tenant) => tenant.slug);
  if (all.length > 1 && all.every((slug) => tenants.includes(slug))) {
    return 'Alle samenwerkingsverbanden';
  }
  return tenants
    .map((slug) => {
      const tenant = me.tenants.find((t) => t.slug === slug);
      return tenant?.shortName ?? tenant?.name ?? slug;
    })
    .join(', ');
}

export function meetingStateLabel(meeting: StaffMeetingSummary, now = Date.now()): string {
  if (meeting.cancelled || meeting.state === 'geannuleerd') return 'Geannuleerd';
  if (new Date(meeting.endsAt).getTime() <= now) return 'Afgelopen';
  if (new Date(meeting.startsAt).getTime() <= now) return 'Bezig';
  switch (meeting.state) {
    case 'open':
      return 'Aanmelden open';
    case 'vol':
      return 'Vol, wachtlijst open';
    case 'wachtlijst-vol':
      return 'Vol, wachtlijst vol';
    case 'gesloten':
      return 'Aanmelden gesloten';
    default:
      return meeting.state;
  }
}
