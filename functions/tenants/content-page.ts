/**
 * The front matter of an information page (`content/landelijk`, `content/jongeren`,
 * `content/swv/<slug>/*.md`). Checked at build time: a bad front matter stops the build.
 */
import { z } from 'zod';
import { openQuestions, source } from './steunpunt-profile.ts';

export const pageSections = {
  hulp: 'Hulp op school',
  problemen: 'Als het niet goed gaat',
  meedoen: 'Meedoen en meepraten',
  over: 'Over het samenwerkingsverband',
} as const;

export const contentPage = z.object({
  title: z.string().min(3).max(80),
  /** One or two plain sentences: under the title, in lists and in search results. */
  description: z.string().min(10).max(240),
  section: z.enum(Object.keys(pageSections) as [keyof typeof pageSections]).default('hulp'),
  /** Place in the navigation of its section: lower comes first. */
  order: z.number().int().default(100),
  checkedOn: z.iso.date({ error: 'Gebruik een datum als 2026-11-24' }),
  sources: z.array(source).min(1, { error: 'Noem minstens één bron' }),
  /**
   * An SWV page that adds to a national page instead of standing alone: its text is
   * shown under the national text, e.g. `supplements: tlv`.
   */
  supplements: z.string().optional(),
  openQuestions,
});

export type ContentPage = z.infer<typeof contentPage>;

/** A term in the begrippenlijst: `content/begrippen/<id>.md`, the body explains it. */
export const glossaryTerm = z.object({
  term: z.string().min(2),
  /** Other ways people write it, e.g. "TLV" for toelaatbaarheidsverklaring. */
  aka: z.array(z.string()).default([]),
  sources: z.array(source).min(1),
});

/**
 * Route names an SWV page may not take: the portal's own pages live there. The pages of
 * the public case forms (`vraag`) are reserved by their kind (cases/case-kinds.ts).
 */
export const reservedPageNames = [
  'privacy',
  'toegankelijkheid',
  'colofon',
  'zoeken',
  'begrippen',
  'jongeren',
  'index',
  'klacht-of-geschil',
] as const;
