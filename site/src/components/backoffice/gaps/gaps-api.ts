/** The two routes of "Nog in te vullen", and the words for the steunpunten that are urgent. */
import { portal } from '../../../lib/portal-client.ts';
import { api, type Answer } from '../shell/api.ts';

export const gapRoutes = {
  own: portal.backoffice['nog-in-te-vullen'],
  all: portal.backoffice.beheer['nog-in-te-vullen'],
};

export type SteunpuntGaps = Answer<typeof gapRoutes.all.$get>['steunpunten'][number];

/** The coördinator's own steunpunt, or every steunpunt for the beheerder. */
export const loadGaps = (all: boolean) => api((all ? gapRoutes.all : gapRoutes.own).$get);

export const urgentText = (count: number) =>
  count === 1
    ? '1 steunpunt heeft geen antwoordadres of geen actieve medewerker.'
    : `${count} steunpunten hebben geen antwoordadres of geen actieve medewerker.`;
