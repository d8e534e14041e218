/**
 * An ouder- en jeugdsteunpunt. One steunpunt can work for several SWVs (Steunpunt
 * Amstel & Meer works for three, one PO and two VO), so SWVs point to a steunpunt
 * instead of each describing it again. Lives in `content/steunpunten/<id>.md`.
 */
import { z } from 'zod';

export const source = z.object({
  /** What the reader sees, e.g. "Ondersteuningsplan 2024-2027" or "Wet op het primair onderwijs". */
  title: z.string().min(3),
  url: z.url().optional(),
  /** A seed document, e.g. "002_1d3fd8eb7e4bd0cc.txt", with the lines the facts come from. */
  document: z.string().optional(),
  lines: z.string().optional(),
});

/**
 * What a source does not say and the steunpunt (or the beheerder) still has to fill in,
 * e.g. "Telefoonnummer van het steunpunt". Listed in the back office, never shown on a
 * public page: a parent reads what is known, not an authoring note.
 */
export const openQuestions = z.array(z.string().min(3)).default([]);

export const steunpuntProfile = z.object({
  name: z.string().min(3),
  website: z.url().optional(),
  /** Public contact as the content knows it: the site's fallback when the register cannot be read. */
  email: z.email().optional(),
  phone: z.string().optional(),
  hours: z.string().optional(),
  whatsapp: z.string().optional(),
  visitingAddress: z.string().optional(),
  /** Who handles a complaint about the steunpunt itself, and where to send it. */
  complaints: z.object({ name: z.string().min(3), address: z.string().min(3) }).optional(),
  openQuestions,
  /** Every SWV the steunpunt works for, also those not (yet) in this portal. */
  serves: z.array(z.string().min(3)).min(1),
  sources: z.array(source).min(1),
});

export type SteunpuntProfile = z.infer<typeof steunpuntProfile>;
