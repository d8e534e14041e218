/**
 * Marks inside a catalog text of the portal's own (issue #14): `[[…]]` is a Dutch term a
 * translation keeps as it is ("passend onderwijs", an organisation's name), rendered
 * `lang="nl"`; `{{term:key}}` is a legal term from legal-terms.ts, rendered from data in
 * the page's language. Pure, for the build; the site renders the parts.
 */
export type TextPart =
  | { kind: 'text'; value: string }
  | { kind: 'dutch'; value: string }
  | { kind: 'term'; key: string };

const mark = /\[\[(.+?)\]\]|\{\{term:(\w+)\}\}/;

export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let rest = text;
  for (let match = mark.exec(rest); match; match = mark.exec(rest)) {
    if (match.index > 0) parts.push({ kind: 'text', value: rest.slice(0, match.index) });
    parts.push(
      match[1] !== undefined
        ? { kind: 'dutch', value: match[1] }
        : { kind: 'term', key: match[2]! },
    );
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) parts.push({ kind: 'text', value: rest });
  return parts;
}

/** A catalog text without its Dutch-term marks, for a `<title>` or a crumb. */
export const plainText = (text: string) => text.replace(/\[\[(.+?)\]\]/g, '$1');
