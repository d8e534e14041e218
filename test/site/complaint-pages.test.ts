/**
 * "Hulp bij een klacht of geschil" in the built site (site/src/pages/[slug]/klacht/): the
 * same pages for every SWV, asking the complaint schema's fields in the schema's own order,
 * each with its script and with a panel for a browser without JavaScript, in short
 * sentences; and the ways in: the SWV home and the question form's topic.
 * Needs a built site: `npm run build:site`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  complaintFieldOrder,
  complaintRoutes,
} from '../../functions/cases/intakes/complaint-schema.ts';
import {
  complaintBase,
  complaintForm,
  joinDate,
  routeLabels,
  steunpuntComplaintReaders,
} from '../../site/src/components/complaint/complaint-pages.ts';
import { fieldOrder } from '../../site/src/components/form/form-pages-core.ts';
import { readability, readabilityProblems } from '../../scripts/content/readability.ts';
import { builtPages, distDir, linksOf, scriptsOf } from '../support/built-site.ts';

const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const slugs = pages
  .map((page) => /^\/([a-z0-9-]+)\/klacht-of-geschil\/$/.exec(page.path)?.[1])
  .filter((slug): slug is string => Boolean(slug));

/** The form's own pages: the start page, one per question page, the check page. */
const formPaths = (slug: string) => [
  `${complaintBase(slug)}/`,
  ...complaintForm.pages.map((page) => `${complaintBase(slug)}/${page.slug}/`),
  `${complaintBase(slug)}/${complaintForm.checkSlug}/`,
];

/** The readable text of a page's main part, one block per line. */
function mainText(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<\/(p|li|h[1-6]|legend|label|div|a|button)>|<br\s*\/?>/g, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n[ \t]+/g, '\n');
}

describe('the complaint form’s spec', () => {
  it('asks every field of the schema once, in the schema’s order', () => {
    expect(fieldOrder(complaintForm)).toEqual([...complaintFieldOrder]);
  });

  it('names every route the schema takes, in words', () => {
    expect(Object.keys(routeLabels).sort()).toEqual([...complaintRoutes].sort());
    expect(routeLabels['bezwaar-tlv']).toBe('Bezwaar maken tegen het besluit over de TLV');
    expect(routeLabels['weet-ik-niet']).toBe('Weet ik niet');
  });

  it('joins the three date boxes as the schema reads a date, and leaves a wrong one wrong', () => {
    expect(joinDate('17', '4', '2025')).toBe('2025-04-17');
    expect(joinDate(' 7 ', '04', '2025')).toBe('2025-04-07');
    expect(joinDate('', '', '')).toBe('');
    // Incomplete or impossible: the schema gets it as typed and says the date does not exist.
    expect(joinDate('31', '2', '2025')).toBe('2025-02-31');
    expect(joinDate('17', '4', '25')).toBe('25-04-17');
    expect(joinDate('17', '', '2025')).toBe('2025--17');
  });
});

