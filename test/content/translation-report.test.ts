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
});
