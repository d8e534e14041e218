/**
 * Every text of the Oudercafé's sign-up, answers and mails exists in every language of the
 * portal (issue #14): not empty, not the Dutch text passed off as a translation, and with
 * the same placeholders as the Dutch one, so data fills every language alike.
 */
import { describe, expect, it } from 'vitest';
import { localeCodes, sourceLocale } from '../core/locales.ts';
import { meetingMailTexts } from './meeting-mail-texts.ts';
import { meetingAnswers, signUpMessages } from './meeting-messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const catalogs = { signUpMessages, meetingAnswers, meetingMailTexts } as Record<
  string,
  Record<string, Record<string, string>>
>;

describe.each(Object.entries(catalogs))('%s', (_, catalog) => {
  const dutch = catalog[sourceLocale]!;
  it.each(localeCodes)('is complete in %s, with the Dutch placeholders', (lang) => {
    const texts = catalog[lang]!;
    expect(Object.keys(texts).sort()).toEqual(Object.keys(dutch).sort());
    for (const [key, text] of Object.entries(texts)) {
      expect(text.trim(), `${lang}.${key}`).not.toBe('');
      expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(dutch[key]!));
      if (lang !== sourceLocale) expect(text, `${lang}.${key}`).not.toBe(dutch[key]);
    }
  });
});
