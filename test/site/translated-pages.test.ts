/**
 * The translated pages as the built site has them (issue #14): every page says its language
 * and direction, a translation exists only where its file does (no fallback copies), every
 * language version names the others (hreflang), the switcher is on every public page, an
 * unchecked translation says so with a link to the Dutch page, and links to pages that are
 * only in Dutch say so in the reader's language.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chrome } from '../../site/src/lib/i18n/chrome.ts';
import { infoPageTexts } from '../../site/src/lib/i18n/info-page-texts.ts';
import { isLocale, localeCodes, locales, type Locale } from '../../functions/core/locales.ts';
import { builtPages, linksOf } from '../support/built-site.ts';

const pages = builtPages().filter((page) => !page.path.startsWith('/backoffice/'));
const slugs = readdirSync(new URL('../../content/swv/', import.meta.url));
const translatedLangs = readdirSync(new URL('../../content/translations/', import.meta.url)).filter(
  isLocale,
);
const site = 'https://steunpunt-portaal.example';

const langOfPath = (path: string): Locale => {
  const first = path.split('/')[1] ?? '';
  return isLocale(first) ? first : 'nl';
};
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const htmlTag = (html: string) => /<html\b[^>]*>/.exec(html)?.[0] ?? '';
const alternatesOf = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
const translated = pages.filter((page) => langOfPath(page.path) !== 'nl');
/**
 * The pages of an SWV each translated language has: the home, the question form and the
 * Oudercafé's three (the forms' texts are catalogs, complete in every language).
 */
const perSwvInEveryLanguage = [
  '',
  'vraag/',
  'oudercafe/',
  'oudercafe/aanmelden/',
  'oudercafe/afmelden/',
];

