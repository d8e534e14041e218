/**
 * The checks every message catalog of issue #14 passes (a `Record<Locale, …>`): each text
 * is there and not empty in every language, a translation is not the Dutch text left in
 * place (except what is the same by nature, such as "WhatsApp"), and each text has the same
 * {placeholders} in every language. Answers the problems found, by path; none is good.
 */
import { localeCodes, sourceLocale, type Locale } from '../../functions/core/locales.ts';

/** Every text of one language's catalog by its path (`browser.problem`, `topics.opp`). */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      for (const [leaf, text] of leaves(inner, path ? `${path}.${key}` : key)) {
        found.set(leaf, text);
      }
    }
  } else {
    found.set(path, value);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

export function catalogProblems(
  catalog: Record<Locale, unknown>,
  sameByNature: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const dutch = leaves(catalog[sourceLocale]);
  for (const lang of localeCodes) {
    const texts = leaves(catalog[lang]);
    for (const [path, source] of dutch) {
      const text = texts.get(path);
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${lang} ${path}: missing or empty`);
        continue;
      }
      if (typeof source !== 'string') continue;
      if (lang !== sourceLocale && text === source && !sameByNature.includes(text)) {
        problems.push(`${lang} ${path}: the Dutch text "${text}"`);
      }
      if (placeholders(text).join() !== placeholders(source).join()) {
        problems.push(`${lang} ${path}: placeholders differ from Dutch`);
      }
    }
    for (const path of texts.keys()) {
      if (!dutch.has(path)) problems.push(`${lang} ${path}: not in Dutch`);
    }
  }
  return problems;
}
