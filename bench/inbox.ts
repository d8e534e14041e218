/**
 * The back-office inbox's first page for a steunpunt with 10,000 cases: latency and
 * DynamoDB items read, through the whole API (token check, access, the inbox query),
 * next to the bare minimum measured in the same run: one Query on the same index for
 * the same 25 items.
 */
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createApp } from '../functions/api/app.ts';
import { jwksVerifier } from '../functions/auth/verify.ts';
import { inboxPartition } from '../functions/cases/case-keys.ts';
import { createCase, fingerprintOf } from '../functions/cases/new-case.ts';
import { cachedTenantLookup, putTenant } from '../functions/tenants/tenant-store.ts';
import { demoUser } from '../scripts/local/demo-users.ts';
import { startLocalIdp } from '../scripts/local/local-idp.ts';
import { startLocalAws, testTenant } from '../test/support/local-aws.ts';
import { percentile, ratio, table } from './stats.ts';

const topics = ['ondersteuning', 'thuiszitten', 'opp', 'speciaal-onderwijs', 'anders'];

export async function benchInbox(total = 10_000, runs = 50) {
  const aws = await startLocalAws();
  const idp = await startLocalIdp();
  try {
    const tenants = ['po-haarlemmermeer', 'po-amstelland'].map((slug) => ({
      ...testTenant(slug),
      steunpunt: 'amstel-en-meer',
    }));
    for (const tenant of tenants) await putTenant(aws.db, aws.tableName, tenant);

    // 10,000 cases spread over a year, created the way the API creates them.
    const start = Date.now() - 365 * 86_400_000;
    let next = 0;
    const lane = async () => {
      while (next < total) {
        const n = next++;
        const at = new Date(start + n * ((365 * 86_400_000) / total));
        const fields = {
          kind: 'question' as const,
          referencePrefix: 'V' as const,
          channel: 'formulier' as const,
          role: 'ouder',
          topic: topics[n % topics.length]!,
          schoolType: 'po',
          gemeente: 'Haarlemmermeer',
          contactChannel: 'telefoon',
          personal: { question: `Vraag ${n}`, phone: '0600000000' },
          fingerprint: fingerprintOf({ n }),
        };
        await createCase(
          { db: aws.db, tableName: aws.tableName, clock: () => at },
          tenants[n % 2]!,
          fields,
          randomUUID(),
        );
      }
    };
    await Promise.all(Array.from({ length: 20 }, lane));

    // Count what DynamoDB reads for each request (ScannedCount of every Query).
    let itemsRead = 0;
    aws.db.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const output = result.output as { ScannedCount?: number };
        itemsRead += output.ScannedCount ?? 0;
        return result;
      },
      { step: 'initialize', name: 'countItemsRead' },
    );

    const app = createApp({
      db: aws.db,
      tableName: aws.tableName,
      clock: () => new Date(),
      tenants: cachedTenantLookup(aws.db, aws.tableName),
      verifyToken: jwksVerifier({
        issuer: idp.issuer,
        audience: idp.audience,
        jwksUrl: idp.jwksUrl,
      }),
    });
    const token = await idp.tokenFor(demoUser('sanne-medewerker')!);

    const measure = async (label: string, request: () => Promise<number>) => {
      const times: number[] = [];
      let reads = 0;
      let returned = 0;
      await request(); // warm-up: JWKS fetch, tenant cache
      for (let run = 0; run < runs; run++) {
        itemsRead = 0;
        const t = performance.now();
        returned = await request();
        times.push(performance.now() - t);
        reads += itemsRead;
      }
      times.sort((a, b) => a - b);
      return {
        label,
        p50: percentile(times, 50),
        p99: percentile(times, 99),
        reads: reads / runs,
        returned,
      };
    };

    const baseline = await measure('one Query on the inbox index (baseline)', async () => {
      const { Items } = await aws.db.send(
        new QueryCommand({
          TableName: aws.tableName,
          IndexName: 'inbox',
          KeyConditionExpression: 'inboxPk = :p',
          ExpressionAttributeValues: { ':p': inboxPartition('amstel-en-meer', 'nieuw') },
          ScanIndexForward: false,
          Limit: 25,
        }),
      );
      return Items?.length ?? 0;
    });
    const inbox = (query: string) => async () => {
      const response = await app.request(`/api/backoffice/cases?${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as { items: unknown[] };
      return body.items.length;
    };
    const firstPage = await measure(
      'API inbox, status nieuw, first page',
      inbox('status=nieuw&limit=25'),
    );
    const filtered = await measure(
      'API inbox, nieuw + topic opp + one SWV',
      inbox('status=nieuw&topic=opp&swv=po-haarlemmermeer&limit=25'),
    );

    console.log(
      `\nBack-office inbox, first page of 25, steunpunt with ${total} cases (2 SWVs), ${runs} runs each`,
    );
    table(
      [baseline, firstPage, filtered].map((r) => ({
        request: r.label,
        'p50 ms': r.p50.toFixed(1),
        'p99 ms': r.p99.toFixed(1),
        'items read': r.reads.toFixed(0),
        returned: r.returned,
        'p50 vs baseline': ratio(r.p50, baseline.p50),
      })),
    );
  } finally {
    await idp.close();
    await aws.stop();
  }
}
