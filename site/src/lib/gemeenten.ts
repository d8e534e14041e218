/**
 * Which SWV serves which gemeente, for the chooser on the home page: per gemeente (by
 * its current name) the PO and the VO SWV, and the old names of merged gemeenten.
 */
import { getCollection } from 'astro:content';
import {
  currentGemeente,
  currentGemeenten,
  type GemeenteFusie,
} from '../../../functions/tenants/gemeente-fusies.ts';
import type { SwvEntry } from './swv';

export async function gemeenteFusies(): Promise<GemeenteFusie[]> {
  return (await getCollection('gemeenteFusies')).map((entry) => entry.data);
}

export interface GemeenteChoice {
  /** The current name. */
  name: string;
  /** Old names that now belong to it. */
  formerly: string[];
  PO?: { slug: string; name: string };
  VO?: { slug: string; name: string };
}

export function gemeenteChoices(swvs: SwvEntry[], fusies: GemeenteFusie[]): GemeenteChoice[] {
  const byName = new Map<string, GemeenteChoice>();
  for (const swv of swvs) {
    for (const gemeente of swv.data.gemeenten) {
      const name = currentGemeente(gemeente, fusies);
      const choice = byName.get(name) ?? { name, formerly: [] };
      if (gemeente !== name && !choice.formerly.includes(gemeente)) choice.formerly.push(gemeente);
      choice[swv.data.sector] = { slug: swv.id, name: swv.data.name };
      byName.set(name, choice);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The SWV's gemeenten by their current names. */
export async function gemeentenOf(swv: SwvEntry): Promise<string[]> {
  return currentGemeenten(swv.data.gemeenten, await gemeenteFusies());
}
