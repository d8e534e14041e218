import { describe, expect, it } from 'vitest';
import { purgeAttributes } from './case-retention.ts';

describe('the purge moment', () => {
  it('is the term in calendar months after closing, stored in UTC', () => {
    const { purgePk, purgeSk } = purgeAttributes('SWV#a#Q#1', new Date('2026-03-20T15:00:00Z'), 24);
    expect(purgePk).toBe('PURGE');
    expect(purgeSk).toBe('2028-03-20T15:00:00.000Z#SWV#a#Q#1');
    // Closed in winter time, due in summer time: the same hour on the Amsterdam clock.
    expect(purgeAttributes('p', new Date('2026-01-10T10:00:00Z'), 6).purgeSk).toBe(
      '2026-07-10T09:00:00.000Z#p',
    );
  });
});
