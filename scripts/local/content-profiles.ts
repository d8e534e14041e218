import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { gemeenteFusie, type GemeenteFusie } from '../../functions/tenants/gemeente-fusies.ts';
import {
  steunpuntProfile,
  type SteunpuntProfile,
} from '../../functions/tenants/steunpunt-profile.ts';
import { swvProfile, type SwvProfile } from '../../functions/tenants/swv-profile.ts';

export const contentRoot = new URL('../../content/', import.meta.url).pathname;

/** The front matter of a Markdown file, checked with the same schema the site build uses. */
async function frontMatter<T extends z.ZodType>(file: string, schema: T): Promise<z.output<T>> {
  const text = await readFile(file, 'utf8');
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (!yaml) throw new Error(`${file} has no front matter`);
  const parsed = schema.safeParse(parse(yaml));
  if (!parsed.success) {
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** content/gemeente-fusies.yaml */
export async function readGemeenteFusies(root = contentRoot): Promise<GemeenteFusie[]> {
  const text = await readFile(join(root, 'gemeente-fusies.yaml'), 'utf8');
  return z.array(gemeenteFusie).parse(parse(text));
}

export interface SwvContent {
  slug: string;
  profile: SwvProfile;
  steunpunt: SteunpuntProfile;
}

/** Every SWV under content/swv with its steunpunt. */
export async function readSwvProfiles(root = contentRoot): Promise<SwvContent[]> {
  const folders = (await readdir(join(root, 'swv'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const result: SwvContent[] = [];
  for (const slug of folders) {
    const profile = await frontMatter(join(root, 'swv', slug, 'index.md'), swvProfile);
    const steunpunt = await frontMatter(
      join(root, 'steunpunten', `${profile.steunpunt}.md`),
      steunpuntProfile,
    );
    result.push({ slug, profile, steunpunt });
  }
  return result;
}
