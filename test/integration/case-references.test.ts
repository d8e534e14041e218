/**
 * References are counted per steunpunt: the SWVs of one steunpunt share one inbox, so one
 * reference must name one case there, and no reference handed out before is handed out again.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import { referencesTaken } from '../../functions/cases/reference.ts';
import { counterSortKey, tenantPartition } from '../../functions/core/keys.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import {
  addTenant,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from '../support/local-aws.ts';

let aws: LocalAws;
const now = new Date('2026-11-24T09:30:00Z');
let app: ReturnType<typeof createApp>;

/** Three SWVs of one steunpunt, as a steunpunt that serves a region's PO and VO has. */
const tenantsOf = (steunpunt: string) =>
  ['po', 'vo', 'so'].map((sector) => ({ ...testTenant(`${steunpunt}-${sector}`), steunpunt }));

beforeAll(async () => {
  aws = await startLocalAws();
  app = createApp({
    db: aws.db,
    tableName: aws.tableName,
    clock: () => now,
    tenants: cachedTenantLookup(aws.db, aws.tableName),
  });
});
afterAll(() => aws.stop());

async function ask(tenant: string, key: string = randomUUID()) {
  const response = await app.request(`/api/swv/${tenant}/vragen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(validQuestion()),
  });
  expect(response.status, tenant).toBeLessThan(300);
  return ((await response.json()) as { reference: string }).reference;
}

/** A counter as each SWV kept it before the steunpunt counted for all of them. */
async function oldTenantCounter(slug: string, next: number, year = 2026) {
  await aws.db.send(
    new PutCommand({
      TableName: aws.tableName,
      Item: { pk: tenantPartition(slug), sk: counterSortKey('V', year), next },
    }),
  );
}

const numberOf = (reference: string) => Number(reference.split('-')[2]);

describe('references per steunpunt', () => {
  it('gives simultaneous first questions in three SWVs of one steunpunt distinct references', async () => {
    const tenants = tenantsOf('sp-rush');
    for (const tenant of tenants) await addTenant(aws, tenant);
    const references = await Promise.all(
      Array.from({ length: 30 }, (_, i) => ask(tenants[i % 3]!.slug)),
    );
    expect(new Set(references).size).toBe(30);
    // No number is lost either: the counter starts once and every question takes the next.
    expect(references.map(numberOf).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    expect(references.every((r) => r.startsWith('V-2026-'))).toBe(true);
  });

  it('starts above every reference an SWV of the steunpunt handed out with its own counter', async () => {
    const [po, vo, so] = tenantsOf('sp-old');
    for (const tenant of [po!, vo!, so!]) await addTenant(aws, tenant);
    await oldTenantCounter(po!.slug, 6);
    await oldTenantCounter(vo!.slug, 41);
    await oldTenantCounter(so!.slug, 6);
    await oldTenantCounter(so!.slug, 900, 2025); // another year counts on its own
    const references = await Promise.all([ask(so!.slug), ask(po!.slug), ask(vo!.slug)]);
    expect(references.map(numberOf).sort((a, b) => a - b)).toEqual([42, 43, 44]);
    expect(await ask(po!.slug)).toBe('V-2026-000045');
  });

  it('answers a retry of one question with its one reference; a number a retry took stays unused', async () => {
    const [po, vo] = tenantsOf('sp-retry');
    for (const tenant of [po!, vo!]) await addTenant(aws, tenant);
    const key = randomUUID();
    const first = await ask(po!.slug, key);
    const retries = await Promise.all(Array.from({ length: 5 }, () => ask(po!.slug, key)));
    expect(new Set([first, ...retries])).toEqual(new Set([first]));
    // The idempotency check is the write's condition (new-case.ts): each retry took a
    // number before it found its question. Gaps, never doubles.
    expect(numberOf(await ask(vo!.slug))).toBe(numberOf(first) + 6);
  });

  it('knows which SWVs handed out a reference, from the steunpunt counter or their own', async () => {
    const [po, vo, so] = tenantsOf('sp-taken');
    for (const tenant of [po!, vo!, so!]) await addTenant(aws, tenant);
    await oldTenantCounter(so!.slug, 3);
    await ask(po!.slug);
    expect(await referencesTaken(aws, po!)).toBe(true);
    expect(await referencesTaken(aws, vo!)).toBe(false);
    expect(await referencesTaken(aws, so!)).toBe(true);
  });
});
