import { describe, expect, it } from 'vitest';
import { nameBasedUuid } from './audit.ts';

describe('name-based audit ids', () => {
  it('are UUIDs that repeat for the same inputs only', () => {
    const id = nameBasedUuid('key', 'verwijderd', 'swv-a', 'V-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameBasedUuid('key', 'verwijderd', 'swv-a', 'V-1')).toBe(id);
    expect(nameBasedUuid('key', 'verwijderd', 'swv-a', 'V-2')).not.toBe(id);
  });
});
