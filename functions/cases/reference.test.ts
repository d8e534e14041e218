import { describe, expect, it } from 'vitest';
import { formatReference, referencePattern } from './reference.ts';

describe('formatReference', () => {
  it('pads the number to six digits and grows beyond a million', () => {
    expect(formatReference(2026, 123)).toBe('V-2026-000123');
    expect(formatReference(2027, 1_234_567)).toBe('V-2027-1234567');
    expect(formatReference(2026, 1)).toMatch(referencePattern);
  });
});
