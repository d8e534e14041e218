/**
 * The translated information pages in the built site (issue #14): each translation for
 * every SWV, every page in all five languages, facts rendered from data and marked where
 * no person checked them, links to the reader's language only where that page is built,
 * the Dutch heading ids kept, the SWV's own Dutch supplement named, no Dutch text of the
 * source left in place of a translation, and no script the Dutch page does not have.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legalDates, legalDateText } from '../../functions/core/legal-dates.ts';
import { legalTerms, termText } from '../../functions/core/legal-terms.ts';
import { isLocale, localeCodes, sourceLocale, type Locale } from '../../functions/core/locales.ts';
import {
  translatedInfoPages,
  type TranslatedInfoPage,
} from '../../functions/tenants/translated-page.ts';
import { chrome } from '../../site/src/lib/i18n/chrome.ts';
import { infoPageTexts } from '../../site/src/lib/i18n/info-page-texts.ts';
import { placeholdersOf } from '../../site/src/lib/i18n/translated-body.ts';
import { builtPages, idsOf, linksOf, scriptsOf } from '../support/built-site.ts';

const content = (path: string) => new URL(`../../content/${path}`, import.meta.url);
const languages = localeCodes.filter((lang) => lang !== sourceLocale);
const slugs = readdirSync(content('swv/'));
const built = new Map(builtPages().map((page) => [page.path, page.html]));

/** The translation files of the information pages, by page. */
const translationsOf = (page: TranslatedInfoPage): Locale[] =>
  languages.filter((lang) => existsSync(content(`translations/${lang}/${page}.md`)));
const translatedPages = translatedInfoPages.flatMap((page) =>
  translationsOf(page).map((lang) => ({ page, lang })),
);
const bodyOf = (lang: Locale, page: string) =>
  readFileSync(content(`translations/${lang}/${page}.md`), 'utf8').replace(
    /^---[\s\S]*?\n---\n/,
    '',
  );

const htmlOf = (path: string) => {
  const html = built.get(path);
  expect(html, path).toBeDefined();
  return html!;
};
const prose = (html: string) => /<div class="prose">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

