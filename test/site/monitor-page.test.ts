/**
 * The monitor page as built: a back-office React island with the monitor, and light. Its
 * JavaScript (the island, React's renderer and every chunk they import, each once) is
 * measured gzip next to the inbox page's, the back office's busiest page.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, scriptsOf } from '../support/built-site.ts';

const pages = new Map(builtPages().map((page) => [page.path, page.html]));
const read = (file: string) => readFileSync(`${distDir}_astro/${file}`, 'utf8');

/** The page's JavaScript files under /_astro/: its scripts and its islands' modules. */
function entryFiles(html: string): string[] {
  const scripts = scriptsOf(html).flatMap(
    (attrs) => /\ssrc="\/_astro\/([^"]+)"/.exec(attrs)?.[1] ?? [],
  );
  const islands = [...html.matchAll(/(?:component|renderer)-url="\/_astro\/([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  return [...new Set([...scripts, ...islands])];
}

/** Every file an entry imports, statically or not, each once. */
function closure(files: string[], seen = new Map<string, string>()) {
  for (const file of files) {
    if (seen.has(file)) continue;
    const code = read(file);
    seen.set(file, code);
    const imported = [...code.matchAll(/(?:from|import\(?)\s*"\.\/([^"]+\.js)"/g)].map(
      (match) => match[1]!,
    );
    closure(imported, seen);
  }
  return seen;
}

/** The page's JavaScript in bytes, gzip per file as a server sends it. */
function weight(path: string) {
  const html = pages.get(path);
  if (!html) throw new Error(`${path} is not built`);
  const code = closure(entryFiles(html));
  return {
    files: [...code.keys()],
    gzip: [...code.values()].reduce((sum, text) => sum + gzipSync(text).length, 0),
  };
}

describe('the monitor page', () => {
  it('is built as the monitor island, with nothing of the page that came before', () => {
    const html = pages.get('/backoffice/monitor/')!;
    expect(html).toMatch(/component-url="\/_astro\/MonitorPage\.[^"]+\.js"/);
    expect(html).not.toContain('Monitor komt binnenkort');
  });

  it('stays lighter than the inbox page', () => {
    const monitor = weight('/backoffice/monitor/');
    const inbox = weight('/backoffice/vragen/');
    // No chart library: the charts are React's own SVG.
    for (const file of monitor.files) expect(file).not.toMatch(/d3|plot|visx|echarts|uplot/i);
    expect(monitor.gzip).toBeGreaterThan(20_000);
    expect(monitor.gzip).toBeLessThanOrEqual(inbox.gzip);
  });
});
