/**
 * The beheerder's national monitor (functions/api/national-monitor-routes.ts) with real
 * tokens, real facts and the real month summaries: every SWV summed, protected with the
 * highest threshold any steunpunt chose, naming no SWV; nobody else may read it.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../../functions/api/app.ts';
import { monitorMessages } from '../../functions/api/monitor-routes.ts';
import { settingsKey } from '../../functions/cases/case-keys.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { runPrivacyJobs } from '../../functions/privacy/privacy-jobs.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { validQuestion, type LocalAws } from '../support/local-aws.ts';
import { show } from '../support/monitor-fixtures.ts';
import { startSignedInApp, stopSignedInApp, type RunningIdp } from '../support/signed-in-app.ts';
import {
  demoTokens,
  foreign,
  joosts,
  seedMonitorTenants,
  sibling,
} from '../support/monitor-tenants.ts';

const now = new Date('2026-07-02T08:00:00Z');
const march = new Date('2026-03-10T09:00:00Z');

let aws: LocalAws;
let idp: RunningIdp;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

async function ask(tenant: Tenant, topic: string, times: number) {
  for (let i = 0; i < times; i++) {
    await submitQuestion(
      { db: aws.db, tableName: aws.tableName, clock: () => march },
      tenant,
      questionInput.parse(validQuestion({ topic })),
      randomUUID(),
    );
  }
}

beforeAll(async () => {
  ({ aws, idp, app } = await startSignedInApp({
    seed: async (local) => {
      await seedMonitorTenants(local);
      // One steunpunt hides counts below 7: the national view does too.
      await local.db.send(
        new PutCommand({
          TableName: local.tableName,
          Item: { ...settingsKey(foreign.steunpunt), monitorThreshold: 7 },
        }),
      );
    },
    deps: () => ({ clock: () => now }),
  }));
  await ask(joosts, 'opp', 5);
  await ask(sibling, 'opp', 3);
  await ask(foreign, 'tlv', 7);
  await ask(foreign, 'thuiszitten', 6);
  await runPrivacyJobs({ db: aws.db, tableName: aws.tableName, clock: () => now });
  Object.assign(
    tokens,
    await demoTokens(idp, [
      'ingrid-beheerder',
      'joost-swv-lezer',
      'ruud-coordinator',
      'sanne-medewerker',
    ]),
  );
});
afterAll(() => stopSignedInApp({ aws, idp }));

const get = (user: string | undefined, query = '') =>
  app.request(`/api/backoffice/beheer/monitor${query}`, {
    headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
  });

describe('GET /api/backoffice/beheer/monitor', () => {
  it('gives Ingrid every SWV together, by default the last whole half year', async () => {
    const response = await get('ingrid-beheerder');
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const body = JSON.parse(text);
    expect(body.current.period.id).toBe('2026-H1');
    expect(body).toMatchObject({ tenant: 'landelijk', threshold: 7, swvs: 3, steunpunten: 2 });
    expect(body.current.total).toEqual(show(21));
    expect(body.current.byDimension.topic).toEqual({
      opp: show(8),
      // 6 would show with a threshold of 5; the strictest steunpunt's 7 hides it,
      thuiszitten: { shown: false, reason: 'klein' },
      // and the total minus OPP would give it away: TLV is hidden with it.
      tlv: { shown: false, reason: 'afgeleid' },
    });
    expect(body.signals).toEqual([]);
    // No SWV is named anywhere in the answer.
    for (const tenant of [joosts, sibling, foreign]) expect(text).not.toContain(tenant.slug);
  });

  it('refuses a period that has not ended, with a message at the field', async () => {
    const response = await get('ingrid-beheerder', '?period=2026-H2');
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([
      { field: 'period', message: monitorMessages.notEnded },
    ]);
  });

  it('is the beheerder’s only: an SWV reader, a coördinator and a medewerker are refused', async () => {
    for (const user of ['joost-swv-lezer', 'ruud-coordinator', 'sanne-medewerker']) {
      expect((await get(user)).status, user).toBe(403);
    }
    expect((await get(undefined)).status).toBe(401);
  });
});
