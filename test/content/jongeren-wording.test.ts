/**
 * The national jongeren pages are shown under PO and VO SWVs alike (content/README.md,
 * "Writing"): a pupil of groep 7 must not read that only a mentor can help, nor that an
 * exam is coming, and a pupil of 18 must not read that bezwaar and the GPO are for the parents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const jongerenDir = new URL('../../content/jongeren/', import.meta.url).pathname;

function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

function paragraphs(markdown: string): string[] {
  return body(markdown)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

/** What a page says that reads wrong for a PO pupil or for a pupil of 18. */
function wordingProblems(markdown: string): string[] {
  const problems: string[] = [];
  for (const paragraph of paragraphs(markdown)) {
    const text = paragraph.toLowerCase();
    if (/\bmentor/.test(text) && !/juf|meester|basisschool|middelbare school/.test(text)) {
      problems.push(`"mentor" without a word for the basisschool: ${paragraph.slice(0, 60)}`);
    }
    if (/examen/.test(text) && !/middelbare school/.test(text)) {
      problems.push(`"examen" not limited to the middelbare school: ${paragraph.slice(0, 60)}`);
    }
  }
  const text = body(markdown).toLowerCase();
  if (/bezwaar|geschillencommissie/.test(text) && !/\b18\b/.test(text)) {
    problems.push('names bezwaar or the geschillencommissie but not what changes at 18');
  }
  return problems;
}

describe('jongeren wording check', () => {
  it('flags VO-only words and a route without the age of 18', () => {
    const page = `---
title: Voorbeeld
---

Vraag het je mentor. Hulp bij je examen?

Je ouders kunnen bezwaar maken.
`;
    expect(wordingProblems(page)).toHaveLength(3);
  });

  it('accepts wording that fits PO and VO pupils and names 18', () => {
    const page = `Praat met je juf of meester, of met je mentor als je op de middelbare school zit.

Zit je op de middelbare school en gaat het om je examen? Vraag het op tijd.

Ben je 18 of ouder? Dan mag je zelf bezwaar maken.
`;
    expect(wordingProblems(page)).toEqual([]);
  });
});

describe('national jongeren pages read right for PO and VO pupils and at 18', () => {
  const files = readdirSync(jongerenDir).filter((name) => name.endsWith('.md'));

  it('has pages to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s', (file) => {
    expect(wordingProblems(readFileSync(join(jongerenDir, file), 'utf8'))).toEqual([]);
  });
});
