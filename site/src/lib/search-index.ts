/**
 * What the search index (Pagefind) learns of a page. A page of one SWV is indexed with its
 * SWV as the `swv` filter. A national page (the same text for every SWV that shows it
 * unchanged) is indexed once, on the first of those SWVs: with each of them as a value of
 * the `swv` filter, so a search within one SWV still finds it, and with its path under the
 * SWV in the meta `landelijk`, so the search page (SiteSearch.astro) shows it once and
 * links it to the reader's own SWV.
 */
export interface SearchEntry {
  /** The SWVs whose search finds this page. */
  swvs: readonly string[];
  /** For a national page: its path under `/<slug>/`, e.g. `begrippen/`. */
  nationalPath?: string;
  /** False for the copies of a national page that are not indexed. */
  indexed: boolean;
}

export const ownSearchEntry = (swvId: string): SearchEntry => ({ swvs: [swvId], indexed: true });

/** `swvs`: every SWV that shows the page unchanged, in the order of `allSwvs()`. */
export function nationalSearchEntry(
  swvId: string,
  swvs: readonly string[],
  nationalPath: string,
): SearchEntry {
  return { swvs, nationalPath, indexed: swvs[0] === swvId };
}

/** The attribute that lets Pagefind index the element's text, on the indexed copy only. */
export const searchBody = (entry: SearchEntry) =>
  entry.indexed ? { 'data-pagefind-body': '' } : {};
