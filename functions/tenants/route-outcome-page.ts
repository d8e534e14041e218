/**
 * The text of one outcome of the route chooser for complaints and disputes:
 * `content/routes/<outcome id>.md`. The outcome itself (the answers that lead to it, its
 * filing term) is code in functions/core/route-chooser/; what a parent reads about it is
 * content an editor can correct. Checked at build time like every page.
 */
import { z } from 'zod';
import { outcomes, type ChooserOutcome } from '../core/route-chooser/outcomes.ts';
import { openQuestions, source } from './steunpunt-profile.ts';

const outcomeIds = outcomes.map((outcome) => outcome.id) as [string, ...string[]];
const flagIds = (outcomes as readonly ChooserOutcome[]).flatMap((outcome) =>
  (outcome.flags ?? []).map((flag) => flag.id),
);

const lines = z.array(z.string().min(3)).min(1);

export const routeOutcomePage = z.object({
  /** Which outcome this text is for; the file name is the same id. */
  outcome: z.enum(outcomeIds),
  /** One or two sentences under the heading: what this route is for. */
  summary: z.string().min(10).max(300),
  forWhat: lines,
  notFor: lines,
  /** Who decides, in one or two sentences. */
  decides: z.string().min(10),
  /** Whether the answer binds (the GPO advises; a beslissing op bezwaar binds the SWV). */
  binding: z.string().min(10),
  /** What to prepare: a checklist. */
  prepare: lines,
  /** Where to send it, in words, with the national address or link where there is one. */
  sendTo: z.string().min(10),
  /** Show the SWV's own postal address with `sendTo` (a bezwaar against a TLV goes to the SWV). */
  sendToSwv: z.boolean().default(false),
  /** What comes after, e.g. beroep bij de rechtbank after the beslissing op bezwaar. */
  after: lines,
  /**
   * Notes shown only on the paths where the outcome's flag holds (outcomes.ts `flags`),
   * keyed by flag id, e.g. `parallel-bezwaar`.
   */
  flagNotes: z
    .record(z.string(), z.string().min(10))
    .default({})
    .refine((notes) => Object.keys(notes).every((id) => flagIds.includes(id)), {
      error: `Gebruik alleen deze flags: ${flagIds.join(', ')}`,
    }),
  /**
   * Rules on this page that our sources do not confirm. The page says so, in these words,
   * so a parent knows to check them; an editor removes a line once it is verified.
   */
  unverified: z.array(z.string().min(10)).default([]),
  checkedOn: z.iso.date({ error: 'Gebruik een datum als 2026-11-24' }),
  sources: z.array(source).min(1, { error: 'Noem minstens één bron' }),
  openQuestions,
});

export type RouteOutcomePage = z.infer<typeof routeOutcomePage>;
