/** Every gemeente the plans name can be chosen on the home page, also by its old name. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';

const contentDir = new URL('../../content/', import.meta.url).pathname;
const home = builtPages().find((page) => page.path === '/')!.html;
const options = [...home.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => ({
  value: m[1]!,
  label: m[2]!.replaceAll('&amp;', '&'),
}));
const fusies = parse(readFileSync(join(contentDir, 'gemeente-fusies.yaml'), 'utf8')) as {
  old: string;
  current: string;
}[];

const named = readdirSync(join(contentDir, 'swv')).flatMap((slug) => {
  const text = readFileSync(join(contentDir, 'swv', slug, 'index.md'), 'utf8');
  const profile = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as { gemeenten: string[] };
  return profile.gemeenten;
});

describe('gemeente chooser', () => {
  it.each([...new Set(named)])('offers %s', (gemeente) => {
    const current = fusies.find((fusie) => fusie.old === gemeente)?.current ?? gemeente;
    const option = options.find(
      (o) => o.label === gemeente || o.label.startsWith(`${gemeente} (nu `),
    );
    expect(option, `no option for ${gemeente}`).toBeDefined();
    expect(option!.value).toBe(current);
  });
});
