import { describe, expect, it } from 'vitest';
import { readabilityLimits, sentencesOf, wordCount } from '../../../scripts/content/readability.ts';
import {
  draftLetter,
  letterText,
  placeholderPattern,
  placeholders,
  type Letter,
  type LetterBlockId,
  type LetterFacts,
} from './complaint-letter.ts';
import { letterRoutes } from './letter-routes.ts';

const whatHappened =
  'Het samenwerkingsverband wijst de TLV af.\nMaar de school zegt zelf dat ze mijn zoon niet meer kan helpen.';
const outcomeWanted = 'Een TLV voor het speciaal onderwijs, zodat hij weer naar school kan.';

const full: LetterFacts = {
  answers: {
    role: 'ouder',
    about: 'Basisschool De Linde, Stichting Primair',
    decisionDate: '2025-04-17',
    whatHappened,
    spokenWith: 'De intern begeleider, op 3 april.',
    outcomeWanted,
    childName: 'Sam',
    name: 'Anna de Vries',
  },
  swv: {
    name: 'Samenwerkingsverband VO Noord-Kennemerland',
    address: { street: 'Hertog Aalbrechtweg 5', postcode: '1823 DL', city: 'Alkmaar' },
  },
  today: '2025-05-01',
};

const empty: LetterFacts = {
  answers: {},
  swv: { name: 'Passend Onderwijs Haarlemmermeer' },
  today: '2026-12-05',
};

const block = (letter: Letter, id: LetterBlockId) => {
  const found = letter.blocks.find((candidate) => candidate.id === id);
  expect(found, `block ${id}`).toBeDefined();
  return found!.text;
};

describe('draftLetter: a bezwaar against a TLV decision (Awb 6:5)', () => {
  const letter = draftLetter('bezwaar-tlv', full);

  it('has every part the law asks for, in letter order', () => {
    expect(letter.blocks.map((part) => part.id)).toEqual([
      'sender',
      'addressee',
      'date',
      'subject',
      'opening',
      'decision',
      'grounds',
      'wanted',
      'closing',
      'signature',
      'attachment',
    ]);
    // Name and address of the one who objects; an e-mail address is no address.
    expect(block(letter, 'sender')).toBe(
      'Anna de Vries\n[Je straat en huisnummer]\n[Je postcode en woonplaats]',
    );
    // The date of the letter (dagtekening), in Dutch.
    expect(block(letter, 'date')).toBe('Datum: 1 mei 2025');
    // A description of the decision: when it was made known, its kenmerk to fill in.
    expect(block(letter, 'decision')).toContain(
      'toelaatbaarheidsverklaring (TLV) van mijn kind Sam',
    );
    expect(block(letter, 'decision')).toContain('Ik kreeg dit besluit op 17 april 2025.');
    expect(block(letter, 'decision')).toContain('Het kenmerk is [kenmerk van het besluit].');
    expect(block(letter, 'subject')).toBe(
      'Onderwerp: bezwaar tegen het besluit over de toelaatbaarheidsverklaring van Sam, kenmerk [kenmerk van het besluit]',
    );
    // The signature line with the name under it.
    expect(block(letter, 'signature')).toMatch(/^Handtekening: …+\n\nAnna de Vries$/);
    expect(block(letter, 'attachment')).toBe('Bijlage: kopie van het besluit van 17 april 2025');
    expect(block(letter, 'closing')).toContain('dit bezwaar hebt ontvangen');
  });

  it('sends it to the SWV at its postal address from the profile', () => {
    expect(block(letter, 'addressee')).toBe(
      'Samenwerkingsverband VO Noord-Kennemerland\nHertog Aalbrechtweg 5\n1823 DL Alkmaar',
    );
  });

  it('gives the grounds and the wish in the parent’s own words, verbatim', () => {
    expect(block(letter, 'grounds')).toContain(whatHappened);
    expect(block(letter, 'wanted')).toContain(outcomeWanted);
    expect(letterText(letter.blocks)).toContain(whatHappened);
  });

  it('keeps the deadline out of the letter, as a note for the parent', () => {
    expect(letter.deadline).toEqual({ lastDay: '2025-06-02', passed: false });
    expect(letter.notes[0]).toContain('Je laatste dag is maandag 2 juni 2025.');
    expect(letterText(letter.blocks)).not.toContain('2 juni 2025');
    expect(letter.notes.join(' ')).toContain('handtekening');
  });

  it('says a passed deadline kindly and still asks to send it', () => {
    const late = draftLetter('bezwaar-tlv', { ...full, today: '2025-06-03' });
    expect(late.deadline?.passed).toBe(true);
    expect(late.notes[0]).toContain('Die dag is al voorbij. Stuur je bezwaar toch.');
  });

  it('leaves placeholders where the intake gave nothing, and says where to look', () => {
    const bare = draftLetter('bezwaar-tlv', empty);
    expect(block(bare, 'sender').split('\n')[0]).toBe(placeholders.name);
    expect(block(bare, 'addressee')).toBe(
      'Passend Onderwijs Haarlemmermeer\n[adres van het samenwerkingsverband]',
    );
    expect(bare.blocks.find((part) => part.id === 'addressee')?.hint).toContain(
      'brief met het besluit',
    );
    expect(block(bare, 'decision')).toContain('[naam van je kind]');
    expect(block(bare, 'decision')).toContain('[datum van het besluit]');
    expect(block(bare, 'grounds')).toContain(placeholders.grounds);
    expect(block(bare, 'wanted')).toContain(placeholders.wanted);
    expect(block(bare, 'signature')).toContain(placeholders.name);
    expect(bare.deadline).toBeUndefined();
    expect(bare.notes[0]).toContain('Je hebt 6 weken');
    expect(bare.notes.join(' ')).toContain('adres van het samenwerkingsverband hebben we nog niet');
  });
});

