/**
 * What the route chooser's script says about a computed deadline (the sentences it puts in
 * the polite live region), per route and per number of days left.
 */
import { describe, expect, it } from 'vitest';
import { filingDeadline } from '../../functions/core/filing-deadlines.ts';
import { deadlineSentences } from '../../site/src/components/route-chooser/deadline-script.ts';

const known = { year: 2025, month: 4, day: 17 };

describe('deadlineSentences', () => {
  it('names the extended last day of a bezwaar, why it moved, and how e-mail and post count', () => {
    const lines = deadlineSentences(filingDeadline('bezwaar', known), 12);
    expect(lines[0]).toBe('Je laatste dag is maandag 2 juni 2025.');
    expect(lines[1]).toBe('Je hebt nog 12 dagen.');
    expect(lines[2]).toBe(
      'De 6 weken eindigen eigenlijk op donderdag 29 mei 2025. Dat is een Hemelvaartsdag. Daarom schuift je laatste dag op.',
    );
    expect(lines.join(' ')).toContain('tot een week later aankomen');
  });

  it('gives the GPO date without extension as the safe date', () => {
    const lines = deadlineSentences(filingDeadline('gpo', known), 1);
    expect(lines).toEqual([
      'Je laatste dag is donderdag 29 mei 2025.',
      'Je hebt nog 1 dag.',
      'Dit is de veilige datum: precies 6 weken, zonder verlenging.',
    ]);
  });

  it('says the last day is today, and kindly when it has passed', () => {
    expect(deadlineSentences(filingDeadline('lkc', known), 0)).toEqual([
      'Je laatste dag is vrijdag 17 april 2026.',
      'Vandaag is je laatste dag.',
    ]);
    const late = deadlineSentences(filingDeadline('bezwaar', known), -3);
    expect(late).toHaveLength(2);
    expect(late[1]).toMatch(/^Die dag is al voorbij\..*Vraag het steunpunt om hulp\.$/);
  });
});
