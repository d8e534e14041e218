/**
 * The catalogs of the route chooser and of the privacy and accessibility statements
 * (issue #14): every text exists in every language and is not empty, has the same
 * placeholders as the Dutch (or, for what only a translation says, as the English), lists
 * have as many items as the Dutch, no translation reuses a Dutch text, and the marks of
 * catalog-text.ts are well formed. The deadline texts cover every reason the Algemene
 * termijnenwet gives and every plural form a count of days needs.
 */
import { describe, expect, it } from 'vitest';
import { textParts } from '../../functions/core/catalog-text.ts';
import { filingDeadline } from '../../functions/core/filing-deadlines.ts';
import { isLegalTermKey, termText } from '../../functions/core/legal-terms.ts';
import { localeCodes, type Locale } from '../../functions/core/locales.ts';
import {
  deadlineSentencesIn,
  restDayReasons,
  termOfRoute,
} from '../../functions/core/route-chooser/deadline-words.ts';
import {
  chooserTexts,
  translatedChooserTexts,
} from '../../functions/core/route-chooser/texts/index.ts';
import { atwRestDay } from '../../functions/lib/termijnenwet-days.ts';
import { publicHolidays, shift } from '../../functions/lib/dutch-holidays.ts';
import { accessibilityTexts } from '../../site/src/components/statements/accessibility-texts.ts';
import { privacyTexts } from '../../site/src/components/statements/privacy-texts.ts';

type Leaves = Map<string, string>;

/** Every string in a catalog by its path ("deadline.restDays.zaterdag", "what.2"). */
function leavesOf(value: unknown, path = '', into: Leaves = new Map()): Leaves {
  if (typeof value === 'string') into.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      leavesOf(child, path ? `${path}.${key}` : key, into);
    }
  }
  return into;
}

