/**
 * A catalog text with {placeholders} as parts, so a page or script can put a link, a bold
 * fact or a Dutch term (`lang="nl"`) in a placeholder's place: `{ text }` or `{ name }`.
 * No imports: the forms' scripts take it into the browser.
 */
export type TemplatePart = { text: string } | { name: string };

export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((piece) => {
      const match = /^\{(\w+)\}$/.exec(piece);
      return match ? { name: match[1]! } : { text: piece };
    });
}

/** A text's parts around a Dutch term kept in a translation ("tolk"), to mark it `lang="nl"`. */
export function dutchTermParts(text: string, terms: readonly string[]): TemplatePart[] {
  if (terms.length === 0) return [{ text }];
  const pattern = new RegExp(`(${terms.map((term) => term.replace(/\W/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .filter(Boolean)
    .map((piece) => (terms.includes(piece) ? { name: piece } : { text: piece }));
}
