import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  proseOf,
  readability,
  readabilityLimits,
  readabilityProblems,
  readableMarkdown,
  sentencesOf,
} from '../../scripts/content/readability.ts';

const contentDir = new URL('../../content/', import.meta.url).pathname;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') && name !== 'README.md' ? [full] : [];
  });
}

describe('readability measure', () => {
  it('counts words per sentence in prose, not in front matter, links or tables', () => {
    const text = `---
title: Een titel met heel veel woorden die niet meetellen want dit is front matter
---

## Een kop telt niet mee als zin

Dit is de eerste zin. Dit is [een link](../heel/lang/pad/) in zin twee!

- Een punt in een lijst
- Nog een punt

| kolom | nog een kolom met veel woorden |
| --- | --- |
`;
    const result = readability(text);
    expect(result.sentences).toBe(4);
    expect(result.words).toBe(5 + 7 + 5 + 3);
    expect(result.longest.words).toBe(7);
  });

  it('reads a quoted sample letter as paragraphs, not as one run-on sentence', () => {
    const letter = `> **Onderwerp:** een bezwaar over [naam van je kind]
>
> Geachte heer, mevrouw,
>
> Ik maak bezwaar.`;
    expect(proseOf(letter)).toEqual([
      'Onderwerp: een bezwaar over [naam van je kind]',
      'Geachte heer, mevrouw,',
      'Ik maak bezwaar.',
    ]);
  });

  it('measures the front matter text of a route outcome, and only there', () => {
    const long = `${'woord '.repeat(readabilityLimits.longestWords + 1).trim()}.`;
    const text = `---\noutcome: gpo\nsummary: Kort.\nprepare:\n  - ${long}\nflagNotes:\n  school-onbekend: Ook kort.\n---\n`;
    expect(readability(readableMarkdown('routes/gpo.md', text)).sentences).toBe(3);
    const problems = readabilityProblems(readableMarkdown('routes/gpo.md', text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^26 words/);
    expect(readability(readableMarkdown('landelijk/tlv.md', text)).sentences).toBe(0);
  });

  it('counts a Dutch term in a translation by its words, and ends an Arabic question', () => {
    const text =
      'Go to the committee (<span lang="nl" dir="ltr">Geschillencommissie Passend Onderwijs</span>).';
    expect(sentencesOf(text)).toEqual([
      'Go to the committee (Geschillencommissie Passend Onderwijs).',
    ]);
    expect(readability(text).words).toBe(7);
    expect(sentencesOf('لست متأكدًا؟ اطرح سؤالك؛ مركز الدعم يساعدك.')).toEqual([
      'لست متأكدًا؟',
      'اطرح سؤالك؛',
      'مركز الدعم يساعدك.',
    ]);
  });

  it('flags a sentence over the limit and a high average', () => {
    const long = `${'woord '.repeat(readabilityLimits.longestWords + 1).trim()}.`;
    expect(readabilityProblems(long)).toHaveLength(2);
    expect(readabilityProblems('Kort. Ook kort.')).toEqual([]);
  });
});

describe('content is written for B1 readers', () => {
  const files = markdownFiles(contentDir);

  it('has content to check', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((file) => relative(contentDir, file)))(
    '%s keeps its sentences short',
    (file) => {
      const text = readableMarkdown(file, readFileSync(join(contentDir, file), 'utf8'));
      expect(readabilityProblems(text)).toEqual([]);
    },
  );
});
