/**
 * Who is talking, checked on the built site. A steunpunt whose name no source gives is
 * never shown under that name: not in a title, a heading, the footer or running text.
 * And every SWV home and public form says the steunpunt is free and looks only at the
 * child's interest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';

const contentDir = new URL('../../content/', import.meta.url).pathname;

const frontMatter = (file: string) =>
  parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<
    string,
    unknown
  >;

const swvs = readdirSync(join(contentDir, 'swv')).map((slug) => {
  const profile = frontMatter(join(contentDir, 'swv', slug, 'index.md'));
  const steunpuntId = profile.steunpunt as string;
  const steunpunt = frontMatter(join(contentDir, 'steunpunten', `${steunpuntId}.md`)) as {
    name: string;
    nameIsOwn: boolean;
  };
  return { slug, shortName: profile.shortName as string, ...steunpunt };
});

const pages = builtPages();
const html = (path: string) => {
  const found = pages.find((p) => p.path === path)?.html;
  expect(found, `${path} was not built`).toBeDefined();
  return found!;
};
const decoded = (text: string) => text.replaceAll('&amp;', '&').replaceAll('&#38;', '&');

describe.each(swvs)('$slug', ({ slug, shortName, name, nameIsOwn }) => {
  it.each(['', 'vraag/', 'oudercafe/aanmelden/'])(
    'says on /%s that the steunpunt is free and looks only at the child',
    (page) => {
      const note = /<p[^>]*data-independent-note[^>]*>([\s\S]*?)<\/p>/.exec(
        html(`/${slug}/${page}`),
      )?.[1];
      expect(note).toBeDefined();
      expect(note).toContain('is gratis.');
      expect(note).toContain('alleen naar wat goed is voor je kind');
    },
  );

  if (nameIsOwn) {
    it('uses the steunpunt’s own name as the home page heading', () => {
      expect(decoded(html(`/${slug}/`))).toContain(`<h1 class="utrecht-heading-1">${name}</h1>`);
    });
  } else {
    it('has a name that reads as a description, for the back office and the mails', () => {
      // Mails sign with this name (the tenant's steunpuntName), so it must not pose as a proper name.
      expect(name).toBe(`Ouder- en jeugdsteunpunt passend onderwijs voor ${shortName}`);
    });

    it('never shows its descriptive label as a name on any page', () => {
      const own = pages.filter((page) => page.path.startsWith(`/${slug}/`));
      expect(own.length).toBeGreaterThan(10);
      for (const page of own) expect(decoded(page.html), page.path).not.toContain(name);
      // The label the site once showed as its name.
      const oldLabel = `Ouder- en jeugdsteunpunt ${shortName}`;
      for (const page of own) expect(decoded(page.html), page.path).not.toContain(oldLabel);
    });
  }
});
