import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { swvProfile, type SwvProfile } from '../../functions/tenants/swv-profile.ts';

export const contentRoot = new URL('../../content/swv/', import.meta.url).pathname;

/** Every SWV profile under content/swv, checked with the same schema the site build uses. */
export async function readSwvProfiles(
  root = contentRoot,
): Promise<{ slug: string; profile: SwvProfile }[]> {
  const folders = (await readdir(root, { withFileTypes: true })).filter((entry) =>
    entry.isDirectory(),
  );
  const profiles = [];
  for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(root, folder.name, 'index.md');
    const text = await readFile(file, 'utf8');
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (!frontMatter) throw new Error(`${file} has no front matter`);
    const parsed = swvProfile.safeParse(parse(frontMatter));
    if (!parsed.success) {
      throw new Error(
        `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    profiles.push({ slug: folder.name, profile: parsed.data });
  }
  return profiles;
}
