import { describe, expect, it } from 'vitest';
import { amsterdamYear, formatAmsterdam } from './amsterdam-time.ts';

describe('Amsterdam time', () => {
  it('puts the new year at midnight in Amsterdam, not in UTC', () => {
    expect(amsterdamYear(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
    expect(amsterdamYear(new Date('2026-12-31T23:00:00Z'))).toBe(2027);
  });

  it('writes dates the Dutch way, in summer and winter time', () => {
    expect(formatAmsterdam(new Date('2026-07-01T08:05:00Z'))).toBe('1 juli 2026 om 10:05');
    expect(formatAmsterdam(new Date('2026-11-24T08:05:00Z'))).toBe('24 november 2026 om 09:05');
  });
});
