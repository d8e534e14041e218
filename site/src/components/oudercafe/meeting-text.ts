/**
 * How a meeting's places read for a parent, and the Oudercafé's page links (its date, time
 * and place are worded in `lib/meeting-text.ts`, shared with the back office).
 * Plain functions without zod, so the agenda's small script stays small.
 */
import type { Locale } from '../../../../functions/core/locales.ts';
import type { PublicMeeting } from '../../../../functions/meetings/meeting-schema.ts';
import { fullListNl, placesNl, type FullListTexts, type PlacesTexts } from './oudercafe-texts.ts';

type Places = Pick<PublicMeeting, 'state' | 'placesLeft' | 'waitingCount'>;

/** What a parent needs to know about the places, in one short line, in the page's words. */
export function availabilityText(meeting: Places, t: PlacesTexts = placesNl): string {
  switch (meeting.state) {
    case 'open':
      return meeting.placesLeft === 1
        ? t.onePlace
        : t.places.replace('{count}', String(meeting.placesLeft));
    case 'vol':
      return t.full;
    case 'wachtlijst-vol':
      // A list that holds nobody yet is full only because this meeting has none.
      return meeting.waitingCount > 0 ? t.waitingFull : t.noWaitingList;
    case 'gesloten':
      return t.closed;
    case 'geannuleerd':
      return t.cancelled;
  }
}

/**
 * What a parent can still do when neither a place nor the waiting list is left: reach the
 * steunpunt. The way to reach it is the contact block at the foot of every SWV page
 * (`#contact`, kept live from the register, with phone and e-mail or the national line),
 * so the text points there rather than repeating an address. `link` is the linked word.
 */
export function fullListHelp(steunpunt: string, t: FullListTexts = fullListNl) {
  return {
    intro: t.intro.replace('{steunpunt}', steunpunt),
    before: t.before,
    link: t.link,
    href: '#contact',
    after: t.after,
  } as const;
}

/** The Oudercafé's pages in a language: Dutch at `/<slug>/…`, the others at `/<lang>/<slug>/…`. */
const base = (slug: string, lang: Locale) =>
  lang === 'nl' ? `/${slug}/oudercafe/` : `/${lang}/${slug}/oudercafe/`;

export const oudercafePaths = {
  agenda: (slug: string, lang: Locale = 'nl') => base(slug, lang),
  signUp: (slug: string, meetingId?: string, lang: Locale = 'nl') =>
    meetingId
      ? `${base(slug, lang)}aanmelden/?${new URLSearchParams({ id: meetingId }).toString()}`
      : `${base(slug, lang)}aanmelden/`,
  cancel: (slug: string, lang: Locale = 'nl') => `${base(slug, lang)}afmelden/`,
};
