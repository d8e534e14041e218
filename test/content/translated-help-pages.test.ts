/**
 * The translations of tlv, thuiszitten and the route guide bij-wie (issue #14), beyond the
 * checks every translated page gets: each language has all three, says honestly that an AI
 * made it and nobody checked it, names the same legal terms as the other languages (from
 * data, never typed), keeps the Dutch anchors of the route guide so links from elsewhere
 * still land, marks every route of the guide as an outcome, and keeps Dutch terms Dutch.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isLegalTermKey } from '../../functions/core/legal-terms.ts';
import { localeCodes, sourceLocale } from '../../functions/core/locales.ts';
import { translatedPage } from '../../functions/tenants/translated-page.ts';

const pages = ['tlv', 'thuiszitten', 'bij-wie'] as const;
const languages = localeCodes.filter((lang) => lang !== sourceLocale);

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const split = (text: string) => {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no front matter');
  return { frontMatter: match[1]!, body: match[2]! };
};
const translation = (lang: string, page: string) =>
  split(read(`content/translations/${lang}/${page}.md`));
const dutchBody = (page: string) => split(read(`content/landelijk/${page}.md`)).body;

const termKeys = (body: string) => [...body.matchAll(/\{\{term:([^}]*)\}\}/g)].map((m) => m[1]!);
/** In-page links (`](#id)`) of a Markdown body, in order. */
const fragmentLinks = (body: string) => [...body.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);

/** Every heading of a Markdown body: level, text and explicit id and classes, if any. */
const headings = (body: string) =>
  [...body.matchAll(/^(#{2,4}) (.*?)(?: \{ #([a-z0-9-]+)((?: \.[a-z-]+)*) \})?$/gm)].map((m) => ({
    level: m[1]!.length,
    text: m[2]!,
    id: m[3],
    classes: (m[4] ?? '').split(' .').filter(Boolean),
  }));
/** The id the Dutch page gives a heading (github-slugger, as Astro does; plain text here). */
const dutchSlug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/**
 * The numbers a translation may type: only the vertrouwensinspecteur's phone number and
 * hours. A number in a Dutch name or citation (Leerplichtwet 1969, Awb, artikel 6:5,
 * cluster 1) stays inside its <span lang="nl">; every deadline and age is a {{term:…}}.
 */
const namedNumbers: Record<(typeof pages)[number], string[]> = {
  tlv: [],
  thuiszitten: [],
  'bij-wie': ['0900-1113111', '8.00', '17.00'],
};
const typedNumbers = (body: string) =>
  body
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/ \{ #[^}]*\}$/gm, '')
    .replace(/^\s*\d+\. /gm, '')
    .replace(/<span lang="nl"[^>]*>[^<]*<\/span>/g, ' ')
    .match(/\d(?:[\d.:-]*\d)?/g) ?? [];

describe.each(pages)('the translations of %s', (page) => {
  it('exist in every language, made by an AI assistant and checked by nobody', () => {
    for (const lang of languages) {
      const { frontMatter } = translation(lang, page);
      const data = translatedPage.parse(parse(frontMatter));
      expect(data.page, lang).toBe(page);
      expect(data.checkedBy, lang).toBeUndefined();
      expect(data.checkedOn, lang).toBeUndefined();
      expect(frontMatter, lang).toContain(
        '# Translated by an AI assistant for the portal; no person has checked it yet.',
      );
    }
  });

  it('give every heading the id of the Dutch heading, so a link to a part lands in any language', () => {
    const dutch = headings(dutchBody(page));
    expect(dutch.length).toBeGreaterThan(3);
    for (const lang of languages) {
      const own = headings(translation(lang, page).body);
      expect(
        own.map(({ level, id }) => ({ level, id })),
        lang,
      ).toEqual(dutch.map(({ level, text }) => ({ level, id: dutchSlug(text) })));
    }
  });

  it('name the same legal terms in every language, each one a known term', () => {
    const english = termKeys(translation('en', page).body).sort();
    expect(english.length).toBeGreaterThan(0);
    for (const key of english) expect(isLegalTermKey(key), key).toBe(true);
    for (const lang of languages) {
      expect(termKeys(translation(lang, page).body).sort(), lang).toEqual(english);
    }
  });

  it('type no deadline or age: every other number names a thing', () => {
    for (const lang of languages) {
      const numbers = typedNumbers(translation(lang, page).body);
      for (const number of numbers)
        expect(namedNumbers[page], `${lang}: ${number}`).toContain(number);
    }
  });

  it('keep the Dutch terms they keep in Dutch, marked as Dutch (in Arabic also left to right)', () => {
    for (const lang of languages) {
      const { body } = translation(lang, page);
      const outsideDutch = body
        .replace(/<span lang="nl"[^>]*>[\s\S]*?<\/span>/g, ' ')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/\{[^}]*\}/g, ' ');
      for (const term of ['TLV', 'OPP', 'passend onderwijs', 'leerplichtambtenaar', 'DUO']) {
        expect(outsideDutch, `${lang}: ${term} outside lang="nl"`).not.toContain(term);
      }
      const dutchSpans = body.match(/<span lang="nl"[^>]*>/g) ?? [];
      expect(dutchSpans.length, lang).toBeGreaterThan(0);
      if (lang === 'ar') {
        for (const span of dutchSpans) expect(span).toBe('<span lang="nl" dir="ltr">');
      }
    }
  });
});

describe('the translated route guide (bij-wie)', () => {
  const dutch = dutchBody('bij-wie');
  const dutchFragments = fragmentLinks(dutch);

  it('links to the same sections as the Dutch guide, and each link lands on a heading', () => {
    expect(dutchFragments).toHaveLength(11);
    for (const lang of languages) {
      const { body } = translation(lang, 'bij-wie');
      const ids = headings(body).map((heading) => heading.id);
      expect(new Set(fragmentLinks(body)), lang).toEqual(new Set(dutchFragments));
      for (const fragment of fragmentLinks(body))
        expect(ids, `${lang}: #${fragment}`).toContain(fragment);
    }
  });

  it('has every Dutch section, in the Dutch order, each marked as a route outcome', () => {
    const dutchSections = headings(dutch);
    // The Dutch headings' ids are their slugs; the list at the top links to each one.
    const dutchIds = [...new Set(dutchFragments)];
    expect(dutchSections).toHaveLength(dutchIds.length);
    for (const lang of languages) {
      const sections = headings(translation(lang, 'bij-wie').body);
      expect(
        sections.map((section) => section.id),
        lang,
      ).toEqual(dutchIds);
      for (const section of sections) {
        expect(section.classes, `${lang}: ${section.text}`).toEqual(['route-outcome']);
      }
    }
  });
});
