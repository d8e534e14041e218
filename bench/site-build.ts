/**
 * Build time of the site (Astro plus the Pagefind index) with the five real SWVs, next to
 * the same build with 150 SWVs (the five, each copied under new names), in the same run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ratio, table } from './stats.ts';

const root = new URL('../', import.meta.url).pathname;
const work = join(root, '.bench/site-build');

/** A content folder with `count` SWVs, made by copying the real ones under new slugs. */
function generateContent(count: number): string {
  const dir = join(work, `content-${count}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  const originals = readdirSync(join(dir, 'swv'));
  for (let n = originals.length; n < count; n++) {
    const original = originals[n % originals.length]!;
    const slug = `${original}-kopie-${n}`;
    cpSync(join(dir, 'swv', original), join(dir, 'swv', slug), { recursive: true });
    const index = join(dir, 'swv', slug, 'index.md');
    const text = readFileSync(index, 'utf8')
      .replace(/^name: (.*)$/m, `name: $1 (kopie ${n})`)
      .replace(/^shortName: (.*)$/m, `shortName: $1 ${n}`);
    writeFileSync(index, text);
  }
  return dir;
}

function timeBuild(contentDir: string, outDir: string): number {
  const started = performance.now();
  const env = { ...process.env, PORTAL_CONTENT_DIR: contentDir };
  execFileSync('npx', ['astro', 'build', '--root', 'site', '--outDir', outDir], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
  execFileSync('npx', ['pagefind', '--site', outDir, '--silent'], { cwd: root, stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

function countPages(outDir: string): number {
  const walk = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (sum, entry) =>
        sum +
        (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name === 'index.html' ? 1 : 0),
      0,
    );
  return walk(outDir);
}

export function benchSiteBuild() {
  mkdirSync(work, { recursive: true });
  const rows = [5, 150].map((count) => {
    const content = count === 5 ? join(root, 'content') : generateContent(count);
    const outDir = join(work, `dist-${count}`);
    const seconds = timeBuild(content, outDir);
    return { count, seconds, pages: countPages(outDir) };
  });
  const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
  console.log('\nSite build (astro build + pagefind), same machine, same run');
  table(
    rows.map((r) => ({
      SWVs: r.count,
      pages: r.pages,
      'build s': r.seconds.toFixed(1),
      'ms per page': ((r.seconds * 1000) / r.pages).toFixed(1),
    })),
  );
  console.log(
    `150 vs 5 SWVs: build time ${ratio(large.seconds, small.seconds)} for ${ratio(large.pages, small.pages)} the pages`,
  );
  return rows;
}
