import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './working-days.ts';

const after = (from: string, days: number) => addWorkingDays(new Date(from), days).toISOString();

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    // Friday 10:00 in Amsterdam + 1 working day = Monday 10:00.
    expect(after('2026-11-27T09:00:00Z', 1)).toBe('2026-11-30T09:00:00.000Z');
    expect(after('2026-11-24T09:00:00Z', 5)).toBe('2026-12-01T09:00:00.000Z');
  });

  it('keeps the Amsterdam time of day across the change to winter time', () => {
    // Friday 23 October 2026 12:00 (summer time) + 1 = Monday 26 October 12:00 (winter time).
    expect(after('2026-10-23T10:00:00Z', 1)).toBe('2026-10-26T11:00:00.000Z');
  });

  it('keeps the Amsterdam time of day across the change to summer time', () => {
    // Friday 27 March 2026 12:00 (winter time) + 1 = Monday 30 March 12:00 (summer time).
    expect(after('2026-03-27T11:00:00Z', 1)).toBe('2026-03-30T10:00:00.000Z');
  });

  it('keeps the time of day when the weekend holds the hour that summer time skips', () => {
    // Saturday 28 March 2026 02:30 (winter time); 02:30 does not exist on Sunday 29 March.
    // + 1 = Monday 30 March 02:30 (summer time), not 03:30.
    expect(after('2026-03-28T01:30:00Z', 1)).toBe('2026-03-30T00:30:00.000Z');
    // Saturday 24 October 2026 02:30 (summer time); 02:30 happens twice on Sunday 25 October.
    expect(after('2026-10-24T00:30:00Z', 1)).toBe('2026-10-26T01:30:00.000Z');
  });

  it('skips both Christmas days and New Year’s Day', () => {
    // Thursday 24 December 2026 10:00: Friday 25 and Saturday 26 are off, then the weekend.
    expect(after('2026-12-24T09:00:00Z', 1)).toBe('2026-12-28T09:00:00.000Z');
    // Tuesday 22 December 2026 + 5: 23, 24, 28, 29, 30 December.
    expect(after('2026-12-22T09:00:00Z', 5)).toBe('2026-12-30T09:00:00.000Z');
    // Wednesday 30 December 2026 + 2: 31 December, (1 January off), Monday 4 January.
    expect(after('2026-12-30T09:00:00Z', 2)).toBe('2027-01-04T09:00:00.000Z');
  });

  it('skips Ascension Day and Whit Monday', () => {
    // 2026: Hemelvaartsdag Thursday 14 May, Tweede Pinksterdag Monday 25 May.
    // Wednesday 13 May + 1 = Friday 15 May.
    expect(after('2026-05-13T08:00:00Z', 1)).toBe('2026-05-15T08:00:00.000Z');
    // Wednesday 13 May + 5: 15, 18, 19, 20, 21 May.
    expect(after('2026-05-13T08:00:00Z', 5)).toBe('2026-05-21T08:00:00.000Z');
    // Friday 22 May + 1 = Tuesday 26 May.
    expect(after('2026-05-22T08:00:00Z', 1)).toBe('2026-05-26T08:00:00.000Z');
  });

  it('skips Easter Monday, Koningsdag and Bevrijdingsdag', () => {
    // Friday 3 April 2026 (Goede Vrijdag is a working day) + 1 = Tuesday 7 April.
    expect(after('2026-04-02T08:00:00Z', 1)).toBe('2026-04-03T08:00:00.000Z');
    expect(after('2026-04-03T08:00:00Z', 1)).toBe('2026-04-07T08:00:00.000Z');
    // Friday 24 April 2026 + 1 = Tuesday 28 April (Monday 27 is Koningsdag).
    expect(after('2026-04-24T08:00:00Z', 1)).toBe('2026-04-28T08:00:00.000Z');
    // Monday 4 May 2026 + 1 = Wednesday 6 May.
    expect(after('2026-05-04T08:00:00Z', 1)).toBe('2026-05-06T08:00:00.000Z');
  });

  it('takes the Amsterdam calendar day, not the UTC one', () => {
    // 23:30 on Thursday 24 December in Amsterdam is still 24 December there (22:30 UTC);
    // 00:30 on Friday 25 December in Amsterdam is 23:30 UTC on the 24th, yet a holiday.
    expect(isWorkingDay(new Date('2026-12-24T22:30:00Z'))).toBe(true);
    expect(isWorkingDay(new Date('2026-12-24T23:30:00Z'))).toBe(false);
    expect(after('2026-12-24T22:30:00Z', 1)).toBe('2026-12-28T22:30:00.000Z');
  });

  it('counts back with a negative number and stays put with zero', () => {
    expect(after('2026-12-28T09:00:00Z', -1)).toBe('2026-12-24T09:00:00.000Z');
    expect(after('2026-12-26T09:00:00Z', 0)).toBe('2026-12-26T09:00:00.000Z');
  });
});
