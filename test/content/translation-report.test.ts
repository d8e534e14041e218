/**
 * `npm run translations` (issue #14): a translation made from today's Dutch source is
 * unchecked or checked; one made from an older Dutch source is stale, checked or not; a
 * missing one is missing. And the translations in content/ name a Dutch source that exists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dutchSources,
  sourceHash,
  translationReport,
} from '../../scripts/content/translation-report.ts';
import { translatedInfoPages, translatedPage } from '../../functions/tenants/translated-page.ts';

describe('translation report', () => {
  const dutchNow = sourceHash(['<h1>Hulp bij passend onderwijs</h1>']);
  const dutchBefore = sourceHash(['<h1>Hulp bij onderwijs</h1>']);

  it('hashes the Dutch source: same text same hash, any change another hash', () => {
    expect(dutchNow).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash(['<h1>Hulp bij passend onderwijs</h1>'])).toBe(dutchNow);
    expect(dutchBefore).not.toBe(dutchNow);
    // The files count apart: moving text from one file to the next changes the hash.
    expect(sourceHash(['ab', 'c'])).not.toBe(sourceHash(['a', 'bc']));
  });

  it('calls a translation of an older Dutch text stale, even when a person checked it', () => {
    const rows = translationReport(
      ['en', 'ar', 'tr', 'pl'],
      ['swv-home'],
      [
        { lang: 'en', page: 'swv-home', translatedFrom: dutchNow },
        {
          lang: 'ar',
          page: 'swv-home',
          translatedFrom: dutchNow,
          checkedBy: 'Vertaalbureau',
          checkedOn: '2026-12-01',
        },
        {
          lang: 'tr',
          page: 'swv-home',
          translatedFrom: dutchBefore,
          checkedBy: 'Vertaalbureau',
          checkedOn: '2026-11-01',
        },
      ],
      { 'swv-home': dutchNow },
    );
    expect(rows).toEqual([
      { lang: 'en', page: 'swv-home', state: 'unchecked' },
      { lang: 'ar', page: 'swv-home', state: 'checked' },
      { lang: 'tr', page: 'swv-home', state: 'stale' },
      { lang: 'pl', page: 'swv-home', state: 'missing' },
    ]);
  });

  it('finds the Dutch source of every translatable page', () => {
    for (const files of Object.values(dutchSources)) {
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(
          readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').length,
        ).toBeGreaterThan(100);
      }
    }
  });

  it('reports each information page against its national Dutch file', () => {
    for (const page of translatedInfoPages) {
      expect(dutchSources[page]).toEqual([`content/landelijk/${page}.md`]);
    }
    const oppNow = sourceHash(['## Wanneer is een OPP verplicht?']);
    const rows = translationReport(
      ['en', 'uk'],
      ['opp', 'tlv'],
      [
        { lang: 'en', page: 'opp', translatedFrom: oppNow },
        { lang: 'uk', page: 'opp', translatedFrom: dutchBefore },
        { lang: 'uk', page: 'tlv', translatedFrom: dutchNow },
      ],
      { opp: oppNow, tlv: dutchNow },
    );
    expect(rows).toEqual([
      { lang: 'en', page: 'opp', state: 'unchecked' },
      { lang: 'en', page: 'tlv', state: 'missing' },
      { lang: 'uk', page: 'opp', state: 'stale' },
      { lang: 'uk', page: 'tlv', state: 'unchecked' },
    ]);
  });
});

describe('the front matter of a translation', () => {
  const facts = {
    translatedFrom: 'abcdef012345',
    title: 'The OPP',
    description: 'What an OPP is.',
  };

  it('takes an information page with its Markdown body and no texts', () => {
    expect(translatedPage.parse({ page: 'opp', ...facts })).toEqual({ page: 'opp', ...facts });
    expect(translatedPage.safeParse({ page: 'opp', ...facts, texts: {} }).success).toBe(false);
  });

  it('wants the SWV home’s texts, a known page, and both or neither of checkedBy and checkedOn', () => {
    expect(translatedPage.safeParse({ page: 'swv-home', ...facts }).success).toBe(false);
    expect(translatedPage.safeParse({ page: 'passend-onderwijs', ...facts }).success).toBe(false);
    expect(
      translatedPage.safeParse({ page: 'tlv', ...facts, checkedBy: 'Vertaalbureau' }).success,
    ).toBe(false);
    expect(
      translatedPage.safeParse({
        page: 'tlv',
        ...facts,
        checkedBy: 'Vertaalbureau',
        checkedOn: '2026-12-01',
      }).success,
    ).toBe(true);
  });
});