describe('translated information pages', () => {
  it('has every information page in all five languages or in none', () => {
    for (const page of translatedInfoPages) {
      const langs = translationsOf(page);
      expect([0, languages.length], `${page}: ${langs.join(', ')}`).toContain(langs.length);
    }
    // The extra support and OPP pages are translated; the others follow in their own work.
    expect(translationsOf('ondersteuning')).toEqual(languages);
    expect(translationsOf('opp')).toEqual(languages);
  });

  it('builds each translation for every SWV, and the Dutch page names the languages it has', () => {
    const site = 'https://steunpunt-portaal.example';
    for (const page of translatedInfoPages) {
      const langs = translationsOf(page);
      for (const slug of slugs) {
        for (const lang of langs) htmlOf(`/${lang}/${slug}/${page}/`);
        const dutch = htmlOf(`/${slug}/${page}/`);
        const alternates = [
          ...dutch.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
        ];
        expect(
          alternates.map(([, lang, href]) => [lang, href]),
          `/${slug}/${page}/`,
        ).toEqual(
          langs.length === 0
            ? []
            : [
                ['nl', `${site}/${slug}/${page}/`],
                ...langs.map((lang) => [lang, `${site}/${lang}/${slug}/${page}/`]),
                ['x-default', `${site}/${slug}/${page}/`],
              ],
        );
      }
    }
  });

  it('are found from the SWV home in the same language', () => {
    for (const lang of languages) {
      for (const slug of slugs) {
        const links = linksOf(htmlOf(`/${lang}/${slug}/`));
        for (const page of translatedInfoPages.filter((p) => translationsOf(p).includes(lang))) {
          expect(links, `/${lang}/${slug}/ → ${page}`).toContain(`/${lang}/${slug}/${page}/`);
        }
      }
    }
  });

  it('types no number in a translation: terms and dates come from data, as on the Dutch page', () => {
    for (const { page, lang } of translatedPages) {
      const body = bodyOf(lang, page);
      const text = body
        .replace(/\{\{[^}]*\}\}/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/\{ #[^}]*\}/g, '')
        .replace(/^\s*\d+\. /gm, '')
        // A number in a Dutch name or citation kept Dutch (Leerplichtwet 1969, Awb, artikel
        // 6:5, cluster 1) is part of that name, not a typed fact.
        .replace(/<span lang="nl"[^>]*>[^<]*<\/span>/g, '')
        // The vertrouwensinspecteur's number and hours (bij-wie): a national fact the Dutch
        // page types too, with no data to take it from yet.
        .replace(/0900-1113111|\b(8|17)\.00\b/g, '');
      expect(text.match(/[0-9\u0660-\u0669\u06F0-\u06F9]+/g), `${lang}/${page}.md`).toBeNull();
      // Each term says what the Dutch page says: its number is in the Dutch text.
      const dutch = readFileSync(content(`landelijk/${page}.md`), 'utf8');
      for (const fact of placeholdersOf(body)) {
        const value =
          fact.kind === 'term'
            ? String(legalTerms[fact.key].amount)
            : legalDates[fact.key].date.slice(0, 4);
        expect(dutch, `${lang}/${page}.md: {{${fact.kind}:${fact.key}}}`).toMatch(
          new RegExp(`\\b${value}\\b`),
        );
      }
    }
  });

  it('renders every legal term and date from data, and leaves no placeholder', () => {
    let terms = 0;
    for (const { page, lang } of translatedPages) {
      const facts = placeholdersOf(bodyOf(lang, page));
      for (const slug of slugs) {
        const path = `/${lang}/${slug}/${page}/`;
        const html = htmlOf(path);
        const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
        expect(text, `/${lang}/${slug}/${page}/`).not.toMatch(/\{\{|\}\}/);
        const rendered = [
          ...prose(html).matchAll(/<span class="legal-term" data-term="(\w+)">([^<]*)</g),
        ];
        const expectedTerms = facts.filter((fact) => fact.kind === 'term');
        expect(rendered.map(([, key]) => key)).toEqual(expectedTerms.map((fact) => fact.key));
        for (const [, key, text] of rendered) {
          expect(text).toBe(termText(key as Parameters<typeof termText>[0], lang));
          terms += 1;
        }
        for (const fact of facts) {
          if (fact.kind === 'date') expect(prose(html)).toContain(legalDateText(fact.key, lang));
        }
        // A date that ends in its own full stop ("2025 р.") takes no second one.
        expect(plain(prose(html) + html.split('class="source-note"')[1]), path).not.toMatch(
          /[^.]\.\.(?!\.)/,
        );
      }
    }
    expect(terms).toBeGreaterThan(translatedPages.length * slugs.length);
  });

  it('marks each term of an unchecked translation, linked to the Dutch page', () => {
    for (const { page, lang } of translatedPages) {
      const words = infoPageTexts[lang];
      for (const slug of slugs) {
        const path = `/${lang}/${slug}/${page}/`;
        const body = prose(htmlOf(path));
        expect(htmlOf(path)).toContain('data-translation="unchecked"');
        const marks = [...body.matchAll(/<a\b([^>]*data-unchecked-mark[^>]*)>([^<]*)<\/a>/g)];
        const terms = placeholdersOf(bodyOf(lang, page)).filter((fact) => fact.kind === 'term');
        expect(marks.length > 0, path).toBe(terms.length > 0);
        for (const [, attrs, text] of marks) {
          expect(text).toBe(words.uncheckedMark);
          expect(attr(attrs!, 'hreflang')).toBe('nl');
          const [target, section] = attr(attrs!, 'href')!.split('#');
          expect(target).toBe(`/${slug}/${page}/`);
          // At the section the term is in (its heading keeps the Dutch id); above the first
          // heading, at the top.
          if (section !== undefined) {
            expect(idsOf(htmlOf(target!)).has(section), `${path} → #${section}`).toBe(true);
          }
        }
        // Each route outcome heading has its mark, linked to the same heading in Dutch; the
        // route guide's outcomes are its sections, one per situation.
        const outcomes = [
          ...body.matchAll(/<h[2-4] id="([^"]+)" class="route-outcome">[\s\S]*?<\/h[2-4]>/g),
        ];
        if (page === 'bij-wie') expect(outcomes.length, path).toBeGreaterThan(5);
        for (const [heading, id] of outcomes) {
          expect(heading, path).toContain(
            `href="/${slug}/${page}/#${id}" hreflang="nl" data-unchecked-mark`,
          );
        }
        // Each term has its mark before its sentence's block ends (after a link it is in).
        for (const term of body.matchAll(/<span class="legal-term"[^>]*>[^<]*<\/span>/g)) {
          const after = body.slice(term.index + term[0].length);
          const mark = after.indexOf('data-unchecked-mark');
          expect(mark, `${path}: ${term[0]}`).toBeGreaterThan(-1);
          expect(after.slice(0, mark), `${path}: ${term[0]}`).not.toMatch(/<\/(p|li|td|h\d)>/);
        }
      }
    }
  });

  it('links to a page in the reader’s language only where it is built, else to Dutch, marked', () => {
    let own = 0;
    let dutch = 0;
    for (const { page, lang } of translatedPages) {
      for (const slug of slugs) {
        const path = `/${lang}/${slug}/${page}/`;
        const html = htmlOf(path);
        const aside = /<aside class="page-cta"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
        expect(aside, path).toContain('<a ');
        for (const [, attrs, text] of (prose(html) + aside).matchAll(
          /<a\b([^>]*)>([\s\S]*?)<\/a>/g,
        )) {
          const href = attr(attrs!, 'href')!;
          if (/data-unchecked-mark/.test(attrs!) || !href.startsWith('/')) continue;
          const [target] = href.split('#');
          const first = target!.split('/')[1] ?? '';
          if (isLocale(first)) {
            expect(first, `${path} → ${href}`).toBe(lang);
            expect(built.has(target!), `${path} → ${href}`).toBe(true);
            expect(attr(attrs!, 'hreflang'), `${path} → ${href}`).toBeUndefined();
            own += 1;
          } else {
            expect(built.has(target!), `${path} → ${href}`).toBe(true);
            expect(built.has(`/${lang}${target}`), `${path} → ${href} exists in ${lang}`).toBe(
              false,
            );
            expect(attr(attrs!, 'hreflang'), `${path} → ${href}`).toBe('nl');
            expect(plain(text!), `${path} → ${href}`).toMatch(
              new RegExp(`${chrome[lang].inDutch.replace(/[()]/g, '\\$&')}$`),
            );
            dutch += 1;
          }
        }
      }
    }
    // ondersteuning links to the OPP page, which exists in every language.
    expect(own).toBeGreaterThanOrEqual(languages.length * slugs.length);
    expect(dutch).toBeGreaterThan(translatedPages.length * slugs.length * 5);
  });

  it('keeps the Dutch page’s heading ids, so links to a section land in every language', () => {
    const bodyIds = (html: string) =>
      [...prose(html).matchAll(/<h[2-4] id="([^"]+)"/g)].map((m) => m[1]);
    for (const { page, lang } of translatedPages) {
      for (const slug of slugs) {
        const ids = bodyIds(htmlOf(`/${lang}/${slug}/${page}/`));
        expect(ids.length).toBeGreaterThan(3);
        expect(ids, `/${lang}/${slug}/${page}/`).toEqual(bodyIds(htmlOf(`/${slug}/${page}/`)));
      }
    }
  });

  it('names the SWV’s own Dutch supplement in the reader’s language and links to it', () => {
    const supplemented = slugs.filter((slug) =>
      /<section class="supplement"/.test(htmlOf(`/${slug}/opp/`)),
    );
    expect(supplemented.length).toBeGreaterThan(0);
    for (const lang of translationsOf('opp')) {
      for (const slug of slugs) {
        const html = htmlOf(`/${lang}/${slug}/opp/`);
        const section = /<section class="supplement"[\s\S]*?<\/section>/.exec(html)?.[0];
        if (!supplemented.includes(slug)) {
          expect(section, `/${lang}/${slug}/opp/`).toBeUndefined();
          continue;
        }
        expect(section, `/${lang}/${slug}/opp/`).toContain(infoPageTexts[lang].supplementLink);
        const href = /href="([^"]+)" hreflang="nl"/.exec(section!)?.[1] ?? '';
        const [target, id] = href.split('#');
        expect(target).toBe(`/${slug}/opp/`);
        expect(idsOf(htmlOf(target!)).has(id!), href).toBe(true);
      }
    }
  });

  it('leaves no Dutch sentence of the source page in place of its translation', () => {
    for (const { page, lang } of translatedPages) {
      for (const slug of slugs) {
        const dutch = [...prose(htmlOf(`/${slug}/${page}/`)).matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)]
          .flatMap(([, , text]) => plain(text!).split(/(?<=[.?!])\s+/))
          .filter((sentence) => sentence.length > 25);
        expect(dutch.length).toBeGreaterThan(10);
        const translation = plain(htmlOf(`/${lang}/${slug}/${page}/`));
        for (const sentence of dutch) {
          expect(translation.includes(sentence), `/${lang}/${slug}/${page}/: ${sentence}`).toBe(
            false,
          );
        }
      }
    }
  });

  it('ships no script the Dutch page does not', () => {
    for (const { page, lang } of translatedPages) {
      for (const slug of slugs) {
        const own = scriptsOf(htmlOf(`/${lang}/${slug}/${page}/`));
        expect(own.length).toBeLessThanOrEqual(scriptsOf(htmlOf(`/${slug}/${page}/`)).length);
      }
    }
  });
});
