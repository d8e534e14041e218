/**
 * The Oudercafé's catalogs (issue #14): the sign-up's field messages, the API's answers,
 * the mails and the pages have every text in every language, none of them the Dutch text
 * left in place, each with the Dutch text's placeholders.
 */
import { describe, expect, it } from 'vitest';
import { meetingMailTexts } from '../../functions/meetings/meeting-mail-texts.ts';
import { meetingAnswers, signUpMessages } from '../../functions/meetings/meeting-messages.ts';
import { oudercafeTexts } from '../../site/src/components/oudercafe/oudercafe-texts.ts';
import { chrome } from '../../site/src/lib/i18n/chrome.ts';
import { localeCodes } from '../../functions/core/locales.ts';
import { catalogProblems } from '../support/catalog-check.ts';

describe('the Oudercafé catalogs', () => {
  it('the sign-up has every field message in every language', () => {
    expect(catalogProblems(signUpMessages)).toEqual([]);
  });

  it('the API has every answer in every language', () => {
    expect(catalogProblems(meetingAnswers)).toEqual([]);
  });

  it('the pages have every text in every language; only "Contact" stays as it is in English', () => {
    expect(catalogProblems(oudercafeTexts, ['Contact'])).toEqual([]);
  });

  it('the mails have every text in every language', () => {
    expect(catalogProblems(meetingMailTexts)).toEqual([]);
  });

  it('names the contact block as its heading does, in every language', () => {
    for (const lang of localeCodes) {
      expect(oudercafeTexts[lang].browser.fullList.link, lang).toBe(chrome[lang].contact);
    }
  });
});
