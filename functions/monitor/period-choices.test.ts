import { describe, expect, it } from 'vitest';
import { hasBegun, periodChoices } from './period-choices.ts';
import { parsePeriod } from './periods.ts';

const at = (iso: string) => new Date(iso);
const period = (id: string) => parsePeriod(id)!;

describe('periodChoices', () => {
  // 31 December 23.30 UTC is already 1 January in Amsterdam.
  const newYear = at('2026-12-31T23:30:00Z');

  it('lists every kind with the ongoing period first, in Amsterdam', () => {
    const { kinds } = periodChoices(period('2026-H2'), newYear);
    expect(kinds.map((k) => [k.kind, k.label, k.periods.length])).toEqual([
      ['maand', 'Maand', 24],
      ['kwartaal', 'Kwartaal', 12],
      ['halfjaar', 'Halfjaar', 8],
      ['schooljaar', 'Schooljaar', 5],
    ]);
    expect(kinds.map((k) => k.periods[0]!.id)).toEqual([
      '2027-01',
      '2027-K1',
      '2027-H1',
      '2026-2027',
    ]);
    expect(kinds[2]!.periods.slice(0, 3)).toEqual([
      { id: '2027-H1', label: '1e halfjaar 2027' },
      { id: '2026-H2', label: '2e halfjaar 2026' },
      { id: '2026-H1', label: '1e halfjaar 2026' },
    ]);
  });

  it('gives the period before, and the one after only once it has begun', () => {
    const november = at('2026-11-24T10:00:00Z');
    expect(periodChoices(period('2026-H1'), november)).toMatchObject({
      previous: { id: '2025-H2' },
      next: { id: '2026-H2', label: '2e halfjaar 2026' },
    });
    expect(periodChoices(period('2026-H2'), november).next).toBeUndefined();
    expect(periodChoices(period('2025-2026'), november).next).toEqual({
      id: '2026-2027',
      label: 'schooljaar 2026-2027',
    });
  });
});

describe('hasBegun', () => {
  it('counts a period from its first month in Amsterdam', () => {
    expect(hasBegun(period('2027-01'), at('2026-12-31T22:59:00Z'))).toBe(false);
    expect(hasBegun(period('2027-01'), at('2026-12-31T23:00:00Z'))).toBe(true);
    expect(hasBegun(period('2026-2027'), at('2026-08-01T08:00:00Z'))).toBe(true);
    expect(hasBegun(period('2027-2028'), at('2027-07-31T08:00:00Z'))).toBe(false);
  });
});
