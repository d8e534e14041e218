/**
 * The text shown under a search result. Pagefind cuts its excerpt around the densest hits,
 * often in the middle of a sentence ("gaten dat je thuiszit?"). This one starts at the
 * beginning of the sentence with the first hit, when that lies close enough before it, and
 * otherwise shows with "…" that the text goes on before; the same at the end.
 *
 * It works on Pagefind's own material: the page's text with HTML escaped (`raw_content`)
 * and the positions of the hits (`locations`), counted in words split on white space as
 * Pagefind splits them. Pagefind ends every heading and block with a full stop, so a
 * sentence start is the word after one that ends in . ? ! or :.
 */
export interface ExcerptOptions {
  /** Words in the excerpt. */
  length?: number;
  /** How many words before the first hit a sentence may start. */
  lookBack?: number;
}

const endsSentence = (word: string) => /[.?!:]["”’)]*$/.test(word);

export function sentenceExcerpt(
  rawContent: string,
  locations: readonly number[],
  { length = 30, lookBack = 12 }: ExcerptOptions = {},
): string {
  // Split exactly as Pagefind does, so its word positions stay right.
  const words = rawContent.split(/[\r\n\s]+/g);
  const hits = new Set(locations);
  const firstHit = locations.length > 0 ? Math.min(...locations) : 0;

  let start = Math.min(firstHit, words.length);
  while (start > 0 && firstHit - start < lookBack && !endsSentence(words[start - 1]!)) start--;
  const cutBefore = start > 0 && !endsSentence(words[start - 1]!);
  const end = Math.min(words.length, start + length);

  const shown = words
    .slice(start, end)
    .map((word, offset) => (hits.has(start + offset) ? `<mark>${word}</mark>` : word))
    .filter((word) => word !== '')
    .join(' ');
  return `${cutBefore ? '…' : ''}${shown}${end < words.length ? ' …' : ''}`;
}
