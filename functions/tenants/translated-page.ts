/**
 * The front matter of a translated page (`content/translations/<lang>/<page>.md`, issue #14).
 * A translation says which Dutch text it was made from (`translatedFrom`, the hash of the
 * Dutch source, see scripts/content/translation-report.ts) and whether a person checked it:
 * both `checkedBy` and `checkedOn`, or neither. Facts (contact, deadlines, places) are never
 * typed in a translation: the page takes them from the same data as the Dutch page.
 */
import { z } from 'zod';

/**
 * The national information pages (`content/landelijk/<page>.md`) that have translations:
 * a title, a description and a Markdown body, rendered at `/<lang>/<slug>/<page>/`. The
 * body writes legal terms as `{{term:<key>}}` (functions/core/legal-terms.ts), never as
 * typed numbers, and links as the Dutch page does (`../opp/`, `../begrippen/#tlv`).
 */
export const translatedInfoPages = [
  'ondersteuning',
  'opp',
  'tlv',
  'thuiszitten',
  'bij-wie',
] as const;
export type TranslatedInfoPage = (typeof translatedInfoPages)[number];

export const isTranslatedInfoPage = (page: string): page is TranslatedInfoPage =>
  (translatedInfoPages as readonly string[]).includes(page);

/** The pages that have translations: the SWV home (texts around its data) and the above. */
export const translatablePages = ['swv-home', ...translatedInfoPages] as const;
export type TranslatablePage = (typeof translatablePages)[number];

/** The texts of an SWV's home page around the data it shows (the body is the intro). */
export const swvHomeTexts = z.object({
  /** H1 when the steunpunt has no own name: what it does. */
  heading: z.string().min(3),
  /** "For parents and young people in {gemeenten} with a question about {sector}." */
  lead: z.string().includes('{gemeenten}').includes('{sector}'),
  sectorPO: z.string().min(3),
  sectorVO: z.string().min(3),
  /** The independence note: the steunpunt is free and does not decide about the child. */
  freeOwn: z.string().includes('{name}'),
  free: z.string().min(3),
  independent: z.string().min(10),
  partOfSwv: z.string().min(10),
  childFirst: z.string().min(10),
  topTasks: z.string().min(3),
  askQuestion: z.string().min(3),
  routeGuide: z.string().min(3),
  routeChooser: z.string().min(3),
  complaint: z.string().min(3),
  meetings: z.string().min(3),
  ctaHeading: z.string().min(3),
  ctaText: z.string().min(10),
});

export type SwvHomeTexts = z.infer<typeof swvHomeTexts>;

/** What every translation says about itself, whatever its page. */
const translationFacts = {
  /** The first 12 hex digits of the SHA-256 of the Dutch source this was made from. */
  translatedFrom: z.string().regex(/^[0-9a-f]{12}$/, {
    error: 'Use the 12-digit hash that `npm run translations` shows',
  }),
  /** Who checked the translation against the Dutch text (a person, by name or role). */
  checkedBy: z.string().min(2).optional(),
  checkedOn: z.iso.date().optional(),
  title: z.string().min(3),
  description: z.string().min(10).max(240),
};

/** The SWV home: its texts in front matter, the body is the intro. */
const translatedHome = z.strictObject({
  page: z.literal('swv-home'),
  ...translationFacts,
  texts: swvHomeTexts,
});

/** An information page: everything it says is in the Markdown body (no `texts`). */
const translatedInfoPage = z.strictObject({
  page: z.enum(translatedInfoPages),
  ...translationFacts,
});

export const translatedPage = z
  .discriminatedUnion('page', [translatedHome, translatedInfoPage])
  .refine((page) => (page.checkedBy === undefined) === (page.checkedOn === undefined), {
    error: 'A checked translation has both checkedBy and checkedOn; an unchecked one neither',
  });

export type TranslatedPage = z.infer<typeof translatedPage>;
