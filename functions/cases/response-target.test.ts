import { describe, expect, it } from 'vitest';
import { responseTarget } from './response-target.ts';

// Tuesday 24 November 2026, 10.30 in Amsterdam; five working days is Tuesday 1 December.
const now = new Date('2026-11-24T09:30:00Z');
const normal = '2026-12-01T09:30:00.000Z';

describe('the first-answer target', () => {
  it.each([
    ['no filing deadline', undefined, normal],
    ['a deadline far away (LKC, a year)', '2027-11-01', normal],
    // Two working days before Wednesday 2 December is Monday 30 November, 17.00 (16.00 UTC):
    // later than the normal target, which stands.
    ['a deadline just after the normal target', '2026-12-03', normal],
    [
      'a deadline on the normal target day: two working days before, 17.00',
      '2026-12-01',
      '2026-11-27T16:00:00.000Z',
    ],
    ['a deadline within two working days: at once', '2026-11-25', now.toISOString()],
    ['a deadline past: at once, never in the past', '2025-06-02', now.toISOString()],
  ])('%s', (_case, deadline, expected) => {
    const target = responseTarget(now, 5, deadline);
    expect(target.toISOString()).toBe(expected);
    expect(target.getTime()).toBeGreaterThanOrEqual(now.getTime());
  });

  it('counts back over Easter Monday, with Goede Vrijdag a working day', () => {
    // Tuesday 31 March 2026; the last day is Tuesday 7 April. Back two working days from
    // it: Monday 6 April (Tweede Paasdag) does not count, Friday 3 April (Goede Vrijdag)
    // does, so Thursday 2 April, 17.00 in summer time.
    const target = responseTarget(new Date('2026-03-31T09:30:00Z'), 5, '2026-04-07');
    expect(target.toISOString()).toBe('2026-04-02T15:00:00.000Z');
  });

  it('never lies after the end of the last day to file, whatever the term', () => {
    for (let offset = 0; offset < 60; offset++) {
      const lastDay = new Date(Date.UTC(2026, 10, 24 + offset));
      const iso = lastDay.toISOString().slice(0, 10);
      const target = responseTarget(now, 10, iso);
      // The end of that day in Amsterdam is before 24.00 UTC of the same date.
      expect(target.getTime()).toBeLessThan(Date.UTC(2026, 10, 25 + offset));
      expect(target.getTime()).toBeGreaterThanOrEqual(now.getTime());
    }
  });
});
