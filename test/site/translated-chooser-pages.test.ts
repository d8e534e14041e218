/**
 * The route chooser and the statements in the other languages, as the built site has them
 * (issue #14): every state of the chooser exists in every language for every SWV (the same
 * set of URLs as the Dutch), each page names all six versions (hreflang) and lists them in
 * its switcher, the Dutch pages too; an unchecked outcome and its deadline are marked in
 * the reader's language with a link to the same Dutch step; the complaint intake stays
 * Dutch and says so; "Stel je vraag" is the form in the page's language; the calculator
 * carries only its page's language. The privacy and accessibility statements exist in every
 * language, and a translated footer links to them. Needs a built site.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes, locales, type Locale } from '../../functions/core/locales.ts';
import { nextStep, reachableAnswers } from '../../functions/core/route-chooser/flow.ts';
import { translatedChooserTexts } from '../../functions/core/route-chooser/texts/index.ts';
import { chrome } from '../../site/src/lib/i18n/chrome.ts';
import { chooserPath } from '../../site/src/lib/route-chooser.ts';
import { privacyTexts } from '../../site/src/components/statements/privacy-texts.ts';
import { builtPages } from '../support/built-site.ts';

const pages = new Map(builtPages().map((page) => [page.path, page.html]));
const slugs = readdirSync(new URL('../../content/swv/', import.meta.url));
const translations = localeCodes.filter((lang): lang is Exclude<Locale, 'nl'> => lang !== 'nl');
const states = reachableAnswers();
const site = 'https://steunpunt-portaal.example';

const htmlOf = (path: string) => {
  const html = pages.get(path);
  expect(html, path).toBeDefined();
  return html!;
};
const htmlTag = (html: string) => /<html\b[^>]*>/.exec(html)?.[0] ?? '';
const alternatesOf = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
const switcherLangs = (html: string) =>
  [
    .../<nav class="language-nav"[\s\S]*?<\/nav>/
      .exec(html)![0]
      .matchAll(/\slang="([^"]+)"[^>]*\sdir="[^"]+"[^>]*>/g),
  ].map((m) => m[1]);
const unescape = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

describe('the route chooser in every language', () => {
  it('has every state of the Dutch chooser in every language, for every SWV, and no more', () => {
    const dutch = [...pages.keys()].filter((path) =>
      /^\/[a-z0-9-]+\/klacht-of-geschil\//.test(path),
    );
    expect(dutch.length).toBe(states.length * slugs.length);
    for (const lang of translations) {
      const own = [...pages.keys()].filter(
        (path) => path.startsWith(`/${lang}/`) && path.includes('/klacht-of-geschil/'),
      );
      expect(own.map((path) => path.slice(lang.length + 1)).sort(), lang).toEqual(dutch.sort());
    }
  });

  it('says its language and direction, and names all six versions of each step', () => {
    for (const slug of slugs) {
      for (const answers of states) {
        const expected = Object.fromEntries([
          ...localeCodes.map((lang) => [lang, `${site}${chooserPath(slug, answers, lang)}`]),
          ['x-default', `${site}${chooserPath(slug, answers)}`],
        ]);
        for (const lang of localeCodes) {
          const html = htmlOf(chooserPath(slug, answers, lang));
          expect(htmlTag(html)).toContain(`lang="${lang}" dir="${locales[lang].dir}"`);
          expect(alternatesOf(html), `${lang} ${slug}`).toEqual(expected);
          expect(switcherLangs(html).sort()).toEqual([...localeCodes].sort());
        }
      }
    }
  });

  it('marks an unchecked outcome and its deadline in the reader’s language, linked to the Dutch step', () => {
    let deadlines = 0;
    for (const lang of translations) {
      const t = translatedChooserTexts[lang];
      for (const answers of states) {
        const step = nextStep(answers);
        const slug = slugs[0]!;
        const html = htmlOf(chooserPath(slug, answers, lang));
        const dutchStep = chooserPath(slug, answers);
        expect(html).toContain(`data-translation="unchecked"`);
        const marks = [...html.matchAll(/<p[^>]*data-unchecked-mark[^>]*>([\s\S]*?)<\/p>/g)].map(
          (m) => unescape(m[1]!),
        );
        if (step.kind !== 'outcome') {
          expect(marks).toEqual([]);
          continue;
        }
        expect(marks[0], `${lang} ${dutchStep}`).toContain(t.checkDutch);
        for (const mark of marks) {
          expect(mark).toContain(`href="${dutchStep}" hreflang="nl"`);
          expect(mark).toContain(chrome[lang].dutchPage);
        }
        if (step.outcome.deadline) {
          deadlines += 1;
          expect(marks).toHaveLength(2);
          const section = /<section class="chooser-deadline"[\s\S]*?<\/section>/.exec(html)![0];
          expect(unescape(section)).toContain(t.checkDeadline);
        } else {
          expect(marks).toHaveLength(1);
        }
      }
    }
    expect(deadlines).toBeGreaterThan(10);
  });

  it('keeps the complaint intake Dutch and says so; asks questions in the page’s language', () => {
    for (const lang of translations) {
      const t = translatedChooserTexts[lang];
      for (const answers of states) {
        const step = nextStep(answers);
        if (step.kind !== 'outcome') continue;
        const slug = slugs[1]!;
        const html = unescape(htmlOf(chooserPath(slug, answers, lang)));
        const help = /<a[^>]*data-help-link[^>]*>([^<]*)<\/a>/.exec(html)!;
        expect(help[0]).toContain(`href="/${slug}/klacht/?route=${step.outcome.intakeRoute}"`);
        expect(help[0]).toContain('hreflang="nl"');
        expect(help[1]).toBe(`${t.askForHelp} ${chrome[lang].inDutch}`);
        expect(html).toContain(`href="/${lang}/${slug}/vraag/">${t.askQuestion}</a>`);
        expect(html).toContain(`href="${chooserPath(slug, {}, lang)}">${t.startAgain}</a>`);
      }
    }
  });

  it('is a top task of the SWV home in the same language', () => {
    for (const lang of translations) {
      for (const slug of slugs) {
        const home = htmlOf(`/${lang}/${slug}/`);
        expect(home, `${lang} ${slug}`).toContain(`href="${chooserPath(slug, {}, lang)}"`);
      }
    }
  });

  it('hands the calculator only its own language’s texts', () => {
    const path = (lang: Locale) => chooserPath(slugs[0]!, { over: 'tlv' }, lang);
    for (const lang of localeCodes) {
      const payload = /data-deadline-texts="([^"]*)"/.exec(htmlOf(path(lang)))![1]!;
      const { texts } = JSON.parse(unescape(payload)) as { texts: { lastDay: string } };
      for (const other of localeCodes) {
        const own = other === lang;
        const otherText = (other === 'nl' ? null : translatedChooserTexts[other])?.deadline.lastDay;
        if (otherText) expect(texts.lastDay === otherText, `${lang} ${other}`).toBe(own);
      }
    }
  });
});

describe('the statements in every language', () => {
  it('exist in every language for every SWV, in its language and direction, with all six named', () => {
    for (const slug of slugs) {
      for (const statement of ['privacy', 'toegankelijkheid']) {
        const expected = Object.fromEntries([
          ...localeCodes.map((lang) => [
            lang,
            `${site}${lang === 'nl' ? '' : `/${lang}`}/${slug}/${statement}/`,
          ]),
          ['x-default', `${site}/${slug}/${statement}/`],
        ]);
        for (const lang of localeCodes) {
          const html = htmlOf(`${lang === 'nl' ? '' : `/${lang}`}/${slug}/${statement}/`);
          expect(htmlTag(html)).toContain(`lang="${lang}" dir="${locales[lang].dir}"`);
          expect(alternatesOf(html)).toEqual(expected);
          expect(switcherLangs(html).sort()).toEqual([...localeCodes].sort());
        }
      }
    }
  });

  it('says in every language that the form’s language and the tolk wish go with the question', () => {
    for (const lang of localeCodes) {
      const html = htmlOf(`${lang === 'nl' ? '' : `/${lang}`}/${slugs[0]}/privacy/`);
      const paragraph = /<p[^>]*data-language-and-tolk[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!;
      const words = privacyTexts[lang].languageAndTolk.split('[[')[0]!;
      expect(unescape(paragraph), lang).toContain(words);
      // The retention term comes from the settings' default, in the language's words.
      const retention = /<p[^>]*data-retention[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!;
      expect(retention, lang).toMatch(/\b12\b/);
    }
  });

  it('is linked from a translated page’s footer in its own language, as the question form is', () => {
    for (const lang of translations) {
      const html = htmlOf(`/${lang}/${slugs[0]}/`);
      const footer = /<footer[\s\S]*<\/footer>/.exec(html)![0];
      expect(footer).toContain(
        `<a href="/${lang}/${slugs[0]}/privacy/">${chrome[lang].privacy}</a>`,
      );
      expect(footer).toContain(
        `<a href="/${lang}/${slugs[0]}/vraag/">${chrome[lang].question}</a>`,
      );
      expect(footer).toContain(
        `<a href="/${lang}/${slugs[0]}/toegankelijkheid/">${chrome[lang].accessibility}</a>`,
      );
    }
  });
});