describe('translated pages in the built site', () => {
  it('have each translation for every SWV, and no information page without its translation', () => {
    expect(translatedLangs.sort()).toEqual(['ar', 'en', 'pl', 'tr', 'uk']);
    // The SWV home and the national information pages exist in a language only where
    // content/translations/<lang>/<page>.md does. (Other translated parts, the question
    // form or the Oudercafé, have tests of their own.)
    const nationalPages = new Set(
      readdirSync(new URL('../../content/landelijk/', import.meta.url)).map((file) =>
        file.replace(/\.md$/, ''),
      ),
    );
    const expected = translatedLangs.flatMap((lang) =>
      readdirSync(new URL(`../../content/translations/${lang}/`, import.meta.url))
        .map((file) => file.replace(/\.md$/, ''))
        .flatMap((page) =>
          slugs.map((slug) =>
            page === 'swv-home' ? `/${lang}/${slug}/` : `/${lang}/${slug}/${page}/`,
          ),
        ),
    );
    const homeOrInfoPage = (path: string) => {
      const [, , , page, rest] = path.split('/');
      return page === '' || (rest === '' && nationalPages.has(page!));
    };
    expect(expected.length).toBeGreaterThan(translatedLangs.length * slugs.length);
    expect(
      translated
        .map((page) => page.path)
        .filter(homeOrInfoPage)
        .sort(),
    ).toEqual(expected.sort());
    // The forms and the Oudercafé are in every language: their texts are catalogs.
    const paths = new Set(pages.map((page) => page.path));
    for (const lang of translatedLangs) {
      for (const slug of slugs) {
        for (const page of perSwvInEveryLanguage) {
          expect(paths.has(`/${lang}/${slug}/${page}`), `/${lang}/${slug}/${page}`).toBe(true);
        }
      }
    }
    // No fallback copies: a translated page is always the translation of a Dutch page.
    for (const page of translated) {
      const dutch = page.path.replace(`/${langOfPath(page.path)}/`, '/');
      expect(paths.has(dutch), page.path).toBe(true);
    }
  });

  it('every page has the lang and dir of its language on <html>', () => {
    expect(pages.length).toBeGreaterThan(400);
    for (const page of pages) {
      const lang = langOfPath(page.path);
      const tag = htmlTag(page.html);
      expect(attr(tag, /\slang="([^"]+)"/), page.path).toBe(lang);
      expect(attr(tag, /\sdir="([^"]+)"/), page.path).toBe(locales[lang].dir);
    }
    const arabic = translated.filter((page) => page.path.startsWith('/ar/'));
    const arabicFiles = readdirSync(new URL('../../content/translations/ar/', import.meta.url));
    expect(arabic.length).toBeGreaterThanOrEqual(slugs.length * arabicFiles.length);
    for (const page of arabic) expect(htmlTag(page.html), page.path).toContain('dir="rtl"');
  });

  it('every language version of the SWV home names all of them, and x-default is Dutch', () => {
    for (const slug of slugs) {
      const expected = Object.fromEntries([
        ...localeCodes
          .filter((lang) => lang === 'nl' || translatedLangs.includes(lang))
          .map((lang) => [lang, `${site}${lang === 'nl' ? '' : `/${lang}`}/${slug}/`]),
        ['x-default', `${site}/${slug}/`],
      ]);
      for (const lang of ['nl', ...translatedLangs]) {
        const path = lang === 'nl' ? `/${slug}/` : `/${lang}/${slug}/`;
        const page = pages.find((p) => p.path === path);
        expect(page && alternatesOf(page.html), path).toEqual(expected);
      }
    }
  });

  it('a page only in Dutch names no other language', () => {
    const dutchOnly = pages.find((page) => page.path === `/${slugs[0]}/colofon/`)!;
    expect(alternatesOf(dutchOnly.html)).toEqual({});
  });

  it('every public page has the language switcher, each language in its own lang and dir', () => {
    for (const page of pages) {
      const nav = /<nav class="language-nav"[\s\S]*?<\/nav>/.exec(page.html)?.[0];
      expect(nav, page.path).toBeDefined();
      const names = [...nav!.matchAll(/\slang="([^"]+)"[^>]*\sdir="([^"]+)"[^>]*>([^<]+)</g)];
      expect(names.length, page.path).toBeGreaterThan(0);
      for (const [, lang, dir, name] of names) {
        expect(isLocale(lang!), page.path).toBe(true);
        expect(dir, page.path).toBe(locales[lang as Locale].dir);
        expect(name!.trim(), page.path).toBe(locales[lang as Locale].name);
      }
    }
  });

  it('an unchecked translation says so in its own language and links to the Dutch page', () => {
    for (const page of translated) {
      const lang = langOfPath(page.path);
      const notice = /<div[^>]*data-translation="(\w+)"[\s\S]*?<\/div>\s*<\/div>/.exec(page.html);
      expect(notice?.[1], page.path).toBe('unchecked');
      expect(notice![0], page.path).toContain(chrome[lang].unchecked);
      const dutch = page.path.replace(`/${lang}/`, '/');
      expect(notice![0], page.path).toContain(`href="${dutch}" hreflang="nl"`);
    }
  });

  it('a link from a translated page to a page only in Dutch says so in the reader’s language', () => {
    let checked = 0;
    for (const page of translated) {
      const lang = langOfPath(page.path);
      const anchors = [...page.html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)];
      for (const [, attrs, text] of anchors) {
        const href = attr(attrs!, /\shref="([^"]*)"/) ?? '';
        if (!href.startsWith('/') || langOfPath(href) !== 'nl') continue;
        const hreflang = attr(attrs!, /\shreflang="([^"]*)"/);
        expect(hreflang, `${page.path} → ${href}`).toBe('nl');
        // The switcher names Dutch in Dutch; the notice's link says "the Dutch page" itself;
        // the mark after a term in an unchecked translation says "check the Dutch text".
        if (/data-language-link/.test(attrs!) || text!.includes(chrome[lang].dutchPage)) continue;
        if (/data-unchecked-mark/.test(attrs!)) {
          expect(text, page.path).toBe(infoPageTexts[lang].uncheckedMark);
          continue;
        }
        expect(text, `${page.path} → ${href}`).toContain(chrome[lang].inDutch);
        checked += 1;
      }
      expect(linksOf(page.html).length).toBeGreaterThan(10);
    }
    // At least the crumb to all SWVs and the footer's glossary and colofon on each page.
    expect(checked).toBeGreaterThanOrEqual(translated.length * 3);
  });

  it('shows no Dutch text of the page or its layout in place of a translation', () => {
    // The Dutch home's own texts, and the layout's where the language words them otherwise.
    const dutchHome = ['Stel je vraag', 'Bij wie moet je zijn?', 'Heb je een vraag?', 'Snel naar'];
    for (const page of translated) {
      const lang = langOfPath(page.path);
      const dutchChrome = Object.entries(chrome.nl)
        .filter(([key, text]) => chrome[lang][key as keyof typeof chrome.nl] !== text)
        .map(([, text]) => text.split('{')[0]!.trim())
        .filter((text) => text.length > 3);
      expect(dutchChrome.length).toBeGreaterThan(20);
      // Dutch a translation keeps on purpose says so (a body's name of a Dutch body, such
      // as "Landelijke Klachtencommissie Onderwijs", in <span lang="nl">).
      const text = page.html
        .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
        .replace(/<span lang="nl"[^>]*>[^<]*<\/span>/g, '');
      for (const dutch of [...dutchHome, ...dutchChrome]) {
        expect(
          text.includes(`>${dutch}`) || text.includes(`"${dutch}"`),
          `${page.path}: ${dutch}`,
        ).toBe(false);
      }
    }
  });
});
