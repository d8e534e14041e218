/**
 * The open questions of the content (`openQuestions` in the front matter: what the sources
 * do not say and a steunpunt or the beheerder still has to fill in), grouped the way the
 * people who answer them work: per steunpunt, then per SWV, then per page. National pages
 * are listed once, under "Landelijk", since the beheerder answers them for every SWV.
 * Collected when the site is built (build-open-questions.ts); never shown on a public page.
 */

/** A page with what is still open on it, and where the public page is. */
export interface PageQuestions {
  title: string;
  /** The public page; absent for a national page that every SWV replaces with its own. */
  href?: string;
  questions: string[];
}

export interface SwvQuestions {
  slug: string;
  name: string;
  href: string;
  /** From the SWV's profile (`content/swv/<slug>/index.md`). */
  questions: string[];
  pages: PageQuestions[];
}

export interface SteunpuntQuestions {
  id: string;
  name: string;
  /** From the steunpunt's profile (`content/steunpunten/<id>.md`). */
  questions: string[];
  swvs: SwvQuestions[];
}

export interface OpenQuestions {
  national: PageQuestions[];
  steunpunten: SteunpuntQuestions[];
}

/** One SWV as the build reads it: its steunpunt, its profile and its own pages. */
export interface SwvSource {
  slug: string;
  name: string;
  href: string;
  questions: string[];
  steunpunt: { id: string; name: string; questions: string[] };
  pages: PageQuestions[];
}

const byTitle = (a: { title: string }, b: { title: string }) =>
  a.title.localeCompare(b.title, 'nl');
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
const hasQuestions = (page: PageQuestions) => page.questions.length > 0;

/**
 * Every steunpunt of the SWVs (also one with nothing open, so the page can say so), its
 * SWVs with something open, and the national pages with something open.
 */
export function groupOpenQuestions(swvs: SwvSource[], national: PageQuestions[]): OpenQuestions {
  const steunpunten = new Map<string, SteunpuntQuestions>();
  for (const swv of swvs) {
    const steunpunt = steunpunten.get(swv.steunpunt.id) ?? {
      id: swv.steunpunt.id,
      name: swv.steunpunt.name,
      questions: swv.steunpunt.questions,
      swvs: [],
    };
    steunpunten.set(steunpunt.id, steunpunt);
    const pages = swv.pages.filter(hasQuestions).sort(byTitle);
    if (swv.questions.length > 0 || pages.length > 0) {
      const { slug, name, href, questions } = swv;
      steunpunt.swvs.push({ slug, name, href, questions, pages });
    }
  }
  return {
    national: national.filter(hasQuestions).sort(byTitle),
    steunpunten: [...steunpunten.values()]
      .map((steunpunt) => ({ ...steunpunt, swvs: steunpunt.swvs.sort(byName) }))
      .sort(byName),
  };
}

/** How many questions are open for this steunpunt, over its profile, SWVs and pages. */
export function countOpen(steunpunt: SteunpuntQuestions): number {
  return (
    steunpunt.questions.length +
    steunpunt.swvs.reduce(
      (sum, swv) =>
        sum + swv.questions.length + swv.pages.reduce((n, page) => n + page.questions.length, 0),
      0,
    )
  );
}
