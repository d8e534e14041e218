/**
 * Which information pages an SWV shows: the national pages (content/landelijk,
 * content/jongeren), minus those it replaces with a page of its own, plus its own pages;
 * supplements are attached to the national page they add to.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { caseFormPages } from '../../../functions/cases/case-kinds.ts';
import { pageSections, reservedPageNames } from '../../../functions/tenants/content-page.ts';
import { nationalSearchEntry, ownSearchEntry, type SearchEntry } from './search-index';
import type { SwvEntry } from './swv';

export type PageEntry =
  CollectionEntry<'landelijk'> | CollectionEntry<'jongeren'> | CollectionEntry<'swvPages'>;

export type Part = 'ouders' | 'jongeren';

export interface SitePage {
  /** The URL segment: `/<slug>/<name>/` or `/<slug>/jongeren/<name>/`. */
  name: string;
  part: Part;
  origin: 'landelijk' | 'swv';
  entry: PageEntry;
  supplements: CollectionEntry<'swvPages'>[];
}

export const sectionOrder = Object.keys(pageSections) as (keyof typeof pageSections)[];

/** The page's path under `/<slug>/`: `<name>/` or `jongeren/<name>/`. */
export function pagePath(page: Pick<SitePage, 'name' | 'part'>): string {
  return page.part === 'jongeren' ? `jongeren/${page.name}/` : `${page.name}/`;
}

export function pageHref(swvSlug: string, page: Pick<SitePage, 'name' | 'part'>): string {
  return `/${swvSlug}/${pagePath(page)}`;
}

/** A national page as the SWV shows it: not replaced, nothing added. */
const isUnchangedNational = (page: SitePage) =>
  page.origin === 'landelijk' && page.supplements.length === 0;

function byNavigation(a: SitePage, b: SitePage): number {
  return (
    sectionOrder.indexOf(a.entry.data.section) - sectionOrder.indexOf(b.entry.data.section) ||
    a.entry.data.order - b.entry.data.order ||
    a.entry.data.title.localeCompare(b.entry.data.title, 'nl')
  );
}

export async function pagesOf(swv: SwvEntry): Promise<SitePage[]> {
  const [landelijk, jongeren, own] = await Promise.all([
    getCollection('landelijk'),
    getCollection('jongeren', (entry) => entry.id !== 'index'),
    getCollection('swvPages', (entry) => entry.id.startsWith(`${swv.id}/`)),
  ]);

  const pages = new Map<string, SitePage>();
  const key = (part: Part, name: string) => `${part}/${name}`;
  for (const entry of landelijk) {
    pages.set(key('ouders', entry.id), {
      name: entry.id,
      part: 'ouders',
      origin: 'landelijk',
      entry,
      supplements: [],
    });
  }
  for (const entry of jongeren) {
    pages.set(key('jongeren', entry.id), {
      name: entry.id,
      part: 'jongeren',
      origin: 'landelijk',
      entry,
      supplements: [],
    });
  }

  const supplements: CollectionEntry<'swvPages'>[] = [];
  for (const entry of own) {
    const rest = entry.id.slice(swv.id.length + 1);
    const part: Part = rest.startsWith('jongeren/') ? 'jongeren' : 'ouders';
    const name = rest.split('/').pop()!;
    if ([...reservedPageNames, ...caseFormPages].includes(name)) {
      throw new Error(
        `content/swv/${entry.id}.md: "${name}" is reserved for a page of the portal; rename the file`,
      );
    }
    if (entry.data.supplements) supplements.push(entry);
    else pages.set(key(part, name), { name, part, origin: 'swv', entry, supplements: [] });
  }
  for (const entry of supplements) {
    const part: Part = entry.id.includes('/jongeren/') ? 'jongeren' : 'ouders';
    const target = pages.get(key(part, entry.data.supplements!));
    if (!target || target.origin !== 'landelijk') {
      throw new Error(
        `content/swv/${entry.id}.md: supplements "${entry.data.supplements}", but there is no national page of that name`,
      );
    }
    target.supplements.push(entry);
  }
  return [...pages.values()].sort(byNavigation);
}

/** The pages of one part, grouped by section in navigation order (empty sections left out). */
export function groupBySection(pages: SitePage[]) {
  return sectionOrder
    .map((section) => ({
      section,
      title: pageSections[section],
      pages: pages.filter((page) => page.entry.data.section === section),
    }))
    .filter((group) => group.pages.length > 0);
}

/**
 * getStaticPaths for the information pages of one part, for every SWV. Each page comes
 * with its search entry: a national page that several SWVs show unchanged is indexed once.
 */
export function infoPagePaths(part: Part) {
  return async () => {
    const { allSwvs } = await import('./swv');
    const swvs = await Promise.all(
      (await allSwvs()).map(async (swv) => ({ swv, pages: await pagesOf(swv) })),
    );
    const unchangedIn = new Map<string, string[]>();
    for (const { swv, pages } of swvs) {
      for (const page of pages.filter(isUnchangedNational)) {
        unchangedIn.set(pagePath(page), [...(unchangedIn.get(pagePath(page)) ?? []), swv.id]);
      }
    }
    const result = [];
    for (const { swv, pages } of swvs) {
      for (const page of pages.filter((p) => p.part === part)) {
        const search: SearchEntry = isUnchangedNational(page)
          ? nationalSearchEntry(swv.id, unchangedIn.get(pagePath(page))!, pagePath(page))
          : ownSearchEntry(swv.id);
        result.push({
          params: { slug: swv.id, page: page.name },
          props: { swv, page, pages, search },
        });
      }
    }
    return result;
  };
}
