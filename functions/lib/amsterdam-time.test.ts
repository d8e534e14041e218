import { describe, expect, it } from 'vitest';
import { amsterdamYear } from './amsterdam-time.ts';

describe('Amsterdam time', () => {
  it('puts the new year at midnight in Amsterdam, not in UTC', () => {
    expect(amsterdamYear(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
    expect(amsterdamYear(new Date('2026-12-31T23:00:00Z'))).toBe(2027);
  });
});
