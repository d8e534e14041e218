/**
 * The sample letters a parent copies: on every SWV's site they are plain quoted blocks (no
 * script, no code block that scrolls sideways on a phone), and the letters that need a
 * signature have a line for it: a bezwaarschrift without one is not valid (Awb 6:5), and
 * the LKC asks for a signed letter.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';

const letterPages = builtPages().filter((page) =>
  /^\/[a-z0-9-]+\/voorbeeldbrieven\/$/.test(page.path),
);

const quotedBlocks = (html: string) =>
  [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((match) =>
    match[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
  );

describe('sample letters', () => {
  it('are built for every SWV', () => {
    expect(letterPages.length).toBeGreaterThanOrEqual(5);
  });

  it.each(letterPages.map((page) => [page.path, page.html] as const))(
    '%s shows five letters as quoted blocks, signed where the law asks for it',
    (_path, html) => {
      const letters = quotedBlocks(html);
      expect(letters).toHaveLength(5);
      expect(html).not.toMatch(/<pre\b/);
      const bezwaar = letters.find((letter) => letter.includes('Ik maak bezwaar'));
      const klacht = letters.find((letter) => letter.includes('Ik dien een klacht in'));
      expect(bezwaar).toMatch(/Handtekening:/);
      expect(bezwaar).toMatch(/kenmerk/i);
      expect(bezwaar).toMatch(/laten weten dat u dit bezwaar hebt ontvangen/);
      expect(klacht).toMatch(/Handtekening:/);
    },
  );
});
