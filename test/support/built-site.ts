/**
 * Reading the built site (site/dist) as a visitor's browser would: every HTML page, its
 * links, ids and scripts. Regular expressions suffice: the HTML is our own build output.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = new URL('../../site/dist/', import.meta.url).pathname;

export interface BuiltPage {
  /** The URL path, e.g. `/po-haarlemmermeer/opp/`. */
  path: string;
  html: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory())
      return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export function builtPages(): BuiltPage[] {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('site/dist is missing: run `npm run build:site` first');
  }
  return htmlFiles(distDir)
    .map((file) => {
      const rel = relative(distDir, file).replaceAll('\\', '/');
      const path = rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`;
      return { path, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

const decode = (value: string) => value.replaceAll('&amp;', '&');

/** Every href of an <a> on the page. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((match) => decode(match[1]!));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** The page's own scripts (JSON data islands and the like do not run, so they do not count). */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1]!)
    .filter((attrs) => !/type="application\/(ld\+)?json"/.test(attrs));
}
