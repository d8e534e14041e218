import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './working-days.ts';

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    // Friday 10:00 in Amsterdam + 1 working day = Monday 10:00.
    expect(addWorkingDays(new Date('2026-11-27T09:00:00Z'), 1).toISOString()).toBe(
      '2026-11-30T09:00:00.000Z',
    );
    expect(addWorkingDays(new Date('2026-11-24T09:00:00Z'), 5).toISOString()).toBe(
      '2026-12-01T09:00:00.000Z',
    );
  });

  it('keeps the Amsterdam time of day across the change to winter time', () => {
    // Friday 23 October 2026 12:00 (summer time) + 1 = Monday 26 October 12:00 (winter time).
    expect(addWorkingDays(new Date('2026-10-23T10:00:00Z'), 1).toISOString()).toBe(
      '2026-10-26T11:00:00.000Z',
    );
  });
});
