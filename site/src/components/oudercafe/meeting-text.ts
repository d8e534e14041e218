/**
 * How a meeting's places read for a parent, and the Oudercafé's page links (its date, time
 * and place are worded in `lib/meeting-text.ts`, shared with the back office).
 * Plain functions without zod, so the agenda's small script stays small.
 */
import type { PublicMeeting } from '../../../../functions/meetings/meeting-schema.ts';

type Places = Pick<PublicMeeting, 'state' | 'placesLeft' | 'waitingCount'>;

/** What a parent needs to know about the places, in one short line. */
export function availabilityText(meeting: Places): string {
  switch (meeting.state) {
    case 'open':
      return meeting.placesLeft === 1
        ? 'Nog 1 plek vrij'
        : `Nog ${meeting.placesLeft} plekken vrij`;
    case 'vol':
      return 'Vol – je kunt op de wachtlijst';
    case 'wachtlijst-vol':
      // A list that holds nobody yet is full only because this meeting has none.
      return meeting.waitingCount > 0
        ? 'Vol. Ook de wachtlijst is vol.'
        : 'Vol. Er is geen wachtlijst.';
    case 'gesloten':
      return 'Aanmelden gesloten';
    case 'geannuleerd':
      return 'Geannuleerd';
  }
}

/**
 * What a parent can still do when neither a place nor the waiting list is left: reach the
 * steunpunt. The way to reach it is the contact block at the foot of every SWV page
 * (`#contact`, kept live from the register, with phone and e-mail or the national line),
 * so the text points there rather than repeating an address. `link` is the linked word.
 */
export function fullListHelp(steunpunt: string) {
  return {
    intro: `Aanmelden kan niet meer. Wil je toch komen, of heb je een vraag? Neem dan contact op met ${steunpunt}.`,
    before: 'Hoe je het steunpunt bereikt, staat onder',
    link: 'Contact',
    href: '#contact',
    after: 'onderaan deze pagina.',
  } as const;
}

export const oudercafePaths = {
  agenda: (slug: string) => `/${slug}/oudercafe/`,
  signUp: (slug: string, meetingId?: string) =>
    meetingId
      ? `/${slug}/oudercafe/aanmelden/?${new URLSearchParams({ id: meetingId }).toString()}`
      : `/${slug}/oudercafe/aanmelden/`,
  cancel: (slug: string) => `/${slug}/oudercafe/afmelden/`,
};
