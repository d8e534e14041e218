import { describe, expect, it } from 'vitest';
import { endSentence } from './sentence.ts';

describe('endSentence', () => {
  it('adds a full stop only when the text does not end a sentence already', () => {
    expect(endSentence('Oudercafé: passend onderwijs, hoe werkt het?')).toBe(
      'Oudercafé: passend onderwijs, hoe werkt het?',
    );
    expect(endSentence('Oudercafé Hoofddorp')).toBe('Oudercafé Hoofddorp.');
    expect(endSentence('Kom erbij!')).toBe('Kom erbij!');
  });
});
