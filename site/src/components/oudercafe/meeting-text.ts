/**
 * How a meeting reads for a parent: its date, time and place (the wording the back office
 * shares, from `lib/meeting-text.ts`), its availability, and the Oudercafé's page links.
 * Plain functions without zod, so the agenda's small script stays small.
 */
import type { MeetingState } from '../../../../functions/meetings/meeting-schema.ts';

export { meetingDay, meetingWhen, meetingWhere } from '../../lib/meeting-text.ts';

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
