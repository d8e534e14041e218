import { describe, expect, it } from 'vitest';
import { planPromotion } from './promotion.ts';
import { amsterdamInstant, closesAt, reminderAt, sameWeekdayOfMonth } from './meeting-time.ts';

describe('meeting times', () => {
  it('turns Amsterdam wall-clock time into UTC, summer and winter', () => {
    expect(amsterdamInstant('2026-12-15', '19:30')).toBe('2026-12-15T18:30:00.000Z');
    expect(amsterdamInstant('2026-06-15', '19:30')).toBe('2026-06-15T17:30:00.000Z');
  });

  it('closes sign-up at 23:59 on the deadline, or at the start', () => {
    const start = '2026-12-15T18:30:00.000Z';
    expect(closesAt(start, '2026-12-10')).toBe('2026-12-10T22:59:00.000Z');
    expect(closesAt(start, '2026-12-15')).toBe(start);
    expect(closesAt(start, undefined)).toBe(start);
  });

  it('reminds at 10:00 Amsterdam, days before; 0 means none', () => {
    expect(reminderAt('2026-12-15T18:30:00.000Z', 2)).toBe('2026-12-13T09:00:00.000Z');
    expect(reminderAt('2026-12-15T18:30:00.000Z', 0)).toBeUndefined();
  });

  it('repeats on the same weekday of the month; a missing 5th becomes the last', () => {
    expect(sameWeekdayOfMonth('2026-12-08', 1)).toBe('2027-01-12'); // 2nd Tuesday
    expect(sameWeekdayOfMonth('2026-12-29', 2)).toBe('2027-02-23'); // 5th Tuesday → last
    expect(sameWeekdayOfMonth('2026-12-08', 0)).toBe('2026-12-08');
  });
});

describe('moving up from the waiting list', () => {
  it('lets in the first who fit, keeping the turn of a group that does not fit yet', () => {
    expect(planPromotion(2, ['a:1', 'b:3', 'c:1', 'd:1'])).toEqual({
      promoted: [
        { id: 'a', persons: 1 },
        { id: 'c', persons: 1 },
      ],
      waiting: ['b:3', 'd:1'],
      free: 0,
    });
    expect(planPromotion(0, ['a:1'])).toEqual({ promoted: [], waiting: ['a:1'], free: 0 });
  });
});
