/**
 * `npx tsx scripts/content/check-readability.ts [files or folders]`: words per sentence
 * for every Markdown file under content/ (or the ones named), including the front matter
 * text of the route chooser's outcome texts in content/routes/. Exits 1 on a problem.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  readability,
  readabilityLimits,
  readabilityProblems,
  readableMarkdown,
} from './readability.ts';

function markdownFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.md') ? [path] : [];
  return readdirSync(path).flatMap((name) =>
    name === 'README.md' ? [] : markdownFiles(join(path, name)),
  );
}

const targets = process.argv.slice(2);
const files = (targets.length ? targets : ['content']).flatMap(markdownFiles).sort();
let failed = 0;
for (const file of files) {
  const text = readableMarkdown(file, readFileSync(file, 'utf8'));
  const stats = readability(text);
  const problems = readabilityProblems(text);
  const mark = problems.length ? 'FOUT' : 'ok  ';
  console.log(
    `${mark} ${file}: ${stats.sentences} zinnen, gemiddeld ${stats.averageWords.toFixed(1)} woorden, langste ${stats.longest.words}`,
  );
  for (const problem of problems) console.log(`       ${problem}`);
  if (problems.length) failed++;
}
console.log(
  `\n${files.length} bestanden, ${failed} met problemen (grenzen: gemiddeld ≤ ${readabilityLimits.averageWords}, langste ≤ ${readabilityLimits.longestWords} woorden per zin)`,
);
process.exit(failed ? 1 : 0);
