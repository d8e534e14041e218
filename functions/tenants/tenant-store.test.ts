import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { cachedTenantLookup } from './tenant-store.ts';

describe('cachedTenantLookup', () => {
  it('reads a slug that does not exist once per 10 seconds', async () => {
    let reads = 0;
    const db = {
      send: async () => {
        reads++;
        return { Item: undefined };
      },
    } as unknown as DynamoDBDocumentClient;
    let clock = 0;
    const lookup = cachedTenantLookup(db, 'table', 60_000, () => clock);
    expect(await lookup('x')).toBeUndefined();
    expect(await lookup('x')).toBeUndefined();
    expect(reads).toBe(1);
    clock = 10_001;
    await lookup('x');
    expect(reads).toBe(2);
  });
});
