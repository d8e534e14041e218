import { describe, expect, it } from 'vitest';
import { easterSunday, isPublicHoliday, publicHolidays } from './dutch-holidays.ts';

const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

describe('easterSunday', () => {
  it('gives the known Easter Sundays of 2024 to 2030', () => {
    const known = {
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
    };
    for (const [year, date] of Object.entries(known)) {
      expect(iso(easterSunday(Number(year)))).toBe(date);
    }
  });

  it('gets the edge years right: the earliest and the latest possible Easter', () => {
    expect(iso(easterSunday(2285))).toBe('2285-03-22');
    expect(iso(easterSunday(2038))).toBe('2038-04-25');
    expect(iso(easterSunday(1943))).toBe('1943-04-25');
  });
});

describe('publicHolidays', () => {
  it('lists the holidays of 2026 in calendar order', () => {
    expect(publicHolidays(2026).map((h) => `${iso(h)} ${h.name}`)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-05 Eerste Paasdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-24 Eerste Pinksterdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    const kingsDay = (year: number) =>
      iso(publicHolidays(year).find((h) => h.name === 'Koningsdag')!);
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(kingsDay(2031)).toBe('2031-04-26');
    expect(kingsDay(2024)).toBe('2024-04-27');
  });

  it('counts Bevrijdingsdag every year, not only every fifth', () => {
    for (const year of [2025, 2026, 2027]) {
      expect(isPublicHoliday({ year, month: 5, day: 5 })).toBe(true);
    }
  });

  it('leaves Goede Vrijdag out: it is no general day off', () => {
    // Easter 2026 is 5 April, so Goede Vrijdag is 3 April.
    expect(isPublicHoliday({ year: 2026, month: 4, day: 3 })).toBe(false);
    expect(isPublicHoliday({ year: 2026, month: 4, day: 6 })).toBe(true);
    expect(publicHolidays(2026).map((h) => h.name)).not.toContain('Goede Vrijdag');
  });

  it('is no holiday on an ordinary day, nor on 31 December', () => {
    expect(isPublicHoliday({ year: 2026, month: 11, day: 24 })).toBe(false);
    expect(isPublicHoliday({ year: 2026, month: 12, day: 31 })).toBe(false);
  });
});
