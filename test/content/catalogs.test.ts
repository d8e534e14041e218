/**
 * Issue #14: every text of every form, mail and page part exists in every language (no
 * key shown, no silent Dutch fallback), and a Dutch text changed after its translation is
 * reported stale. The catalogs are the list in scripts/content/catalogs.ts; this test holds
 * that list to the catalogs the code exports, so a new one cannot stay out of the checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogLock, catalogStaleness } from '../../scripts/content/catalog-texts.ts';
import { catalogs } from '../../scripts/content/catalogs.ts';
import { catalogProblems } from '../support/catalog-check.ts';

const root = new URL('../../', import.meta.url);

/** Names of the `Record<Locale, …>` text catalogs exported under functions/ and site/src/. */
function exportedCatalogs(): string[] {
  const names: string[] = [];
  for (const dir of ['functions', 'site/src']) {
    const files = readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => /(?<!\.test)\.ts$/.test(name))) {
      const source = readFileSync(new URL(`${dir}/${file}`, root), 'utf8');
      for (const match of source.matchAll(
        /^export const (\w+): (?:\{ nl: \w+ \} & )?Record<(?:Locale|TranslatedLocale), (\w+)>/gm,
      )) {
        if (match[2] !== 'boolean') names.push(match[1]!);
      }
    }
  }
  return names.sort();
}

describe('the catalogs of the six languages', () => {
  it('lists every text catalog the code exports', () => {
    const exported = exportedCatalogs();
    expect(exported.length).toBeGreaterThan(10);
    // The chooser's translated part is a piece of chooserTexts, checked through it.
    expect(exported.filter((name) => name !== 'translatedChooserTexts')).toEqual(
      Object.keys(catalogs).sort(),
    );
  });

  /**
   * Catalogs of another shape have a check of their own: plural forms per language's Intl
   * categories, texts only a translation needs, texts that are functions.
   */
  const ownCheck: Partial<Record<keyof typeof catalogs, string>> = {
    chooserTexts: 'test/site/chooser-statement-catalogs.test.ts',
    privacyTexts: 'test/site/chooser-statement-catalogs.test.ts',
    replyMailTexts: 'test/content/reply-mail-texts.test.ts',
  };

  it.each(Object.keys(catalogs) as (keyof typeof catalogs)[])(
    '%s has every text in every language',
    (name) => {
      const own = ownCheck[name];
      if (own) {
        expect(readFileSync(new URL(own, root), 'utf8')).toContain(name);
        return;
      }
      // Words that are the same in the other language by nature.
      expect(catalogProblems(catalogs[name], ['WhatsApp', 'Contact', 'Website', 'E-mail'])).toEqual(
        [],
      );
    },
  );

  it('has the Dutch source of every text recorded (`npm run translations -- --record`)', () => {
    const lock = JSON.parse(
      readFileSync(new URL('content/translations/catalogs.lock.json', root), 'utf8'),
    ) as Record<string, string>;
    expect(catalogStaleness(catalogs, lock).unrecorded).toEqual([]);
  });

  it('names a text stale when its Dutch changed after the lock, and a new one unrecorded', () => {
    const before = {
      greeting: { nl: { hello: 'Hallo', bye: 'Dag' }, en: { hello: 'Hi', bye: 'Bye' } },
    };
    const lock = catalogLock(before as never);
    const after = {
      greeting: {
        nl: { hello: 'Hallo daar', bye: 'Dag', thanks: 'Bedankt' },
        en: { hello: 'Hi', bye: 'Bye', thanks: 'Thanks' },
      },
    };
    expect(catalogStaleness(after as never, lock)).toEqual({
      stale: ['greeting.hello'],
      unrecorded: ['greeting.thanks'],
    });
  });
});
