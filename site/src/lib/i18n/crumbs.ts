/**
 * Breadcrumbs of a translated page of an SWV: all SWVs (a Dutch page, so it says so), the
 * SWV's home in the language, (a parent), the page itself.
 */
import type { Locale } from '../../../../functions/core/locales.ts';
import type { Crumb, SwvEntry } from '../swv';
import { chrome } from './chrome';
import { localeHref } from './translations';

export function translatedCrumbs(
  swv: SwvEntry,
  lang: Locale,
  label: string,
  parent?: Crumb,
): Crumb[] {
  const t = chrome[lang];
  return [
    { label: `${t.allSwvs} ${t.inDutch}`, href: '/', hreflang: 'nl' },
    { label: swv.data.shortName, href: localeHref(lang, swv.id) },
    ...(parent ? [parent] : []),
    { label },
  ];
}
