/**
 * The front matter of a translated page (`content/translations/<lang>/<page>.md`, issue #14).
 * A translation says which Dutch text it was made from (`translatedFrom`, the hash of the
 * Dutch source, see scripts/content/translation-report.ts) and whether a person checked it:
 * both `checkedBy` and `checkedOn`, or neither. Facts (contact, deadlines, places) are never
 * typed in a translation: the page takes them from the same data as the Dutch page.
 */
import { z } from 'zod';

/** The pages that have translations, and what each one's texts are. */
export const translatablePages = ['swv-home'] as const;
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

export const translatedPage = z
  .object({
    page: z.enum(translatablePages),
    /** The first 12 hex digits of the SHA-256 of the Dutch source this was made from. */
    translatedFrom: z.string().regex(/^[0-9a-f]{12}$/, {
      error: 'Use the 12-digit hash that `npm run translations` shows',
    }),
    /** Who checked the translation against the Dutch text (a person, by name or role). */
    checkedBy: z.string().min(2).optional(),
    checkedOn: z.iso.date().optional(),
    title: z.string().min(3),
    description: z.string().min(10).max(240),
    texts: swvHomeTexts,
  })
  .refine((page) => (page.checkedBy === undefined) === (page.checkedOn === undefined), {
    error: 'A checked translation has both checkedBy and checkedOn; an unchecked one neither',
  });

export type TranslatedPage = z.infer<typeof translatedPage>;
