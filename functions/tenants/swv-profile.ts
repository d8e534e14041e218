/**
 * The profile of a samenwerkingsverband (SWV), one per tenant. It lives as the front
 * matter of `content/swv/<slug>/index.md`; the site renders it and the seed turns it
 * into the tenant record the API checks questions against. Facts only: a field the
 * source plan does not give stays empty, and a fact from elsewhere names its source.
 */
import { z } from 'zod';
import { currentGemeenten, type GemeenteFusie } from './gemeente-fusies.ts';
import { openQuestions, type SteunpuntProfile } from './steunpunt-profile.ts';

const isoDate = z.iso.date({ error: 'Gebruik een datum als 2026-11-24' });

export const swvProfile = z.object({
  name: z.string().min(3),
  shortName: z.string().min(2),
  sector: z.enum(['PO', 'VO']),
  /** The national registration code, e.g. "PO 27-03", when the source gives it. */
  code: z.string().optional(),
  gemeenten: z.array(z.string().min(2)).min(1),
  address: z.object({ street: z.string(), postcode: z.string(), city: z.string() }).optional(),
  phone: z.string().optional(),
  email: z.email().optional(),
  website: z.url().optional(),
  /** The id of its steunpunt: `content/steunpunten/<id>.md`. */
  steunpunt: z.string().regex(/^[a-z0-9-]+$/),
  plan: z.object({
    title: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    /** The seed document the facts come from, e.g. "000_7f3b833a40171f64.txt". */
    source: z.string(),
  }),
  checkedOn: isoDate,
  /** Facts taken from somewhere other than the plan, with where they come from. */
  otherSources: z.array(z.object({ fact: z.string(), source: z.string() })).default([]),
  openQuestions,
  theme: z.object({
    /** Brand colour; must reach 4.5:1 contrast against white. */
    primary: z.string().regex(/^#[0-9a-f]{6}$/i),
  }),
});

export type SwvProfile = z.infer<typeof swvProfile>;

export interface Tenant {
  slug: string;
  steunpunt: string;
  name: string;
  shortName: string;
  sector: SwvProfile['sector'];
  gemeenten: string[];
  steunpuntName: string;
  steunpuntEmail?: string;
  /** The steunpunt's first-answer target in working days (its settings; default 5). */
  responseDays?: number;
}

export function tenantFromProfile(
  slug: string,
  profile: SwvProfile,
  steunpunt: SteunpuntProfile,
  fusies: readonly GemeenteFusie[] = [],
): Tenant {
  return {
    slug,
    steunpunt: profile.steunpunt,
    name: profile.name,
    shortName: profile.shortName,
    sector: profile.sector,
    gemeenten: currentGemeenten(profile.gemeenten, fusies),
    steunpuntName: steunpunt.name,
    ...(steunpunt.email ? { steunpuntEmail: steunpunt.email } : {}),
  };
}
