/**
 * The remembered language (issue #14): a click on a language in the switcher stores it; a
 * Dutch page with a version in that language shows its hidden offer of it. Storage may be
 * off (private mode, blocked): then nothing is remembered and nothing breaks.
 */
const key = 'portaal-taal';

function read(): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(lang: string) {
  try {
    localStorage.setItem(key, lang);
  } catch {
    // Not remembered; the links still work.
  }
}

export function rememberLanguageChoices(root: Document) {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
    link.addEventListener('click', () => store(link.hreflang));
  }
}

export function offerRememberedLanguage(root: Document) {
  const lang = read();
  if (!lang || lang === root.documentElement.lang) return;
  const offer = root.querySelector<HTMLElement>(`[data-language-offer="${CSS.escape(lang)}"]`);
  if (offer) offer.hidden = false;
}
