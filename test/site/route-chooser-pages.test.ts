/**
 * The route chooser's static pages (site/src/pages/[slug]/klacht-of-geschil/): one page per
 * state for every SWV, each a plain HTML page that works without JavaScript: question pages
 * link to the next state, outcome pages carry the route's text and a link to ask for help.
 * Needs a built site: `npm run build:site`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nextStep, reachableAnswers } from '../../functions/core/route-chooser/flow.ts';
import { outcomes } from '../../functions/core/route-chooser/outcomes.ts';
import { builtPages, distDir, linksOf, scriptsOf } from '../support/built-site.ts';
import {
  answerSegments,
  answersFromSegments,
  chooserPath,
} from '../../site/src/lib/route-chooser.ts';

const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const slugs = pages
  .map((page) => /^\/([a-z0-9-]+)\/klacht-of-geschil\/$/.exec(page.path)?.[1])
  .filter((slug): slug is string => Boolean(slug));
const states = reachableAnswers();
/** The Dutch pages (a translation's are under /<lang>/: translated-chooser-pages.test.ts). */
const chooserPages = pages.filter((page) => /^\/[a-z0-9-]+\/klacht-of-geschil\//.test(page.path));
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('route chooser paths', () => {
  it('turns every state into a path and back', () => {
    for (const answers of states) {
      const path = chooserPath('po-haarlemmermeer', answers);
      const segments = path.split('/').slice(3, -1);
      expect(segments).toEqual(answerSegments(answers));
      expect(answersFromSegments(segments)).toEqual(answers);
    }
  });

  it('refuses a path that answers nothing', () => {
    expect(answersFromSegments(['onzin'])).toBeUndefined();
    expect(answersFromSegments(['tlv', 'ja'])).toBeUndefined();
  });
});

describe('route chooser pages', () => {
  it('builds one page per state for every SWV', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    expect(states.length).toBe(24);
    expect(chooserPages.length).toBe(states.length * slugs.length);
    for (const slug of slugs) {
      for (const answers of states) {
        expect(byPath.has(chooserPath(slug, answers)), chooserPath(slug, answers)).toBe(true);
      }
    }
  });

  it.each(slugs)('%s: every question page links to each next state, plainly', (slug) => {
    for (const answers of states) {
      const step = nextStep(answers);
      if (step.kind !== 'question') continue;
      const page = byPath.get(chooserPath(slug, answers))!;
      expect(page.html).toContain(`<h1 class="utrecht-heading-1">${step.question.text}</h1>`);
      const links = linksOf(page.html);
      for (const option of step.question.options) {
        const target = chooserPath(slug, { ...answers, [step.question.id]: option.value });
        expect(links, `${page.path} → ${target}`).toContain(target);
        expect(byPath.has(target)).toBe(true);
      }
      if (Object.keys(answers).length > 0) expect(text(page.html)).toContain('Vorige vraag');
    }
  });

  it.each(slugs)('%s: every outcome page has its title, answers and a help link', (slug) => {
    for (const answers of states) {
      const step = nextStep(answers);
      if (step.kind !== 'outcome') continue;
      const page = byPath.get(chooserPath(slug, answers))!;
      const words = text(page.html);
      expect(words).toContain(step.outcome.title);
      expect(words).toContain('Wat je hebt geantwoord');
      expect(words).toContain('Wijzig');
      expect(linksOf(page.html)).toContain(`/${slug}/klacht/?route=${step.outcome.intakeRoute}`);
      if (step.outcome.deadline) {
        expect(page.html).toContain('aria-live="polite"');
        expect(words).toContain('Hoeveel tijd heb je?');
      }
    }
  });

  it('shows the rule in words and the route text without JavaScript', () => {
    const bezwaar = text(byPath.get('/po-haarlemmermeer/klacht-of-geschil/tlv/')!.html);
    expect(bezwaar).toContain('Je hebt 6 weken');
    expect(bezwaar).toContain('tot een week later aankomen');
    expect(bezwaar).toContain('Je handtekening onder de brief');
    const gpo = text(
      byPath.get('/po-haarlemmermeer/klacht-of-geschil/toelating/ja/openbaar/')!.html,
    );
    expect(gpo).toContain('Dat is de veilige datum');
    expect(gpo).toContain('Dit hebben we nog niet kunnen controleren:');
    expect(gpo).toContain('Maak dan binnen 6 weken óók bezwaar bij het schoolbestuur');
    const bijzonder = text(
      byPath.get('/po-haarlemmermeer/klacht-of-geschil/toelating/ja/bijzonder/')!.html,
    );
    expect(bijzonder).not.toContain('Maak dan binnen 6 weken óók bezwaar bij het schoolbestuur');
  });

  it.each(slugs)('%s: a bezwaar names the SWV postal address, or says it is missing', (slug) => {
    const html = byPath.get(`/${slug}/klacht-of-geschil/tlv/`)!.html;
    const hasAddress = html.includes('<address class="chooser-address"');
    const saysMissing = text(html).includes('hebben we nog niet');
    expect(hasAddress || saysMissing).toBe(true);
    if (!hasAddress) expect(linksOf(html)).toContain(`/${slug}/vraag/`);
  });

  it('links the chooser from the home page and the klachten page', () => {
    for (const slug of slugs) {
      const start = `/${slug}/klacht-of-geschil/`;
      expect(linksOf(byPath.get(`/${slug}/`)!.html)).toContain(start);
      expect(linksOf(byPath.get(`/${slug}/klachten-en-geschillen/`)!.html)).toContain(start);
    }
  });

  it('has a script only on outcome pages with a deadline, and a small one', () => {
    /** The page's own module scripts, by file (the contact block's is inline). */
    const scriptFiles = (html: string) =>
      scriptsOf(html).flatMap((attrs) => /\ssrc="\/_astro\/([^"]+)"/.exec(attrs)?.[1] ?? []);
    const files = new Set<string>();
    for (const slug of slugs) {
      for (const answers of states) {
        const step = nextStep(answers);
        const own = scriptFiles(byPath.get(chooserPath(slug, answers))!.html);
        const wanted = step.kind === 'outcome' && step.outcome.deadline !== undefined;
        expect(own.length, chooserPath(slug, answers)).toBe(wanted ? 1 : 0);
        own.forEach((file) => files.add(file));
      }
    }
    expect(files.size).toBe(1);
    // The script and the chunks it imports, gzipped: measured 2.2 kB + 0.4 kB.
    const file = [...files][0]!;
    const read = (name: string) => readFileSync(`${distDir}_astro/${name}`, 'utf8');
    const main = read(file);
    const chunks = [...main.matchAll(/from"\.\/([^"]+)"/g)].map((match) => read(match[1]!));
    const gzipped = [main, ...chunks].reduce((sum, code) => sum + gzipSync(code).length, 0);
    expect(gzipped).toBeGreaterThan(1000);
    expect(gzipped).toBeLessThan(4000);
  });

  it('defines every outcome the pages show', () => {
    const shown = new Set(
      states.flatMap((answers) => {
        const step = nextStep(answers);
        return step.kind === 'outcome' ? [step.outcome.id] : [];
      }),
    );
    expect([...shown].sort()).toEqual(outcomes.map((outcome) => outcome.id).sort());
  });
});