describe('draftLetter: a request to the Geschillencommissie Passend Onderwijs', () => {
  const letter = draftLetter('gpo', full);

  it('names who asks, the other party, the dispute, the reasons and what is asked', () => {
    expect(block(letter, 'addressee')).toContain('Geschillencommissie Passend Onderwijs');
    expect(block(letter, 'addressee')).toContain('onderwijsgeschillen.nl');
    expect(block(letter, 'subject')).toBe('Onderwerp: verzoek om een oordeel');
    expect(block(letter, 'parties')).toContain('Ik ben de ouder of verzorger van Sam.');
    expect(block(letter, 'parties')).toContain(
      'Ik heb een geschil met: Basisschool De Linde, Stichting Primair.',
    );
    expect(block(letter, 'decision')).toContain(
      'Het geschil gaat over [de toelating, de verwijdering of het OPP] van mijn kind Sam.',
    );
    expect(block(letter, 'decision')).toContain('op 17 april 2025');
    expect(block(letter, 'grounds')).toContain(whatHappened);
    expect(block(letter, 'grounds')).toContain(
      'Hierover heb ik al gesproken met: De intern begeleider, op 3 april.',
    );
    expect(block(letter, 'wanted')).toContain(outcomeWanted);
    expect(block(letter, 'signature')).toContain('Handtekening');
    expect(block(letter, 'attachment')).toContain('kopie van het besluit');
  });

  it('gives the safe date without extension, and where to file online', () => {
    // GPO: 6 weeks, not extended past Hemelvaart (29 May 2025).
    expect(letter.deadline).toEqual({ lastDay: '2025-05-29', passed: false });
    expect(letter.notes[0]).toContain('Je laatste dag is donderdag 29 mei 2025.');
    expect(letter.notes.join(' ')).toContain('zaak indienen');
  });

  it('speaks for a pupil and for someone helping the parents', () => {
    const pupil = draftLetter('gpo', { ...full, answers: { ...full.answers, role: 'jongere' } });
    expect(block(pupil, 'parties')).toContain('Ik ben zelf de leerling.');
    expect(block(pupil, 'decision')).toContain('van mij.');
    const helper = draftLetter('gpo', {
      ...full,
      answers: { ...full.answers, role: 'professional' },
    });
    expect(block(helper, 'parties')).toContain('Ik help de ouders van Sam.');
  });

  it('leaves placeholders where the intake gave nothing', () => {
    const bare = draftLetter('gpo', empty);
    expect(block(bare, 'parties')).toContain('[naam van de school en het schoolbestuur]');
    expect(block(bare, 'grounds')).not.toContain('Hierover heb ik al gesproken');
  });
});

describe('the letter’s own words', () => {
  const texts = letterRoutes.flatMap((route) =>
    [full, empty].flatMap((facts) => {
      const letter = draftLetter(route, facts);
      return [
        letter.title,
        ...letter.notes,
        ...letter.blocks.flatMap((part) => [part.label, part.hint ?? '', part.text]),
      ];
    }),
  );
  // The parent's own words are theirs: measure only the portal's.
  const ours = texts.map((text) =>
    text.replace(whatHappened, '').replace(outcomeWanted, '').replace(placeholderPattern, 'x'),
  );

  it('keeps every sentence short (B1)', () => {
    const sentences = sentencesOf(ours.join('\n\n'));
    expect(sentences.length).toBeGreaterThan(50);
    for (const sentence of sentences) {
      expect(wordCount(sentence), sentence).toBeLessThanOrEqual(readabilityLimits.longestWords);
    }
    const words = sentences.reduce((sum, sentence) => sum + wordCount(sentence), 0);
    expect(words / sentences.length).toBeLessThanOrEqual(readabilityLimits.averageWords);
  });

  it('speaks to the parent as "je", never "u", outside the letter itself', () => {
    for (const route of letterRoutes) {
      const letter = draftLetter(route, full);
      const forParent = [
        ...letter.notes,
        ...letter.blocks.flatMap((part) => [part.label, part.hint ?? '']),
      ];
      for (const text of forParent) expect(text, text).not.toMatch(/\b(u|uw)\b/i);
    }
  });

  it('writes every date in Dutch words, never as digits', () => {
    for (const text of texts) expect(text, text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d+-\d+-\d{4}/);
  });
});
