/** The words a reply mail adds around the medewerker's text (functions/cases/reply-mail-texts.ts). */
import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../functions/core/locales.ts';
import { replyMailTexts } from '../../functions/cases/reply-mail-texts.ts';
import { catalogProblems } from '../support/catalog-check.ts';

describe('the reply mail’s own words', () => {
  it('are there in every language, translated, with the same facts filled in', () => {
    const rendered = Object.fromEntries(
      localeCodes.map((lang) => {
        const words = replyMailTexts[lang];
        return [
          lang,
          {
            ...words,
            answerFrom: words.answerFrom('{steunpunt}'),
            unread: words.unread({ name: '{name}', phone: '{phone}' }),
          },
        ];
      }),
    ) as Record<Locale, unknown>;
    expect(catalogProblems(rendered)).toEqual([]);
  });
});
