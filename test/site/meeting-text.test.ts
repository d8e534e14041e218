/**
 * The words a parent reads about a meeting's places on the agenda and the sign-up page.
 */
import { describe, expect, it } from 'vitest';
import {
  availabilityText,
  fullListHelp,
} from '../../site/src/components/oudercafe/meeting-text.ts';

describe('availabilityText', () => {
  it('says how many places are left', () => {
    expect(availabilityText({ state: 'open', placesLeft: 3, waitingCount: 0 })).toBe(
      'Nog 3 plekken vrij',
    );
    expect(availabilityText({ state: 'open', placesLeft: 1, waitingCount: 0 })).toBe(
      'Nog 1 plek vrij',
    );
  });

  it('offers the waiting list only while it has room', () => {
    expect(availabilityText({ state: 'vol', placesLeft: 0, waitingCount: 4 })).toBe(
      'Vol – je kunt op de wachtlijst',
    );
    expect(availabilityText({ state: 'wachtlijst-vol', placesLeft: 0, waitingCount: 4 })).toBe(
      'Vol. Ook de wachtlijst is vol.',
    );
  });

  it('does not speak of a full list when the meeting has no list at all', () => {
    expect(availabilityText({ state: 'wachtlijst-vol', placesLeft: 0, waitingCount: 0 })).toBe(
      'Vol. Er is geen wachtlijst.',
    );
  });

  it('names a closed or cancelled meeting', () => {
    expect(availabilityText({ state: 'gesloten', placesLeft: 2, waitingCount: 0 })).toBe(
      'Aanmelden gesloten',
    );
    expect(availabilityText({ state: 'geannuleerd', placesLeft: 2, waitingCount: 0 })).toBe(
      'Geannuleerd',
    );
  });
});

describe('fullListHelp', () => {
  it('says signing up cannot, and points to the contact block by the steunpunt it names', () => {
    const help = fullListHelp('Steunpunt Amstel & Meer');
    expect(`${help.intro} ${help.before} ${help.link} ${help.after}`).toBe(
      'Aanmelden kan niet meer. Wil je toch komen, of heb je een vraag? Neem dan contact op met Steunpunt Amstel & Meer. Hoe je het steunpunt bereikt, staat onder Contact onderaan deze pagina.',
    );
    expect(help.href).toBe('#contact');
    expect(fullListHelp('het steunpunt').intro).toContain('contact op met het steunpunt.');
  });
});
