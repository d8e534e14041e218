/**
 * The monitor's route (functions/api/monitor-routes.ts) with real tokens: who reads which
 * SWV, the period it checks, and that nothing identifying ever leaves it. The figures come
 * through the route's one seam (`readMonitor`), here a hand-made reader
 * (test/support/monitor-fixtures.ts), so this proves the route whatever the store holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../../functions/api/app.ts';
import { monitorMessages } from '../../functions/api/monitor-routes.ts';
import type { ReadMonitor } from '../../functions/monitor/monitor-read.ts';
import type { ProtectedFigures, Shown } from '../../functions/monitor/monitor-types.ts';
import { putTenant } from '../../functions/tenants/tenant-store.ts';
import { demoUser } from '../../scripts/local/demo-users.ts';
import { type LocalAws } from '../support/local-aws.ts';
import { fixtureReader, protectedFigures } from '../support/monitor-fixtures.ts';
import { startSignedInApp, stopSignedInApp, type RunningIdp } from '../support/signed-in-app.ts';
import {
  caseSecret,
  demoTokens,
  foreign,
  joosts,
  seedMonitorTenants,
  sibling,
  storeCaseSecret,
} from '../support/monitor-tenants.ts';

const now = new Date('2026-11-24T10:00:00Z');

const secret = caseSecret;

/**
 * A reader that carries too much, as a mistaken store or protection could: the case's
 * identifiers and texts in fields of its own, and the value of a hidden count. The route
 * must pass on only what ProtectedFigures declares.
 */
const leakyReader: ReadMonitor = async (request) => {
  const figures = protectedFigures(request.tenant.slug, request.period, request.trendLength);
  const leak = { ...secret, facts: [{ caseId: secret.caseId, signalText: secret.signalText }] };
  const hiddenWithValue = { shown: false, reason: 'klein', value: 3 } as unknown as Shown;
  return {
    ...figures,
    ...leak,
    current: {
      ...figures.current,
      ...leak,
      total: { ...figures.current.total, reference: secret.reference } as unknown as Shown,
      byDimension: {
        ...figures.current.byDimension,
        topic: { ...figures.current.byDimension.topic, opp: hiddenWithValue },
      },
    },
    changes: figures.changes.map((change) => ({ ...change, text: secret.question })),
  };
};

let aws: LocalAws;
let idp: RunningIdp;
let app: ReturnType<typeof createApp>;
const reader = fixtureReader(leakyReader);
const tokens: Record<string, string> = {};

beforeAll(async () => {
  ({ aws, idp, app } = await startSignedInApp({
    seed: seedMonitorTenants,
    deps: () => ({ clock: () => now, readMonitor: reader }),
  }));
  await storeCaseSecret(aws, now);
  Object.assign(
    tokens,
    await demoTokens(idp, [
      'joost-swv-lezer',
      'ruud-coordinator',
      'sanne-medewerker',
      'fatima-medewerker',
      'ingrid-beheerder',
    ]),
  );
});
afterAll(() => stopSignedInApp({ aws, idp }));

const get = (user: string | undefined, path: string) =>
  app.request(`/api/backoffice/monitor/${path}`, {
    headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
  });

