/**
 * What every information page must show, checked on the built site: when it was last
 * checked and its sources; an SWV's own page also names its plan and warns when that
 * plan has ended. And every SWV has at least eight pages of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';

const contentDir = new URL('../../content/', import.meta.url).pathname;
const currentYear = 2026;

const frontMatter = (file: string) =>
  parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<
    string,
    unknown
  >;

const swvs = readdirSync(join(contentDir, 'swv')).map((slug) => {
  const folder = join(contentDir, 'swv', slug);
  const profile = frontMatter(join(folder, 'index.md')) as { plan: { to: number } };
  const own = readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'index.md')
    .filter((name) => !frontMatter(join(folder, name)).supplements)
    .map((name) => name.replace(/\.md$/, ''));
  return { slug, ended: profile.plan.to < currentYear, own };
});

const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === path);

describe.each(swvs)('$slug', ({ slug, ended, own }) => {
  it('has at least eight pages of its own', () => {
    expect(own.length).toBeGreaterThanOrEqual(8);
  });

  it.each(own)('its page %s names its plan, its check date and its sources', (name) => {
    const html = page(`/${slug}/${name}/`)?.html;
    expect(html, `/${slug}/${name}/ was not built`).toBeDefined();
    expect(html).toContain('Voor het laatst gecontroleerd op');
    expect(html).toMatch(/Bronnen:/);
    expect(html).toMatch(/De gegevens komen uit het/);
    if (ended) expect(html).toContain('dit plan liep tot en met');
    else expect(html).not.toContain('dit plan liep tot en met');
  });

  it('shows every national page, with its check date and sources', () => {
    const national = readdirSync(join(contentDir, 'landelijk')).map((n) => n.replace(/\.md$/, ''));
    expect(national.length).toBeGreaterThanOrEqual(7);
    for (const name of national) {
      const html = page(`/${slug}/${name}/`)?.html;
      expect(html, `/${slug}/${name}/`).toContain('Voor het laatst gecontroleerd op');
    }
  });
});
