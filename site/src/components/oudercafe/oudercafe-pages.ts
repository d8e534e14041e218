/**
 * The Oudercafé's pages in every language (issue #14): their texts are the typed catalog
 * oudercafe-texts.ts, complete in each language, so each page exists in all six and its
 * switcher lists all six. Where each one is, its trail and its language versions.
 */
import { localeCodes, type Locale } from '../../../../functions/core/locales.ts';
import { chrome } from '../../lib/i18n/chrome';
import { localeHref, translationsOf, type Alternate } from '../../lib/i18n/translations';
import { paths, swvCrumbs, type Crumb, type SwvEntry } from '../../lib/swv';
import { oudercafePaths } from './meeting-text.ts';

export type OudercafePage = 'agenda' | 'signUp' | 'cancel';

const pathOf = (page: OudercafePage, slug: string, lang: Locale) =>
  page === 'agenda'
    ? oudercafePaths.agenda(slug, lang)
    : page === 'signUp'
      ? oudercafePaths.signUp(slug, undefined, lang)
      : oudercafePaths.cancel(slug, lang);

/** The page in every language, Dutch first (the switcher and the hreflang alternates). */
export const oudercafeAlternates = (page: OudercafePage, slug: string): Alternate[] =>
  localeCodes.map((lang) => ({ lang, href: pathOf(page, slug, lang) }));

/**
 * The trail in the page's language: all SWVs (Dutch only), the SWV's home (in this
 * language where it is translated), the agenda when below it, the page.
 */
export async function oudercafeCrumbs(
  swv: SwvEntry,
  lang: Locale,
  label: string,
  parent?: Crumb,
): Promise<Crumb[]> {
  if (lang === 'nl') return swvCrumbs(swv, label, parent);
  const t = chrome[lang];
  const homeTranslated = (await translationsOf('swv-home')).has(lang);
  return [
    { label: `${t.allSwvs} ${t.inDutch}`, href: '/', hreflang: 'nl' },
    homeTranslated
      ? { label: swv.data.shortName, href: localeHref(lang, swv.id) }
      : { label: `${swv.data.shortName} ${t.inDutch}`, href: paths.home(swv.id), hreflang: 'nl' },
    ...(parent ? [parent] : []),
    { label },
  ];
}
