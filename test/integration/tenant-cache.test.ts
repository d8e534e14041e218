/**
 * The tenant lookup is keyed by the slug in the URL, which anyone can make up: a flood of
 * unknown slugs against the real table keeps a bounded cache and leaves the real SWVs cached.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import { addTenant, startLocalAws, testTenant, type LocalAws } from '../support/local-aws.ts';

let aws: LocalAws;
beforeAll(async () => {
  aws = await startLocalAws();
  await addTenant(aws, testTenant('po-echt'));
});
afterAll(() => aws.stop());

describe('the tenant cache under a flood of made-up slugs', () => {
  it('keeps the real SWV, and only the last hundred unknown slugs', async () => {
    let reads = 0;
    const counting = {
      send: (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
        reads++;
        return aws.db.send(command);
      },
    } as unknown as DynamoDBDocumentClient;
    const clock = 0;
    const lookup = cachedTenantLookup(counting, aws.tableName, 60_000, () => clock);

    expect(await lookup('po-echt')).toMatchObject({ slug: 'po-echt' });
    for (let i = 0; i < 1_000; i++) expect(await lookup(`verzonnen-${i}`)).toBeUndefined();
    expect(reads).toBe(1_001);

    // The real SWV was not pushed out by the unknown slugs.
    expect(await lookup('po-echt')).toMatchObject({ slug: 'po-echt' });
    expect(reads).toBe(1_001);
    // The last unknown slugs are remembered; the first ones were let go.
    await lookup('verzonnen-999');
    expect(reads).toBe(1_001);
    await lookup('verzonnen-0');
    expect(reads).toBe(1_002);
  });
});
