import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { decodeCursor, encodeCursor } from './cursor.ts';

const schema = z.object({ sk: z.string() });

describe('paging cursors', () => {
  it('give back what was put in', () => {
    const cursor = encodeCursor({ sk: '2026-11-24T10:00:00.000Z#abc' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, schema)).toEqual({ sk: '2026-11-24T10:00:00.000Z#abc' });
  });

  it('refuse anything that is not a cursor of this shape', () => {
    for (const bad of [
      '',
      'a+b/c=',
      'x'.repeat(5000),
      Buffer.from('niet json').toString('base64url'),
      encodeCursor({ sk: 5 }),
      encodeCursor(['sk']),
      encodeCursor(null),
    ]) {
      expect(decodeCursor(bad, schema), bad.slice(0, 20)).toBeUndefined();
    }
  });
});
