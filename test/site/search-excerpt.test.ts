/**
 * The search result's excerpt starts where a reader can start: at the beginning of the
 * sentence with the first hit, or after "…" when that sentence starts too far back.
 */
import { describe, expect, it } from 'vitest';
import { sentenceExcerpt } from '../../site/src/components/search-excerpt.ts';

// Pagefind's text of a page: every heading and block ends with a full stop.
const content =
  'Als je niet naar school gaat. Wie houdt in de gaten dat je thuiszit? ' +
  'De leerplichtambtenaar let op of je naar school gaat. Hij of zij praat met jou en je ouders.';
const wordAt = (word: string) => content.split(/[\r\n\s]+/g).indexOf(word);

describe('sentenceExcerpt', () => {
  it('starts at the sentence of the first hit, not in the middle of it', () => {
    const excerpt = sentenceExcerpt(content, [wordAt('thuiszit?')], { length: 12 });
    expect(excerpt).toBe(
      'Wie houdt in de gaten dat je <mark>thuiszit?</mark> De leerplichtambtenaar let op …',
    );
  });

  it('marks every hit inside the excerpt', () => {
    const excerpt = sentenceExcerpt(content, [wordAt('school'), wordAt('leerplichtambtenaar')], {
      length: 40,
    });
    expect(excerpt.match(/<mark>/g)).toHaveLength(2);
    expect(excerpt.startsWith('Als je niet naar <mark>school</mark> gaat.')).toBe(true);
    expect(excerpt.endsWith('ouders.')).toBe(true);
  });

  it('shows with "…" that the sentence began earlier when it starts too far back', () => {
    const excerpt = sentenceExcerpt(content, [wordAt('ouders.')], { length: 4, lookBack: 3 });
    expect(excerpt).toBe('…jou en je <mark>ouders.</mark>');
  });

  it('starts at the top of the page when there is no hit to show', () => {
    expect(sentenceExcerpt(content, [], { length: 3 })).toBe('Als je niet …');
  });

  it('keeps the positions Pagefind counts when the text starts with white space', () => {
    const spaced = ` ${content}`;
    const position = spaced.split(/[\r\n\s]+/g).indexOf('thuiszit?');
    expect(sentenceExcerpt(spaced, [position], { length: 8 })).toBe(
      'Wie houdt in de gaten dat je <mark>thuiszit?</mark> …',
    );
  });
});
