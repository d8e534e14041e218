import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  filingDeadline,
  isoDay,
  parseIsoDay,
  type FilingRoute,
} from './filing-deadlines.ts';
import { decreeDays, decreeDaysKnownFor } from '../lib/termijnenwet-days.ts';

const deadline = (route: FilingRoute, from: string) => filingDeadline(route, parseIsoDay(from)!);

describe('bezwaar: six weeks from the day after, extended by the Algemene termijnenwet', () => {
  it.each([
    // made known, last day, the days skipped on the way
    ['2025-03-13', '2025-04-24', []],
    [
      '2025-04-17',
      '2025-06-02',
      ['Hemelvaartsdag', 'door de regering vastgestelde vrije dag', 'zaterdag', 'zondag'],
    ],
    ['2025-04-28', '2025-06-10', ['Tweede Pinksterdag']],
    ['2026-03-24', '2026-05-06', ['Bevrijdingsdag']],
    ['2026-11-13', '2026-12-28', ['Eerste Kerstdag', 'zaterdag', 'zondag']],
    ['2025-11-21', '2026-01-05', ['door de regering vastgestelde vrije dag', 'zaterdag', 'zondag']],
    [
      '2026-04-02',
      '2026-05-18',
      ['Hemelvaartsdag', 'door de regering vastgestelde vrije dag', 'zaterdag', 'zondag'],
    ],
    ['2026-02-20', '2026-04-07', ['Goede Vrijdag', 'zaterdag', 'zondag', 'Tweede Paasdag']],
    ['2027-03-16', '2027-04-28', ['Koningsdag']],
    ['2026-11-20', '2027-01-04', ['Nieuwjaarsdag', 'zaterdag', 'zondag']],
    ['2026-10-10', '2026-11-23', ['zaterdag', 'zondag']],
  ])('made known on %s: last day %s', (from, lastDay, reasons) => {
    const result = deadline('bezwaar', from);
    expect(isoDay(result.lastDay)).toBe(lastDay);
    expect(result.skipped.map((skipped) => skipped.reason)).toEqual(reasons);
    expect(isoDay(result.termEnds)).toBe(isoDay(result.skipped[0]?.day ?? result.lastDay));
    expect(result.calendarKnown).toBe(true);
  });

  it('says so when the term ends after the last known decree day', () => {
    expect(deadline('bezwaar', '2028-11-01').calendarKnown).toBe(true);
    expect(deadline('bezwaar', '2029-01-10').calendarKnown).toBe(false);
  });
});

describe('GPO: six weeks, the date without extension is the safe date', () => {
  it.each([
    ['2025-04-17', '2025-05-29'],
    ['2026-11-13', '2026-12-25'],
    ['2026-10-10', '2026-11-21'],
  ])('made known on %s: last day %s', (from, lastDay) => {
    const result = deadline('gpo', from);
    expect(isoDay(result.lastDay)).toBe(lastDay);
    expect(result.skipped).toEqual([]);
  });
});

describe('LKC: one year, never extended', () => {
  it.each([
    ['2025-04-17', '2026-04-17'],
    ['2025-12-25', '2026-12-25'],
    ['2024-02-29', '2025-02-28'],
  ])('event on %s: last day %s', (from, lastDay) => {
    expect(isoDay(deadline('lkc', from).lastDay)).toBe(lastDay);
  });
});

describe('the decree days', () => {
  it('are known for at least another year: extend decreeDays from the next royal decree', () => {
    const now = new Date();
    const inAYear = { year: now.getFullYear() + 1, month: now.getMonth() + 1, day: now.getDate() };
    expect(
      decreeDaysKnownFor(inAYear),
      `decreeDays runs until ${isoDay(decreeDays.knownUntil)}; add the days of the next KB (Atw art. 3 lid 3)`,
    ).toBe(true);
  });

  it('lie within the period the table claims to cover, in order', () => {
    const isos = decreeDays.days.map(isoDay);
    expect(isos).toEqual([...isos].sort());
    expect(isos.every((day) => day <= isoDay(decreeDays.knownUntil))).toBe(true);
  });
});

describe('dates in forms and URLs', () => {
  it('reads only real calendar days', () => {
    expect(parseIsoDay('2025-04-17')).toEqual({ year: 2025, month: 4, day: 17 });
    expect(parseIsoDay('2025-02-29')).toBeUndefined();
    expect(parseIsoDay('17-04-2025')).toBeUndefined();
    expect(parseIsoDay('2025-4-17')).toBeUndefined();
  });

  it('counts the days left, 0 on the last day and negative after it', () => {
    const lastDay = { year: 2025, month: 6, day: 2 };
    expect(daysLeft({ year: 2025, month: 5, day: 30 }, lastDay)).toBe(3);
    expect(daysLeft(lastDay, lastDay)).toBe(0);
    expect(daysLeft({ year: 2025, month: 6, day: 3 }, lastDay)).toBe(-1);
    // Across the change to summer time the count stays whole.
    expect(daysLeft({ year: 2025, month: 3, day: 29 }, { year: 2025, month: 3, day: 31 })).toBe(2);
  });
});
