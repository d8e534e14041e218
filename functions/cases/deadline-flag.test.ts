import { describe, expect, it } from 'vitest';
import { deadlineState, firstDayNotSoon } from './deadline-flag.ts';

// Thursday 10 December 2026, 10.00 in Amsterdam. Ten working days later is Thursday 24
// December; Friday 25 is Eerste Kerstdag, so the eleventh is Monday 28 December.
const now = new Date('2026-12-10T09:00:00Z');
const open = (filingDeadline: string) => deadlineState({ filingDeadline, status: 'nieuw' }, now);

describe('the deadline flag', () => {
  it('flags the last day itself as soon, with no working day left', () => {
    expect(open('2026-12-10')).toEqual({ flag: 'binnenkort', workingDaysLeft: 0 });
    expect(open('2026-12-11')).toEqual({ flag: 'binnenkort', workingDaysLeft: 1 });
  });

  it('flags exactly 10 working days as soon, and the 11th not', () => {
    expect(open('2026-12-24')).toEqual({ flag: 'binnenkort', workingDaysLeft: 10 });
    expect(open('2026-12-28')).toBeUndefined();
    expect(firstDayNotSoon('2026-12-10')).toBe('2026-12-28');
  });

  it('counts no weekend or holiday: a last day on Kerst or a Sunday is still 10 working days off', () => {
    expect(open('2026-12-25')).toEqual({ flag: 'binnenkort', workingDaysLeft: 10 });
    expect(open('2026-12-27')).toEqual({ flag: 'binnenkort', workingDaysLeft: 10 });
    // A weekend between: Friday 11 is 1, Monday 14 is 2.
    expect(open('2026-12-13')).toEqual({ flag: 'binnenkort', workingDaysLeft: 1 });
    expect(open('2026-12-14')).toEqual({ flag: 'binnenkort', workingDaysLeft: 2 });
  });

  it('counts the steunpunt’s working days: Goede Vrijdag is one, Tweede Paasdag is not', () => {
    const thursday = new Date('2026-04-02T10:00:00Z');
    const state = (day: string) =>
      deadlineState({ filingDeadline: day, status: 'nieuw' }, thursday);
    expect(state('2026-04-03')).toEqual({ flag: 'binnenkort', workingDaysLeft: 1 });
    expect(state('2026-04-06')).toEqual({ flag: 'binnenkort', workingDaysLeft: 1 });
    expect(state('2026-04-07')).toEqual({ flag: 'binnenkort', workingDaysLeft: 2 });
  });

  it('flags a last day before today as past', () => {
    expect(open('2026-12-09')).toEqual({ flag: 'verlopen' });
    expect(open('2025-06-02')).toEqual({ flag: 'verlopen' });
  });

  it('takes today in Amsterdam: at 00.30 there the day before is past', () => {
    const justAfterMidnight = new Date('2026-12-09T23:30:00Z');
    expect(
      deadlineState({ filingDeadline: '2026-12-09', status: 'nieuw' }, justAfterMidnight),
    ).toEqual({ flag: 'verlopen' });
    const justBefore = new Date('2026-12-09T22:30:00Z');
    expect(deadlineState({ filingDeadline: '2026-12-09', status: 'nieuw' }, justBefore)).toEqual({
      flag: 'binnenkort',
      workingDaysLeft: 0,
    });
  });

  it('gives no flag to a closed case, a case without a deadline, or one far off', () => {
    expect(
      deadlineState({ filingDeadline: '2026-12-09', status: 'afgerond' }, now),
    ).toBeUndefined();
    expect(
      deadlineState({ filingDeadline: '2026-12-11', status: 'afgerond' }, now),
    ).toBeUndefined();
    expect(deadlineState({ status: 'nieuw' }, now)).toBeUndefined();
    expect(open('2027-06-01')).toBeUndefined();
    for (const status of ['in-behandeling', 'wacht-op-reactie'] as const) {
      expect(deadlineState({ filingDeadline: '2026-12-09', status }, now)).toEqual({
        flag: 'verlopen',
      });
    }
  });
});
