/**
 * A plain readability measure for Dutch B1 text: words per sentence. It is not a B1
 * test (no tool can say that), but long sentences are the most common reason text is
 * hard to read, and this catches them.
 */

import { parse as parseYaml } from 'yaml';

/** The limits every content page must meet. */
export const readabilityLimits = {
  /** B1 guidance: on average about 15 words a sentence or fewer. */
  averageWords: 14,
  longestWords: 25,
} as const;

export interface Readability {
  sentences: number;
  words: number;
  averageWords: number;
  longest: { words: number; text: string };
}

/** The prose of a Markdown file: no front matter, code, HTML, tables or link targets. */
export function proseOf(markdown: string): string[] {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  const blocks: string[] = [];
  let current: string[] = [];
  let inCode = false;
  const flush = () => {
    if (current.length) blocks.push(current.join(' '));
    current = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    // A quoted block (a sample letter) is prose too; an empty quoted line ends its paragraph.
    const line = raw
      .trim()
      .replace(/^(>\s?)+/, '')
      .trim();
    if (line.startsWith('```')) {
      inCode = !inCode;
      flush();
      continue;
    }
    if (inCode) continue;
    // Headings, list items and table rows are units of their own.
    if (line === '' || /^#{1,6}\s/.test(line) || line.startsWith('|') || line.startsWith('<')) {
      flush();
      continue;
    }
    if (/^([-*+]|\d+[.)])\s/.test(line)) {
      flush();
      current.push(line.replace(/^([-*+]|\d+[.)])\s+/, ''));
      continue;
    }
    current.push(line);
  }
  flush();
  return blocks.map((block) =>
    block
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      // Inline HTML (a Dutch term in a translation, <span lang="nl">) counts by its text.
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Splits on . ! ? : or ; (Arabic ؟ and ؛ too) followed by a space, and on block ends. */
export function sentencesOf(markdown: string): string[] {
  return proseOf(markdown)
    .flatMap((block) => block.split(/(?<=[.!?;:؟؛])\s+(?=\S)/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordCount(sentence) > 0);
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function readability(markdown: string): Readability {
  const sentences = sentencesOf(markdown);
  let longest = { words: 0, text: '' };
  let words = 0;
  for (const sentence of sentences) {
    const count = wordCount(sentence);
    words += count;
    if (count > longest.words) longest = { words: count, text: sentence };
  }
  return {
    sentences: sentences.length,
    words,
    averageWords: sentences.length ? words / sentences.length : 0,
    longest,
  };
}

/** What is wrong with a page, in words a writer can act on; empty when it is fine. */
export function readabilityProblems(markdown: string): string[] {
  const result = readability(markdown);
  const problems: string[] = [];
  if (result.averageWords > readabilityLimits.averageWords) {
    problems.push(
      `average ${result.averageWords.toFixed(1)} words a sentence (limit ${readabilityLimits.averageWords})`,
    );
  }
  for (const sentence of sentencesOf(markdown)) {
    const count = wordCount(sentence);
    if (count > readabilityLimits.longestWords) {
      problems.push(`${count} words (limit ${readabilityLimits.longestWords}): "${sentence}"`);
    }
  }
  return problems;
}

/**
 * The fields of a route chooser outcome text (content/routes/<outcome>.md) that a parent
 * reads. That text lives in front matter, which `proseOf` skips, so it is measured here.
 */
const routeTextFields = [
  'summary',
  'forWhat',
  'notFor',
  'decides',
  'binding',
  'prepare',
  'sendTo',
  'after',
  'flagNotes',
  'unverified',
] as const;

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/**
 * The Markdown to measure for a content file: the file itself, and for an outcome text
 * under `routes/` also its front matter text, one paragraph per line a parent reads.
 */
export function readableMarkdown(path: string, markdown: string): string {
  if (!/(^|[\\/])routes[\\/][^\\/]+\.md$/.test(path)) return markdown;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown);
  if (!match) return markdown;
  const data = (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>;
  const paragraphs = routeTextFields.flatMap((field) => textsOf(data[field]));
  return `${markdown}\n\n${paragraphs.join('\n\n')}\n`;
}