const placeholders = (text: string) =>
  [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((match) => match[1]).sort();

/** Which texts a translation may keep the same as the Dutch: names and codes, not words. */
const sameAsDutch = new Set(['deadline.daysLeft.other']);

/** Plural forms are per language: only the Dutch `other` and `one` are compared by key. */
const isPluralForm = (path: string) =>
  /(^|\.)(daysLeft|months)\.(zero|one|two|few|many|other)$/.test(path);

/**
 * The checks of one catalog. `reference` is the language whose keys every other must have:
 * Dutch, or English for what only a translation says (then `catalogs` has no Dutch).
 */
function checkCatalogs(
  name: string,
  catalogs: Partial<Record<Locale, object>>,
  reference: Locale = 'nl',
) {
  const dutch = leavesOf(catalogs.nl);
  const ref = leavesOf(catalogs[reference]);
  const translations = localeCodes.filter((lang) => lang !== 'nl');
  const keys = (map: Leaves) =>
    [...map.keys()].filter((key) => !isPluralForm(key) && !/^checked(By|On)$/.test(key));

  it(`${name}: every text of the ${reference} catalog exists in every language`, () => {
    for (const lang of translations) {
      const leaves = leavesOf(catalogs[lang]);
      const own = new Set(keys(leaves));
      for (const key of keys(ref)) expect(own.has(key), `${lang} ${key}`).toBe(true);
      if (reference !== 'nl') expect([...own].sort(), lang).toEqual(keys(ref).sort());
      // Plural texts: the language's `other` always, and no category it does not have.
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of [...leaves.keys()].filter(isPluralForm)) {
        expect(categories, `${lang} ${key}`).toContain(key.split('.').at(-1));
      }
    }
  });

  it(`${name}: no text is empty, and its placeholders are the Dutch ones`, () => {
    for (const lang of localeCodes.filter((code) => catalogs[code])) {
      for (const [path, text] of leavesOf(catalogs[lang])) {
        expect(text.trim().length, `${lang} ${path}`).toBeGreaterThan(0);
        const model = dutch.get(path) ?? ref.get(path);
        if (model === undefined || isPluralForm(path)) continue;
        expect(placeholders(text), `${lang} ${path}`).toEqual(placeholders(model));
      }
    }
  });

  // What only a translation says has no Dutch to compare with.
  if (reference === 'nl') {
    it(`${name}: no translation reuses a Dutch text`, () => {
      let compared = 0;
      for (const lang of translations) {
        for (const [path, text] of leavesOf(catalogs[lang])) {
          const original = dutch.get(path);
          if (original === undefined || sameAsDutch.has(path)) continue;
          expect(text, `${lang} ${path}`).not.toBe(original);
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(translations.length * 10);
    });
  }

  it(`${name}: Dutch terms and legal terms are marked well`, () => {
    for (const lang of localeCodes.filter((code) => catalogs[code])) {
      for (const [path, text] of leavesOf(catalogs[lang])) {
        const parts = textParts(text);
        for (const part of parts) {
          if (part.kind === 'term') expect(isLegalTermKey(part.key), `${lang} ${path}`).toBe(true);
          if (part.kind === 'text') {
            expect(part.value, `${lang} ${path}`).not.toMatch(/\[\[|\]\]|\{\{/);
          }
        }
      }
    }
  });
}

describe('the route chooser’s catalogs', () => {
  checkCatalogs('chooser', chooserTexts);
  checkCatalogs('chooser (translation only)', translatedChooserTexts, 'en');

  it('says every question, option and outcome of the flow in every language', async () => {
    const { questions } = await import('../../functions/core/route-chooser/questions.ts');
    const { outcomes } = await import('../../functions/core/route-chooser/outcomes.ts');
    for (const lang of localeCodes) {
      const texts = chooserTexts[lang];
      for (const question of questions) {
        const own = texts.questions[question.id] as { options: Record<string, string> };
        expect(Object.keys(own.options).sort(), `${lang} ${question.id}`).toEqual(
          question.options.map((option) => option.value).sort(),
        );
      }
      expect(Object.keys(texts.outcomeTitles).sort()).toEqual(
        outcomes.map((outcome) => outcome.id).sort(),
      );
    }
  });

  it('is unchecked in every translation: no person has checked them yet', () => {
    for (const texts of Object.values(translatedChooserTexts)) {
      expect(texts.checkedBy).toBeUndefined();
      expect(texts.checkedOn).toBeUndefined();
    }
  });

  it('names every reason the Algemene termijnenwet gives for moving a last day', () => {
    const known = new Set<string>(restDayReasons);
    let moved = 0;
    for (let day = { year: 2023, month: 1, day: 1 }; day.year < 2036; day = shift(day, 1)) {
      const reason = atwRestDay(day);
      if (!reason) continue;
      expect(known.has(reason), reason).toBe(true);
      moved += 1;
    }
    expect(moved).toBeGreaterThan(13 * 104);
    // Easter and Whit Sunday are Sundays: named as holidays all the same, for a reader.
    for (const holiday of publicHolidays(2026)) expect(known.has(holiday.name)).toBe(true);
  });

  it('counts days in every language with its plural forms and Latin digits', () => {
    const from = { year: 2025, month: 4, day: 17 };
    const deadline = filingDeadline('bezwaar', from);
    for (const lang of localeCodes) {
      const texts = chooserTexts[lang].deadline;
      const term = termText(termOfRoute.bezwaar, lang);
      for (let left = 1; left <= 112; left += 1) {
        const lines = deadlineSentencesIn(texts, deadline, left, term);
        expect(lines.join(' '), `${lang} ${left}`).not.toMatch(/[{}٠-٩]/);
      }
      // The extension of a bezwaar over Ascension Day (29 May 2025), named in the language.
      const moved = deadlineSentencesIn(texts, deadline, 12, term)[2]!;
      expect(moved, lang).toContain(texts.restDays.Hemelvaartsdag);
      expect(moved, lang).toContain('2025');
    }
  });
});

describe('the statements’ catalogs', () => {
  checkCatalogs('privacy', privacyTexts);
  checkCatalogs('accessibility', accessibilityTexts);

  it('says in every language that the form’s language and the tolk wish go with the question', () => {
    for (const lang of localeCodes) {
      expect(privacyTexts[lang].languageAndTolk.length, lang).toBeGreaterThan(40);
    }
    expect(privacyTexts.nl.languageAndTolk).toMatch(/taal.*tolk.*samen met je vraag weg/);
  });

  it('is unchecked in every translation: no person has checked them yet', () => {
    for (const lang of localeCodes) {
      expect(privacyTexts[lang].checkedBy).toBeUndefined();
      expect(accessibilityTexts[lang].checkedBy).toBeUndefined();
    }
  });
});