describe('the complaint form’s pages', () => {
  it('are built for every SWV: a start page, one page per question and a check page', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    for (const slug of slugs) {
      const built = pages
        .map((page) => page.path)
        // The letter page beside the form is another page of its own.
        .filter((path) => path.startsWith(`${complaintBase(slug)}/`) && !path.endsWith('/brief/'));
      expect(built.sort()).toEqual(formPaths(slug).sort());
      expect(built).toHaveLength(13);
    }
  });

  it.each(slugs)(
    '%s: each page has its script, and a panel with other ways in without it',
    (slug) => {
      for (const path of formPaths(slug)) {
        const html = byPath.get(path)!.html;
        expect(scriptsOf(html).length, path).toBeGreaterThan(1);
        const panel = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
        expect(panel, path).toContain('0800-5010');
        expect(linksOf(panel), path).toContain(`/${slug}/klacht-of-geschil/`);
        expect(linksOf(panel), path).toContain('#contact');
      }
    },
  );

  it.each(slugs)('%s: the start page says what the steunpunt does and starts the form', (slug) => {
    const html = byPath.get(`${complaintBase(slug)}/`)!.html;
    const text = mainText(html);
    expect(text).toContain('We beslissen niet wie gelijk heeft.');
    expect(text).toContain('Je hoeft geen brieven of andere stukken mee te sturen.');
    expect(linksOf(html)).toContain(`${complaintBase(slug)}/wie/`);
  });

  it.each(slugs)(
    '%s: a complaint about the steunpunt itself goes only to its named person, on the start and route pages',
    (slug) => {
      const start = mainText(byPath.get(`${complaintBase(slug)}/`)!.html);
      expect(start).toContain('Heb je een klacht over het steunpunt zelf?');
      expect(start).toContain(`${steunpuntComplaintReaders} Heeft het steunpunt niemand gekozen?`);
      // On the route page, the hint belongs to that option and is read with it.
      const route = byPath.get(`${complaintBase(slug)}/route/`)!.html;
      const hintId = 'vraag-route-klacht-over-steunpunt-hint';
      expect(route).toMatch(
        new RegExp(`id="${hintId}"[^>]*>\\s*${steunpuntComplaintReaders.replace(/\./g, '\\.')}`),
      );
      expect(route).toMatch(
        new RegExp(`id="vraag-route-klacht-over-steunpunt"[^>]*aria-describedby="${hintId}"`),
      );
      expect(route.match(/aria-describedby="vraag-route-[a-z-]+-hint"/g)).toHaveLength(1);
    },
  );

  it('are written in short sentences', () => {
    for (const path of formPaths('po-haarlemmermeer')) {
      const text = mainText(byPath.get(path)!.html);
      expect(readability(text).sentences, path).toBeGreaterThan(3);
      expect(readabilityProblems(text), path).toEqual([]);
    }
  });

  it('ship one script of their own, small for what it does', () => {
    const html = byPath.get(`${complaintBase('po-haarlemmermeer')}/datum/`)!.html;
    const entries = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(1);
    // The entry and every chunk it imports: the form kit, zod/mini with the complaint
    // schema, the deadline module and the typed client. Measured 24.3 KB gzip: the
    // confirmation asks only letter-routes.ts whether there is a letter, so the letter's
    // words (2.5 KB) load on the letter page alone. 26.2 KB since issue #14 (24.8 before it,
    // measured in the same build): the form kit reads its texts from the page, and the date page's
    // readout is the route chooser's one sentence builder over the Dutch catalog
    // (deadline-words.ts, deadline-readout.ts, texts/nl-deadline.ts) with the portal's one
    // date writer (locale-dates.ts), without the other languages or the chooser's calculator.
    const seen = new Set<string>();
    const queue = [...entries];
    let size = 0;
    while (queue.length > 0) {
      const src = queue.shift()!;
      if (seen.has(src)) continue;
      seen.add(src);
      const code = readFileSync(`${distDir}${src.slice(1)}`);
      size += gzipSync(code).length;
      for (const match of code.toString().matchAll(/from\s*"\.\/([^"]+)"/g)) {
        queue.push(`/_astro/${match[1]!}`);
      }
    }
    expect(seen.size).toBeGreaterThan(3);
    expect(size).toBeLessThan(26_500);
  });
});

describe('the ways to the complaint form', () => {
  it.each(slugs)('%s: the home page and the question form’s topic lead to it', (slug) => {
    expect(linksOf(byPath.get(`/${slug}/`)!.html)).toContain(`/${slug}/klacht/`);
    const question = byPath.get(`/${slug}/vraag/`)!.html;
    const hint = /id="vraag-topic-hint"[\s\S]*?<\/div>/.exec(question)?.[0] ?? '';
    expect(linksOf(hint)).toEqual([`/${slug}/klacht-of-geschil/`, `/${slug}/klacht/`]);
    expect(question).toMatch(/id="vraag-topic"[^>]*aria-describedby="vraag-topic-hint"/);
  });
});
