/**
 * The sign-up and cancel pages are one page per language whose meeting or booking comes
 * from the query (`?id=…`, `?code=…`). Their language links (the switcher, the offer of a
 * remembered language, the translation notice's link to the Dutch page) are static: this carries the query over, so switching language
 * keeps the meeting or the booking in view.
 */
export function keepQueryOnLanguageLinks() {
  const query = window.location.search;
  if (!query) return;
  const links = document.querySelectorAll<HTMLAnchorElement>(
    'a[data-language-link], .translation-notice a',
  );
  for (const link of links) {
    const url = new URL(link.href, window.location.href);
    url.search = query;
    link.href = url.pathname + url.search;
  }
}
