/** Making elements in the public pages' plain scripts (no framework on those pages). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link with the site's link style. */
export function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', 'utrecht-link utrecht-link--html-a', text);
  anchor.href = href;
  return anchor;
}
