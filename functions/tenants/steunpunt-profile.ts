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
  /** The organisation's own name, or (see `nameIsOwn`) a plain description of it. */
  name: z.string().min(3),
  /**
   * True only when a source gives `name` as the organisation's own name. When false, `name`
   * is a description ("Ouder- en jeugdsteunpunt passend onderwijs voor SWV …") for the back
   * office and the mails, and the site never shows it as a proper name: a parent who looks
   * the name up elsewhere must find what we named.
   */
  nameIsOwn: z.boolean(),
  /**
   * True when a source says the steunpunt is part of the SWV's own organisation (the PPO-NK
   * Oudersteunpunt is run from the SWV's budget). The site then says so, instead of
   * claiming a distance the source does not give.
   */
  partOfSwv: z.boolean().default(false),
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
