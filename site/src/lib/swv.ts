import { getCollection, type CollectionEntry } from 'astro:content';
import { calendarDay, plainDate } from '../../../functions/lib/dutch-dates.ts';
import { caseKinds } from '../../../functions/cases/case-kinds.ts';
import { contactLines, telHref, type ContactLine } from './contact-lines';

export { telHref, type ContactLine };

export type Profile = CollectionEntry<'swv'>['data'];
export type Steunpunt = CollectionEntry<'steunpunten'>['data'] & { id: string };
/** An SWV with its steunpunt resolved: what every page of the SWV needs. */
export type SwvEntry = CollectionEntry<'swv'> & { steunpunt: Steunpunt };

/** The year the portal treats as "now" when it says a plan has ended. */
export const currentYear = 2026;

export const sectorNames = {
  PO: 'Primair onderwijs',
  VO: 'Voortgezet onderwijs',
} as const satisfies Record<Profile['sector'], string>;

/** What a parent would call the sector, for "een vraag over …". */
export const sectorPhrases = {
  PO: 'de basisschool of het speciaal (basis)onderwijs',
  VO: 'de middelbare school of het voortgezet speciaal onderwijs',
} as const satisfies Record<Profile['sector'], string>;

export const sectorHints = {
  PO: 'Basisschool, speciaal basisonderwijs en speciaal onderwijs',
  VO: 'Middelbare school en voortgezet speciaal onderwijs',
} as const satisfies Record<Profile['sector'], string>;

export async function allSwvs(): Promise<SwvEntry[]> {
  const steunpunten = new Map(
    (await getCollection('steunpunten')).map((entry) => [entry.id, entry.data]),
  );
  const entries = await getCollection('swv');
  return entries
    .map((entry) => {
      const steunpunt = steunpunten.get(entry.data.steunpunt);
      if (!steunpunt) {
        throw new Error(
          `content/swv/${entry.id}/index.md: steunpunt "${entry.data.steunpunt}" has no file content/steunpunten/${entry.data.steunpunt}.md`,
        );
      }
      return { ...entry, steunpunt: { ...steunpunt, id: entry.data.steunpunt } };
    })
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
}

/** Every SWV's short name by its slug ("PO Haarlemmermeer"), for the search results. */
export async function swvShortNames(): Promise<Record<string, string>> {
  return Object.fromEntries((await allSwvs()).map((swv) => [swv.id, swv.data.shortName]));
}

/** The other SWVs this steunpunt works for ("Steunpunt Amstel & Meer werkt ook voor …"). */
export function otherSwvsOf(swv: SwvEntry): string[] {
  return swv.steunpunt.serves.filter((name) => name !== swv.data.name);
}

/** "Alkmaar, Bergen en Heiloo" */
export function listInDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

export function planHasEnded(profile: Profile): boolean {
  return profile.plan.to < currentYear;
}

export function planPeriod(profile: Profile): string {
  return profile.plan.from === profile.plan.to
    ? String(profile.plan.from)
    : `${profile.plan.from}–${profile.plan.to}`;
}

/** The plan's title, with its period added when the title does not already show it. */
export function planLabel(profile: Profile): string {
  const { title, from, to } = profile.plan;
  return title.includes(String(from)) && title.includes(String(to))
    ? title
    : `${title} (${planPeriod(profile)})`;
}

/** "24 november 2026" from "2026-11-24". */
export function dutchDate(isoDate: string): string {
  return plainDate(calendarDay(isoDate));
}

/** "www.swvvomk.nl" from "http://www.swvvomk.nl/" */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/**
 * How to reach the steunpunt itself, as its content profile knows it: the build-time
 * fallback of the contact block, which its script replaces with the register's values.
 */
export function steunpuntContact(steunpunt: Steunpunt): ContactLine[] {
  const lines = contactLines(steunpunt);
  const { website } = steunpunt;
  if (website) {
    lines.push({ kind: 'website', label: 'Website', value: displayUrl(website), href: website });
  }
  return lines;
}

/**
 * The samenwerkingsverband's own office: only for pages about the SWV itself (colofon),
 * never as the contact of the steunpunt, which is independent of it.
 */
export function swvContact(profile: Profile): ContactLine[] {
  const lines: ContactLine[] = [];
  const { address, phone, email, website } = profile;
  if (phone) lines.push({ kind: 'phone', label: 'Telefoon', value: phone, href: telHref(phone) });
  if (email) lines.push({ kind: 'email', label: 'E-mail', value: email, href: `mailto:${email}` });
  if (address) {
    lines.push({
      kind: 'address',
      label: 'Adres',
      value: `${address.street}, ${address.postcode} ${address.city}`,
    });
  }
  if (website) {
    lines.push({ kind: 'website', label: 'Website', value: displayUrl(website), href: website });
  }
  return lines;
}

export const paths = {
  home: (slug: string) => `/${slug}/`,
  question: (slug: string) => `/${slug}/vraag/`,
  /** "Hulp bij een klacht of geschil": the complaint intake's start page. */
  complaint: (slug: string) => `/${slug}/${caseKinds.complaint.formPage}/`,
  privacy: (slug: string) => `/${slug}/privacy/`,
  accessibility: (slug: string) => `/${slug}/toegankelijkheid/`,
  colofon: (slug: string) => `/${slug}/colofon/`,
  glossary: (slug: string) => `/${slug}/begrippen/`,
  routeGuide: (slug: string) => `/${slug}/bij-wie/`,
  /** The route chooser for klachten en geschillen (its first question). */
  routeChooser: (slug: string) => `/${slug}/klacht-of-geschil/`,
  search: (slug: string) => `/${slug}/zoeken/`,
  jongeren: (slug: string) => `/${slug}/jongeren/`,
};

/** One step in the breadcrumb trail; the current page has no href. */
export interface Crumb {
  label: string;
  href?: string;
  /** The language of the page the crumb leads to, when it is not the page's own. */
  hreflang?: string;
}

/** getStaticPaths for a page that exists once per SWV: `/<slug>/…`. */
export async function perSwv() {
  const swvs = await allSwvs();
  return swvs.map((swv) => ({ params: { slug: swv.id }, props: { swv } }));
}

/** Breadcrumbs of a page of an SWV: all SWVs, this SWV, (a parent), the page itself. */
export function swvCrumbs(swv: SwvEntry, label: string, parent?: Crumb): Crumb[] {
  return [
    { label: 'Alle samenwerkingsverbanden', href: '/' },
    { label: swv.data.shortName, href: paths.home(swv.id) },
    ...(parent ? [parent] : []),
    { label },
  ];
}
