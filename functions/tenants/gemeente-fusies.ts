/**
 * Gemeenten that merged (content/gemeente-fusies.yaml). Plans name the gemeenten of
 * their day; parents know the current name. Both the site and the tenant record use
 * the current names, so the form, the API and the monitor agree.
 */
import { z } from 'zod';

export const gemeenteFusie = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  old: z.string().min(2),
  current: z.string().min(2),
  since: z.iso.date(),
  source: z.string().min(3),
});

export type GemeenteFusie = z.infer<typeof gemeenteFusie>;

export function currentGemeente(name: string, fusies: readonly GemeenteFusie[]): string {
  return fusies.find((fusie) => fusie.old === name)?.current ?? name;
}

/** The current names of a list of gemeenten, without doubles, in Dutch alphabetical order. */
export function currentGemeenten(names: readonly string[], fusies: readonly GemeenteFusie[]) {
  return [...new Set(names.map((name) => currentGemeente(name, fusies)))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
}
