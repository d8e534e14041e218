/** Build time only (reads the content collections): never import this into an island. */
import { getCollection } from 'astro:content';
import { pageHref, pagesOf, type PageEntry, type Part, type SitePage } from '../../../lib/pages';
import { allSwvs, paths } from '../../../lib/swv';
import {
  groupOpenQuestions,
  type OpenQuestions,
  type PageQuestions,
  type SwvSource,
} from './open-questions.ts';

/** An SWV's own pages and its additions to national pages, each with its public page. */
function ownPages(slug: string, pages: SitePage[]): PageQuestions[] {
  return pages.flatMap((page) => [
    ...(page.origin === 'swv'
      ? [
          {
            title: page.entry.data.title,
            href: pageHref(slug, page),
            questions: page.entry.data.openQuestions,
          },
        ]
      : []),
    ...page.supplements.map((supplement) => ({
      title: `${supplement.data.title} (aanvulling op ${page.entry.data.title})`,
      href: pageHref(slug, page),
      questions: supplement.data.openQuestions,
    })),
  ]);
}

export async function buildOpenQuestions(): Promise<OpenQuestions> {
  const swvs = await allSwvs();
  const sources: SwvSource[] = [];
  /** Where a national page can be read: the first SWV (by name) that shows it. */
  const nationalHrefs = new Map<string, string>();
  for (const swv of swvs) {
    const pages = await pagesOf(swv);
    for (const page of pages.filter((p) => p.origin === 'landelijk')) {
      const key = `${page.part}/${page.name}`;
      if (!nationalHrefs.has(key)) nationalHrefs.set(key, pageHref(swv.id, page));
    }
    sources.push({
      slug: swv.id,
      name: swv.data.name,
      href: paths.home(swv.id),
      questions: swv.data.openQuestions,
      steunpunt: {
        id: swv.steunpunt.id,
        name: swv.steunpunt.name,
        questions: swv.steunpunt.openQuestions,
      },
      pages: ownPages(swv.id, pages),
    });
  }

  const national = (part: Part, entries: PageEntry[]) =>
    entries.map((entry): PageQuestions => {
      const { title, openQuestions } = entry.data;
      const href =
        part === 'jongeren' && entry.id === 'index'
          ? swvs[0] && paths.jongeren(swvs[0].id)
          : nationalHrefs.get(`${part}/${entry.id}`);
      return { title, ...(href ? { href } : {}), questions: openQuestions };
    });
  return groupOpenQuestions(sources, [
    ...national('ouders', await getCollection('landelijk')),
    ...national('jongeren', await getCollection('jongeren')),
  ]);
}
