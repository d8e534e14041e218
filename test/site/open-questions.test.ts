/**
 * The open questions of the content ("Nog in te vullen"): grouped per steunpunt, SWV and
 * page, national pages once; collected from the real content into the back-office page
 * when the site is built, and never on a public page.
 */
import { describe, expect, it } from 'vitest';
import {
  countOpen,
  groupOpenQuestions,
  type SwvSource,
} from '../../site/src/components/backoffice/gaps/open-questions.ts';
import { builtPages } from '../support/built-site.ts';

const amstel = { id: 'amstel-en-meer', name: 'Steunpunt Amstel & Meer', questions: [] };
const swv = (slug: string, overrides: Partial<SwvSource> = {}): SwvSource => ({
  slug,
  name: `SWV ${slug}`,
  href: `/${slug}/`,
  questions: [],
  steunpunt: amstel,
  pages: [],
  ...overrides,
});

describe('grouping the open questions', () => {
  const grouped = groupOpenQuestions(
    [
      swv('vo-b', {
        pages: [
          { title: 'Zonder vragen', href: '/vo-b/leeg/', questions: [] },
          { title: 'Contact', href: '/vo-b/contact/', questions: ['Telefoonnummer'] },
        ],
      }),
      swv('po-a', { questions: ['Adres van de OPR'] }),
      swv('po-c'),
      swv('vo-d', {
        steunpunt: { id: 'ander', name: 'Ander steunpunt', questions: ['Openingstijden'] },
      }),
    ],
    [
      { title: 'Thuiszitten', href: '/po-a/thuiszitten/', questions: ['Termijn gemeente'] },
      { title: 'Bezwaar', href: '/po-a/bezwaar/', questions: [] },
    ],
  );

  it('puts each SWV under its steunpunt, and lists a steunpunt with nothing open too', () => {
    expect(grouped.steunpunten.map((s) => [s.id, s.swvs.map((w) => w.slug)])).toEqual([
      ['ander', []],
      ['amstel-en-meer', ['po-a', 'vo-b']],
    ]);
    expect(grouped.steunpunten[0]!.questions).toEqual(['Openingstijden']);
  });

  it('keeps only the pages with something open, each with its public page', () => {
    const voB = grouped.steunpunten[1]!.swvs.find((w) => w.slug === 'vo-b')!;
    expect(voB.pages).toEqual([
      { title: 'Contact', href: '/vo-b/contact/', questions: ['Telefoonnummer'] },
    ]);
  });

  it('lists national pages once, apart from the steunpunten', () => {
    expect(grouped.national).toEqual([
      { title: 'Thuiszitten', href: '/po-a/thuiszitten/', questions: ['Termijn gemeente'] },
    ]);
  });

  it('counts what is open per steunpunt', () => {
    expect(grouped.steunpunten.map(countOpen)).toEqual([1, 2]);
  });
});

describe('the built back office', () => {
  const pages = builtPages();
  const gapsPage = pages.find((p) => p.path === '/backoffice/nog-in-te-vullen/');
  /** The island's props as the page carries them (HTML-escaped JSON). */
  const props = (gapsPage?.html ?? '')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'");
  // Real entries of content/ (front matter `openQuestions`).
  const real = [
    {
      question:
        'Telefoonnummer en e-mailadres van het Oudersteunpunt, en wanneer het bereikbaar is.',
      href: '/ppo-noord-kennemerland/oudersteunpunt/',
    },
    {
      question: 'Telefoonnummer, bereikbare tijden en adres van Steunpunt Amstel & Meer.',
      href: '/po-haarlemmermeer/steunpunt-amstel-en-meer/',
    },
  ];

  it('has the page "Nog in te vullen"', () => {
    expect(gapsPage, 'run npm run build:site').toBeDefined();
  });

  it.each(real)('collects "$question" with its page', ({ question, href }) => {
    expect(props).toContain(question);
    const at = props.indexOf(question);
    // The page's link comes just before its questions in the collected list.
    const pageEntry = props.slice(Math.max(0, props.lastIndexOf('"href"', at) - 10), at);
    expect(pageEntry).toContain(href);
  });

  it('shows no open question on any public page', () => {
    const publicPages = pages.filter((p) => !p.path.startsWith('/backoffice/'));
    expect(publicPages.length).toBeGreaterThan(50);
    for (const page of publicPages) {
      for (const { question } of real) {
        expect(page.html.replaceAll('&amp;', '&'), page.path).not.toContain(question);
      }
    }
  });
});
