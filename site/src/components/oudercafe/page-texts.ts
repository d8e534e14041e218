/**
 * How the Oudercafé's scripts speak the page's language (issue #14): the page puts its
 * own language's texts in `data-texts` (JSON, from oudercafe-texts.ts) and its language in
 * `data-lang`; a script reads them here and fills its templates. What staff typed and the
 * steunpunt's own name stay Dutch: on a page in another language they go in a
 * `<span lang="nl">`, so a screen reader reads them as Dutch.
 */
import type { Locale } from '../../../../functions/core/locales.ts';
import { templateParts } from '../../lib/i18n/template-parts.ts';

/** The texts and language a page carries for its script. */
export function pageTexts<T>(root: HTMLElement): { texts: T; lang: Locale } {
  return {
    texts: JSON.parse(root.dataset.texts ?? '{}') as T,
    lang: (root.dataset.lang ?? 'nl') as Locale,
  };
}

/** A text typed in Dutch (a title, a place, a name), marked as Dutch on a page in another language. */
export function dutch(text: string, lang: Locale): string | HTMLElement {
  if (lang === 'nl') return text;
  const span = document.createElement('span');
  span.lang = 'nl';
  span.textContent = text;
  return span;
}

/** A template's placeholders filled with texts or nodes: `append(...fillNodes(t, values))`. */
export function fillNodes(
  template: string,
  values: Record<string, string | Node>,
): (string | Node)[] {
  return templateParts(template).map((part) =>
    'name' in part
      ? Object.hasOwn(values, part.name)
        ? values[part.name]!
        : `{${part.name}}`
      : part.text,
  );
}
