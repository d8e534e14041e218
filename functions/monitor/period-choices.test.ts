import { describe, expect, it } from 'vitest';
import { hasEnded, periodChoices } from './period-choices.ts';
import { parsePeriod } from './periods.ts';

const at = (iso: string) => new Date(iso);
const period = (id: string) => parsePeriod(id)!;

describe('periodChoices', () => {
  // 31 December 23.30 UTC is already 1 January in Amsterdam.
  const newYear = at('2026-12-31T23:30:00Z');

  it('lists every kind with the last period that has ended first, in Amsterdam', () => {
    const { kinds } = periodChoices(period('2026-H2'), newYear);
    expect(kinds.map((k) => [k.kind, k.label, k.periods.length])).toEqual([
      ['maand', 'Maand', 24],
      ['kwartaal', 'Kwartaal', 12],
      ['halfjaar', 'Halfjaar', 8],
      ['schooljaar', 'Schooljaar', 5],
    ]);
    expect(kinds.map((k) => k.periods[0]!.id)).toEqual([
      '2026-12',
      '2026-K4',
      '2026-H2',
      '2025-2026',
    ]);
    expect(kinds[2]!.periods.slice(0, 3)).toEqual([
      { id: '2026-H2', label: '2e halfjaar 2026' },
      { id: '2026-H1', label: '1e halfjaar 2026' },
      { id: '2025-H2', label: '2e halfjaar 2025' },
    ]);
  });

  it('gives the period before, and the one after only once it has ended', () => {
    const november = at('2026-11-24T10:00:00Z');
    expect(periodChoices(period('2025-H2'), november)).toMatchObject({
      previous: { id: '2025-H1' },
      next: { id: '2026-H1', label: '1e halfjaar 2026' },
    });
    expect(periodChoices(period('2026-H1'), november).next).toBeUndefined();
    expect(periodChoices(period('2024-2025'), november).next).toEqual({
      id: '2025-2026',
      label: 'schooljaar 2025-2026',
    });
    expect(periodChoices(period('2025-2026'), november).next).toBeUndefined();
  });

  it('points a period without breakdowns to the ended half years it shares months with', () => {
    const november = at('2026-11-24T10:00:00Z');
    expect(periodChoices(period('2026-H1'), november)).toMatchObject({
      brokenDown: true,
      breakdownsIn: [],
    });
    expect(periodChoices(period('2026-05'), november).brokenDown).toBe(false);
    expect(periodChoices(period('2026-05'), november).breakdownsIn).toEqual([
      { id: '2026-H1', label: '1e halfjaar 2026' },
    ]);
    expect(periodChoices(period('2026-K2'), november).breakdownsIn).toEqual([
      { id: '2026-H1', label: '1e halfjaar 2026' },
    ]);
    // August 2025 to July 2026: July 2026 is in a half year still going on.
    expect(periodChoices(period('2025-2026'), november).breakdownsIn).toEqual([
      { id: '2025-H2', label: '2e halfjaar 2025' },
      { id: '2026-H1', label: '1e halfjaar 2026' },
    ]);
  });
});

describe('hasEnded', () => {
  it('ends a period with its last month in Amsterdam', () => {
    expect(hasEnded(period('2026-12'), at('2026-12-31T22:59:00Z'))).toBe(false);
    expect(hasEnded(period('2026-12'), at('2026-12-31T23:00:00Z'))).toBe(true);
    expect(hasEnded(period('2025-2026'), at('2026-07-31T21:59:00Z'))).toBe(false);
    expect(hasEnded(period('2025-2026'), at('2026-07-31T22:00:00Z'))).toBe(true);
  });
});
