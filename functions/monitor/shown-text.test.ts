import { describe, expect, it } from 'vitest';
import {
  hiddenNote,
  notesFor,
  percentText,
  shownCell,
  shownNote,
  shownText,
} from './shown-text.ts';

describe('a protected count in words', () => {
  it('is a Dutch number, "minder dan" the threshold, or "."', () => {
    expect(shownText({ shown: true, value: 12 }, 5)).toBe('12');
    expect(shownText({ shown: true, value: 1250 }, 5)).toBe('1.250');
    expect(shownText({ shown: true, value: 0 }, 5)).toBe('0');
    expect(shownText({ shown: false, reason: 'klein' }, 5)).toBe('minder dan 5');
    expect(shownText({ shown: false, reason: 'klein' }, 10)).toBe('minder dan 10');
    expect(shownText({ shown: false, reason: 'afgeleid' }, 5)).toBe('verborgen');
  });

  it('stays a number in a spreadsheet cell, and the same words when hidden', () => {
    expect(shownCell({ shown: true, value: 1250 }, 5)).toBe(1250);
    expect(shownCell({ shown: false, reason: 'klein' }, 5)).toBe('minder dan 5');
    expect(shownCell({ shown: false, reason: 'afgeleid' }, 5)).toBe('verborgen');
  });

  it('has a footnote for each reason, and none for a shown count', () => {
    expect(hiddenNote('klein', 5)).toBe('Minder dan 5: zo klein dat iemand herkenbaar kan zijn.');
    expect(hiddenNote('afgeleid', 5)).toBe(
      'Verborgen, omdat je anders een klein getal kunt uitrekenen.',
    );
    expect(shownNote({ shown: true, value: 3 }, 5)).toBeUndefined();
    expect(shownNote({ shown: false, reason: 'afgeleid' }, 5)).toBe(hiddenNote('afgeleid', 5));
  });

  it('lists the footnotes a table needs, each once, small ones first', () => {
    const cells = [
      { shown: false, reason: 'afgeleid' },
      { shown: true, value: 9 },
      { shown: false, reason: 'klein' },
      { shown: false, reason: 'klein' },
    ] as const;
    expect(notesFor(cells, 5)).toEqual([
      { sign: 'minder dan 5', text: hiddenNote('klein', 5) },
      { sign: 'verborgen', text: hiddenNote('afgeleid', 5) },
    ]);
    expect(notesFor([{ shown: true, value: 9 }], 5)).toEqual([]);
  });

  it('shows a percentage only when there is one', () => {
    expect(percentText(35)).toBe('35%');
    expect(percentText(undefined)).toBeUndefined();
  });
});
