/**
 * The body of a translated information page (issue #14), rendered for one SWV: facts from
 * data, links to the same language only where the page exists, marks where no person
 * checked the translation, and a clear stop for anything the renderer cannot place.
 */
import { describe, expect, it } from 'vitest';
import { legalDateText } from '../../functions/core/legal-dates.ts';
import { termText } from '../../functions/core/legal-terms.ts';
import {
  placeholdersOf,
  renderTranslatedBody,
  type BodyContext,
} from '../../site/src/lib/i18n/translated-body.ts';

const context = (overrides: Partial<BodyContext> = {}): BodyContext => ({
  lang: 'en',
  slug: 'po-test',
  page: 'opp',
  checked: false,
  // As if the SWV had its home, the OPP page and the question form in this language.
  existsIn: (path) => ['', 'opp', 'vraag'].includes(path),
  words: { inDutch: '(in Dutch)', uncheckedMark: 'check the Dutch text' },
  ...overrides,
});

const mark = (anchor = '') =>
  ` (<a class="utrecht-link utrecht-link--html-a unchecked-mark" href="/po-test/opp/${anchor}" hreflang="nl" data-unchecked-mark="">check the Dutch text</a>)`;

describe('a translated body', () => {
  it('renders each legal term from data in the language, with the mark when unchecked', () => {
    const html = renderTranslatedBody('Within {{term:gpoFiling}} after the decision.', {
      ...context({ lang: 'ar' }),
    });
    expect(termText('gpoFiling', 'ar')).toBe('6 أسابيع');
    expect(html).toBe(
      `<p>Within <span class="legal-term" data-term="gpoFiling">6 أسابيع</span>${mark()} after the decision.</p>\n`,
    );
  });

  it('links the mark to the section the term is in, on the Dutch page', () => {
    const html = renderTranslatedBody(
      'Before.\n\n## When { #wanneer }\n\n- Within {{term:oppAfterEnrolment}}.\n\n## Next { #daarna }\n',
      context(),
    );
    expect(html).toContain(
      `<li>Within <span class="legal-term" data-term="oppAfterEnrolment">6 weeks</span>${mark('#wanneer')}.</li>`,
    );
  });

  it('renders a date in law from data, unmarked (it is no deadline)', () => {
    const html = renderTranslatedBody('Since {{date:positionAct}}.', context({ lang: 'pl' }));
    expect(html).toBe(`<p>Since ${legalDateText('positionAct', 'pl')}.</p>\n`);
    expect(html).toContain('1 sierpnia 2025');
  });

  it('leaves the marks out of a translation a person checked', () => {
    const html = renderTranslatedBody(
      '## Not agreed { #niet-eens .route-outcome }\n\nWithin {{term:objection}}.',
      context({ checked: true }),
    );
    expect(html).not.toContain('unchecked-mark');
    expect(html).toContain('<span class="legal-term" data-term="objection">6 weeks</span>.');
  });

  it('marks a route outcome heading, linked to the same heading on the Dutch page', () => {
    const html = renderTranslatedBody(
      '## Not agreed with the OPP { #niet-eens-met-het-opp .route-outcome }\n\n## Other { #anders }',
      context(),
    );
    expect(html).toContain(
      `<h2 id="niet-eens-met-het-opp" class="route-outcome">Not agreed with the OPP${mark('#niet-eens-met-het-opp')}</h2>`,
    );
    expect(html).toContain('<h2 id="anders">Other</h2>');
  });

  it('puts the mark of a term in a link’s text after the link, once', () => {
    const html = renderTranslatedBody(
      'Read [rights from {{term:youngAdultAge}} and {{term:adultAge}}](../rechten-vanaf-16-en-18/).',
      context(),
    );
    expect(html).toBe(
      '<p>Read <a href="/po-test/rechten-vanaf-16-en-18/" hreflang="nl">rights from ' +
        '<span class="legal-term" data-term="youngAdultAge">16 years</span> and ' +
        `<span class="legal-term" data-term="adultAge">18 years</span> (in Dutch)</a>${mark()}.</p>\n`,
    );
  });

  it('links to the page in the same language when it exists, else to Dutch, marked', () => {
    const html = renderTranslatedBody(
      '[OPP](../opp/), [form](../vraag/), [home](../), [term](../begrippen/#tlv), ' +
        '[route chooser](../klacht-of-geschil/), [below](#anders), [GPO](https://www.onderwijsgeschillen.nl/)',
      context({ lang: 'tr' }),
    );
    expect(html).toContain('<a href="/tr/po-test/opp/">OPP</a>');
    expect(html).toContain('<a href="/tr/po-test/vraag/">form</a>');
    expect(html).toContain('<a href="/tr/po-test/">home</a>');
    expect(html).toContain('<a href="/po-test/begrippen/#tlv" hreflang="nl">term (in Dutch)</a>');
    expect(html).toContain(
      '<a href="/po-test/klacht-of-geschil/" hreflang="nl">route chooser (in Dutch)</a>',
    );
    expect(html).toContain('<a href="#anders">below</a>');
    expect(html).toContain('<a href="https://www.onderwijsgeschillen.nl/">GPO</a>');
  });

  it('asks whether a page exists by its path under the SWV, without slashes', () => {
    const asked: string[] = [];
    renderTranslatedBody('[a](../opp/#x) [b](../oudercafe/aanmelden/) [c](../)', {
      ...context(),
      existsIn: (path) => (asked.push(path), false),
    });
    expect(asked).toEqual(['opp', 'oudercafe/aanmelden', '']);
  });

  it('keeps Dutch terms in their own language and tables stacked as on the Dutch page', () => {
    const html = renderTranslatedBody(
      'Suitable education (<span lang="nl">passend onderwijs</span>).\n\n| Step | Term |\n| --- | --- |\n| Objection | {{term:objection}} |\n',
      context(),
    );
    expect(html).toContain('<span lang="nl">passend onderwijs</span>');
    expect(html).toContain('<table class="stack-table" role="table">');
    expect(html).toContain('data-label="Term"><span class="legal-term" data-term="objection">');
  });

  it('stops the build on an unknown term, naming the file and the keys there are', () => {
    expect(() =>
      renderTranslatedBody('Within {{term:sixWeeks}}.', context({ lang: 'uk', page: 'tlv' })),
    ).toThrow(
      /content\/translations\/uk\/tlv\.md: \{\{term:sixWeeks\}\} is not a legal term or date\. Write \{\{term:<key>\}\} with one of: objection, /,
    );
    expect(() => placeholdersOf('{{name}}')).toThrow(/\{\{name\}\} is not a legal term/);
    expect(() => placeholdersOf('{{date:someday}}')).toThrow(/positionAct/);
    expect(placeholdersOf('{{term:appeal}} {{ date:parentConsent }}')).toEqual([
      { kind: 'term', key: 'appeal' },
      { kind: 'date', key: 'parentConsent' },
    ]);
  });

  it('stops the build on a link not written as on the Dutch page', () => {
    expect(() => renderTranslatedBody('[OPP](opp/)', context())).toThrow(
      /content\/translations\/en\/opp\.md: the link "opp\/" is not written as on the Dutch page/,
    );
    expect(() => renderTranslatedBody('[OPP](/po-test/opp/)', context())).toThrow(
      /not written as on the Dutch page/,
    );
  });
});
