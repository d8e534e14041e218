import { describe, expect, it } from 'vitest';
import {
  lastComplete,
  parsePeriod,
  periodBefore,
  periodOf,
  trendUpTo,
  yearEarlier,
} from './periods.ts';

describe('monitor periods', () => {
  it('names each kind of period by an id a URL can carry, with its months and a Dutch label', () => {
    expect(periodOf('maand', '2026-05')).toEqual({
      kind: 'maand',
      id: '2026-05',
      label: 'mei 2026',
      months: ['2026-05'],
    });
    expect(periodOf('kwartaal', '2026-05')).toMatchObject({
      id: '2026-K2',
      label: '2e kwartaal 2026',
      months: ['2026-04', '2026-05', '2026-06'],
    });
    expect(periodOf('halfjaar', '2026-07')).toMatchObject({
      id: '2026-H2',
      label: '2e halfjaar 2026',
      months: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'],
    });
  });

  it('runs a school year from August to July', () => {
    for (const month of ['2025-08', '2025-12', '2026-01', '2026-07']) {
      expect(periodOf('schooljaar', month).id).toBe('2025-2026');
    }
    const year = periodOf('schooljaar', '2026-03');
    expect(year.label).toBe('schooljaar 2025-2026');
    expect(year.months[0]).toBe('2025-08');
    expect(year.months.at(-1)).toBe('2026-07');
    expect(periodOf('schooljaar', '2026-08').id).toBe('2026-2027');
  });

  it('reads back every id it makes, and nothing else', () => {
    for (const kind of ['maand', 'kwartaal', 'halfjaar', 'schooljaar'] as const) {
      for (const month of ['2024-01', '2025-07', '2025-08', '2026-12']) {
        const period = periodOf(kind, month);
        expect(parsePeriod(period.id)).toEqual(period);
      }
    }
    for (const bad of [
      '2026-13',
      '2026-00',
      '2026-K5',
      '2026-H3',
      '2025-2027',
      'x',
      '',
      '2026-5',
    ]) {
      expect(parsePeriod(bad), bad).toBeUndefined();
    }
  });

  it('steps back by periods and by a year, across year ends', () => {
    expect(periodBefore(parsePeriod('2026-K1')!).id).toBe('2025-K4');
    expect(periodBefore(parsePeriod('2026-H1')!).id).toBe('2025-H2');
    expect(periodBefore(parsePeriod('2026-01')!, 2).id).toBe('2025-11');
    expect(periodBefore(parsePeriod('2025-2026')!).id).toBe('2024-2025');
    expect(yearEarlier(parsePeriod('2026-K3')!).id).toBe('2025-K3');
    expect(yearEarlier(parsePeriod('2026-03')!).id).toBe('2025-03');
    expect(trendUpTo(parsePeriod('2026-H1')!, 4).map((p) => p.id)).toEqual([
      '2024-H2',
      '2025-H1',
      '2025-H2',
      '2026-H1',
    ]);
  });

  it('takes the last period that has ended, in Amsterdam', () => {
    // 31 December 23.30 UTC is already 1 January in Amsterdam.
    const newYear = new Date('2026-12-31T23:30:00Z');
    expect(lastComplete('maand', newYear).id).toBe('2026-12');
    expect(lastComplete('halfjaar', newYear).id).toBe('2026-H2');
    expect(lastComplete('halfjaar', new Date('2026-12-05T12:00:00Z')).id).toBe('2026-H1');
    expect(lastComplete('schooljaar', new Date('2026-12-05T12:00:00Z')).id).toBe('2025-2026');
  });
});
