import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { outcomes } from '../../functions/core/route-chooser/outcomes.ts';
import { routeOutcomePage } from '../../functions/tenants/route-outcome-page.ts';

const routesDir = new URL('../../content/routes/', import.meta.url).pathname;
const files = readdirSync(routesDir).filter((name) => name.endsWith('.md'));

function frontMatter(file: string): unknown {
  const text = readFileSync(join(routesDir, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file} heeft geen front matter`);
  return parseYaml(match[1] ?? '');
}

describe('route chooser outcome texts (content/routes)', () => {
  it('has exactly one text file for every outcome, and no other files', () => {
    const ids = outcomes.map((outcome) => outcome.id);
    expect(files.map((file) => file.replace(/\.md$/, '')).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(files.filter((file) => file === `${id}.md`)).toHaveLength(1);
  });

  it.each(files)('%s names its own outcome and meets the schema', (file) => {
    const page = routeOutcomePage.parse(frontMatter(file));
    expect(page.outcome).toBe(file.replace(/\.md$/, ''));
  });

  it('has a note for every flag of an outcome', () => {
    for (const outcome of outcomes) {
      const flags = 'flags' in outcome ? outcome.flags.map((flag) => flag.id) : [];
      const page = routeOutcomePage.parse(frontMatter(`${outcome.id}.md`));
      expect(Object.keys(page.flagNotes).sort()).toEqual([...flags].sort());
    }
  });

  it('sends a bezwaar against a TLV to the SWV, and only that', () => {
    const toSwv = files.filter((file) => routeOutcomePage.parse(frontMatter(file)).sendToSwv);
    expect(toSwv).toEqual(['bezwaar-tlv.md']);
  });
});
