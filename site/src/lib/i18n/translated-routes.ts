/**
 * Which pages of an SWV exist in a language (issue #14), asked by a translated page before
 * it links anywhere: a link goes to the page in the reader's language only when that page
 * is built, else to the Dutch page, marked. Build time only.
 *
 * The answer comes from what is built, not from a list kept by hand: the page files under
 * `src/pages/<lang>/[slug]/` (the question form, the route chooser, the Oudercafé, … as
 * their parts add them), and for the pages that exist only where a translation does (the
 * SWV home, the information pages) the translations in content/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, type Locale } from '../../../../functions/core/locales.ts';
import {
  isTranslatedInfoPage,
  type TranslatedInfoPage,
} from '../../../../functions/tenants/translated-page.ts';
import { pagesOf, type SitePage } from '../pages';
import { allSwvs, type SwvEntry } from '../swv';
import type { Translation } from './translations';

/**
 * The page files of the translated routes, by language: `vraag`, `oudercafe/aanmelden`,
 * `[page]`, `` (the home). Read as raw text and never loaded: only the names count.
 */
const routeFiles: Map<Locale, string[]> = (() => {
  const byLang = new Map<Locale, string[]>();
  const files = Object.keys(import.meta.glob('../../pages/*/*/**/*.astro', { query: '?raw' }));
  for (const file of files) {
    const match = /^\.\.\/\.\.\/pages\/([^/]+)\/\[slug\]\/(.*)\.astro$/.exec(file);
    if (!match || !isLocale(match[1]!)) continue;
    const route = match[2]!.replace(/(^|\/)index$/, '');
    byLang.set(match[1]!, [...(byLang.get(match[1]!) ?? []), route]);
  }
  return byLang;
})();

/** A route file's path as a pattern: `[x]` one segment, `[...x]` any rest. */
const routePattern = (route: string) =>
  new RegExp(
    `^${route
      .split('/')
      .map((segment) =>
        segment.startsWith('[...')
          ? '.*'
          : segment.startsWith('[')
            ? '[^/]+'
            : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')}$`,
  );

/** One translated information page as built for one SWV. */
export interface TranslatedInfoRoute {
  params: { slug: string; page: TranslatedInfoPage };
  props: {
    swv: SwvEntry;
    translation: Translation;
    /** The Dutch page it translates, as this SWV shows it (with its supplements). */
    page: SitePage;
  };
}

const infoRoutes = new Map<Locale, Promise<TranslatedInfoRoute[]>>();

/**
 * getStaticPaths of `/<lang>/[slug]/[page]/`: every information page translated into the
 * language, for every SWV that shows the national page (an SWV that replaced it with a
 * page of its own gets no translation of the national text).
 */
export function translatedInfoRoutes(lang: Locale): Promise<TranslatedInfoRoute[]> {
  let routes = infoRoutes.get(lang);
  if (!routes) {
    routes = (async () => {
      const translations = (
        await getCollection('translations', (entry) => entry.id.startsWith(`${lang}/`))
      ).filter((entry: CollectionEntry<'translations'>) => isTranslatedInfoPage(entry.data.page));
      const result: TranslatedInfoRoute[] = [];
      for (const swv of await allSwvs()) {
        const pages = await pagesOf(swv);
        for (const translation of translations) {
          const name = translation.data.page as TranslatedInfoPage;
          const page = pages.find(
            (p) => p.part === 'ouders' && p.name === name && p.origin === 'landelijk',
          );
          if (page)
            result.push({
              params: { slug: swv.id, page: name },
              props: { swv, translation, page },
            });
        }
      }
      return result;
    })();
    // Kept for the build's many pages; `astro dev` asks again, so a new translation shows.
    if (import.meta.env.PROD) infoRoutes.set(lang, routes);
  }
  return routes;
}

/**
 * Does the SWV's page at `path` (under `/<slug>/`, no slashes around it) exist in the
 * language? The answer for every path of one SWV, to hand to the body's renderer.
 */
export async function existsInFor(lang: Locale, slug: string): Promise<(path: string) => boolean> {
  const info = new Set(
    (await translatedInfoRoutes(lang))
      .filter((route) => route.params.slug === slug)
      .map((route) => route.params.page as string),
  );
  const home = (await getCollection('translations')).some(
    (entry) => entry.id === `${lang}/swv-home`,
  );
  const files = routeFiles.get(lang) ?? [];
  const fixed = files.filter((route) => route !== '' && route !== '[page]').map(routePattern);
  return (path: string) => {
    if (path === '') return home && files.includes('');
    if (isTranslatedInfoPage(path)) return info.has(path) && files.includes('[page]');
    return fixed.some((pattern) => pattern.test(path));
  };
}

/** `/<slug>/oudercafe/` → `oudercafe`: a Dutch page's path under its SWV, for existsIn. */
export function pathUnder(slug: string, dutchHref: string): string {
  const prefix = `/${slug}/`;
  if (!dutchHref.startsWith(prefix)) throw new Error(`${dutchHref} is not a page of ${slug}`);
  return dutchHref.slice(prefix.length).replace(/\/$/, '');
}
