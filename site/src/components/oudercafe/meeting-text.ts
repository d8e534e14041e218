/**
 * How a meeting's places read for a parent, and the Oudercafé's page links (its date, time
 * and place are worded in `lib/meeting-text.ts`, shared with the back office).
 * Plain functions without zod, so the agenda's small script stays small.
 */
import type { MeetingState } from '../../../../functions/meetings/meeting-schema.ts';

/** What a parent needs to know about the places, in one short line. */
export function availabilityText(state: MeetingState, placesLeft: number): string {
  switch (state) {
    case 'open':
      return placesLeft === 1 ? 'Nog 1 plek vrij' : `Nog ${placesLeft} plekken vrij`;
    case 'vol':
      return 'Vol – je kunt op de wachtlijst';
    case 'gesloten':
      return 'Aanmelden gesloten';
    case 'geannuleerd':
      return 'Geannuleerd';
  }
}

export const oudercafePaths = {
  agenda: (slug: string) => `/${slug}/oudercafe/`,
  signUp: (slug: string, meetingId?: string) =>
    meetingId
      ? `/${slug}/oudercafe/aanmelden/?${new URLSearchParams({ id: meetingId }).toString()}`
      : `/${slug}/oudercafe/aanmelden/`,
  cancel: (slug: string) => `/${slug}/oudercafe/afmelden/`,
};