describe('GET /api/backoffice/monitor/:swv', () => {
  it('gives Joost his own SWV, by default the last whole half year, with the choices', async () => {
    reader.asked.length = 0;
    const response = await get('joost-swv-lezer', joosts.slug);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.current.period).toMatchObject({ id: '2026-H1', label: '1e halfjaar 2026' });
    expect(body.previous.period.id).toBe('2025-H2');
    expect(body.yearEarlier.period.id).toBe('2025-H1');
    expect(body.periods.previous).toEqual({ id: '2025-H2', label: '2e halfjaar 2025' });
    // 2026-H2 is still going on: not offered, not even as the next one.
    expect(body.periods.next).toBeUndefined();
    const halves = body.periods.kinds.find((k: { kind: string }) => k.kind === 'halfjaar');
    expect(halves.periods.slice(0, 2).map((p: { id: string }) => p.id)).toEqual([
      '2026-H1',
      '2025-H2',
    ]);
    expect(body.periods.breakdownsIn).toEqual([]);
    expect(reader.asked).toEqual([
      expect.objectContaining({
        tenant: expect.objectContaining({ slug: joosts.slug }),
        period: expect.objectContaining({ id: '2026-H1' }),
        trendLength: 6,
      }),
    ]);
  });

  it('reads the period asked for, of any kind, and offers no next period that has not ended', async () => {
    for (const [id, trendLength, breakdownsIn] of [
      ['2026-10', 12, []],
      ['2026-05', 12, ['2026-H1']],
      ['2026-K2', 8, ['2026-H1']],
      ['2025-2026', 4, ['2025-H2', '2026-H1']],
    ] as const) {
      reader.asked.length = 0;
      const response = await get('joost-swv-lezer', `${joosts.slug}?period=${id}`);
      expect(response.status, id).toBe(200);
      const body = await response.json();
      expect(body.current.period.id).toBe(id);
      expect(reader.asked[0]?.trendLength).toBe(trendLength);
      if (id === '2026-10') expect(body.periods.next).toBeUndefined();
      // Broken down by half year only: the page points to the ended half years it overlaps.
      expect(
        body.periods.breakdownsIn.map((p: { id: string }) => p.id),
        id,
      ).toEqual(breakdownsIn);
    }
  });

  it('keeps every other SWV from Joost as not found, existing or not', async () => {
    for (const slug of [sibling.slug, foreign.slug, 'bestaat-niet', 'X']) {
      const response = await get('joost-swv-lezer', slug);
      expect(response.status, slug).toBe(404);
      expect(await response.json()).toEqual({ message: 'Deze monitor bestaat niet.' });
    }
  });

  it('lets a coördinator read every SWV of the steunpunt, and no other', async () => {
    for (const slug of [joosts.slug, sibling.slug]) {
      expect((await get('ruud-coordinator', slug)).status, slug).toBe(200);
    }
    expect((await get('ruud-coordinator', foreign.slug)).status).toBe(404);
  });

  it('refuses medewerkers, the beheerder and anyone not signed in, before reading the period', async () => {
    for (const user of ['sanne-medewerker', 'fatima-medewerker', 'ingrid-beheerder']) {
      for (const path of [joosts.slug, `${foreign.slug}?period=nonsense`]) {
        const response = await get(user, path);
        expect(response.status, `${user} ${path}`).toBe(403);
        expect(await response.json()).toEqual({ message: 'Je hebt geen toegang tot de monitor.' });
      }
    }
    expect((await get(undefined, joosts.slug)).status).toBe(401);
  });

  it('refuses a period that does not exist or has not ended, with a message at the field', async () => {
    for (const [id, message] of [
      ['2026-H3', monitorMessages.badPeriod],
      ['2026-13', monitorMessages.badPeriod],
      ['halfjaar', monitorMessages.badPeriod],
      ['2027-K1', monitorMessages.notEnded],
      ['2027-2028', monitorMessages.notEnded],
      // Going on: its counts change by the day, and two days apart would show one contact.
      ['2026-11', monitorMessages.notEnded],
      ['2026-K4', monitorMessages.notEnded],
      ['2026-H2', monitorMessages.notEnded],
      ['2026-2027', monitorMessages.notEnded],
    ] as const) {
      const response = await get('joost-swv-lezer', `${joosts.slug}?period=${id}`);
      expect(response.status, id).toBe(400);
      expect((await response.json()).errors, id).toEqual([{ field: 'period', message }]);
    }
    expect((await get('joost-swv-lezer', `${joosts.slug}?period=2026-10`)).status).toBe(200);
  });

  it('never answers a case id, a reference, a name, a text or a hidden count', async () => {
    for (const [user, slug] of [
      ['joost-swv-lezer', joosts.slug],
      ['ruud-coordinator', joosts.slug],
      ['ruud-coordinator', `${sibling.slug}?period=2026-05`],
    ] as const) {
      const text = await (await get(user, slug)).text();
      for (const value of Object.values(secret))
        expect(text, `${user} ${slug}`).not.toContain(value);
      expect(text).not.toMatch(/[VK]-\d{4}-\d{6}/);
      expect(text).not.toMatch(/"facts"|"signalText"|"caseId"|"reference"/);
      // A hidden cell says why it is hidden, never its number.
      const hidden = [...text.matchAll(/\{"shown":false[^}]*\}/g)].map((match) => match[0]);
      expect(hidden.length).toBeGreaterThan(0);
      for (const cell of hidden)
        expect(cell).toMatch(/^\{"shown":false,"reason":"(klein|afgeleid)"\}$/);
    }
  });
});

describe('the monitor as the portal runs it', () => {
  it('reads the month summaries when no reader is handed in: an SWV without any answers zeros', async () => {
    const plain = await startSignedInApp({
      seed: async (local) => {
        await putTenant(local.db, local.tableName, joosts);
      },
    });
    try {
      const token = await plain.idp.tokenFor(demoUser('joost-swv-lezer')!);
      const response = await plain.app.request(
        `/api/backoffice/monitor/${joosts.slug}?period=2026-H1`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as ProtectedFigures;
      expect(body.threshold).toBe(5);
      expect(body.current.period.id).toBe('2026-H1');
      expect(body.current.total).toEqual({ shown: true, value: 0 });
      expect(body.signals).toEqual([]);
    } finally {
      await stopSignedInApp(plain);
    }
  });
});
