import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  clock,
  compactDate,
  compactDateTime,
  compactTimeRange,
  longDate,
  longDateTime,
  longTimeRange,
  monthName,
  plainDate,
} from './dutch-dates.ts';

describe('Dutch dates', () => {
  it('writes the long style for parents and the compact one for tables', () => {
    const moment = new Date('2026-12-11T13:05:00Z');
    expect(longDate(moment)).toBe('vrijdag 11 december 2026');
    expect(longDateTime(moment)).toBe('vrijdag 11 december 2026, 14.05 uur');
    expect(compactDate(moment)).toBe('vr 11 dec 2026');
    expect(compactDateTime(moment)).toBe('vr 11 dec 2026, 14.05');
    const [start, end] = [new Date('2026-12-15T18:30:00Z'), new Date('2026-12-15T20:00:00Z')];
    expect(longTimeRange(start, end)).toBe('dinsdag 15 december 2026, 19.30–21.00 uur');
    expect(compactTimeRange(start, end)).toBe('di 15 dec 2026, 19.30–21.00');
  });

  it('follows Amsterdam across the changes to and from summer time', () => {
    // 29 March 2026: 02:00 winter time becomes 03:00 summer time (01:00 UTC).
    expect(compactDateTime(new Date('2026-03-29T00:30:00Z'))).toBe('zo 29 mrt 2026, 01.30');
    expect(compactDateTime(new Date('2026-03-29T01:30:00Z'))).toBe('zo 29 mrt 2026, 03.30');
    // 25 October 2026: 03:00 summer time becomes 02:00 winter time, so 02.30 comes twice.
    expect(clock(new Date('2026-10-25T00:30:00Z'))).toBe('02.30');
    expect(clock(new Date('2026-10-25T01:30:00Z'))).toBe('02.30');
    expect(longDateTime(new Date('2026-10-24T22:30:00Z'))).toBe(
      'zondag 25 oktober 2026, 00.30 uur',
    );
  });

  it('puts a moment on its Amsterdam day, not its UTC day', () => {
    expect(longDate(new Date('2026-12-31T23:30:00Z'))).toBe('vrijdag 1 januari 2027');
    expect(clock(new Date('2026-07-01T07:05:00Z'))).toBe('09.05');
  });

  it('keeps a calendar date on its day, and names months', () => {
    expect(plainDate(calendarDay('2026-11-24'))).toBe('24 november 2026');
    expect(compactDate(calendarDay('2026-03-29'))).toBe('zo 29 mrt 2026');
    expect(monthName('2026-11')).toBe('november 2026');
    expect(monthName('onzin')).toBe('onzin');
  });
});
