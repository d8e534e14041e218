import { describe, expect, it } from 'vitest';
import { countsOver, monthRange, periodsFor } from './figures.ts';
import type { MonitorFact } from './facts.ts';
import { summarise } from './month-summary.ts';
import { parsePeriod } from './periods.ts';

const fact = (overrides: Partial<MonitorFact>): MonitorFact => ({
  pk: 'FACT#swv-a',
  sk: '2026-03#c',
  tenant: 'swv-a',
  steunpunt: 'sp',
  month: '2026-03',
  kind: 'question',
  channel: 'formulier',
  topic: 'opp',
  role: 'ouder',
  schoolType: 'po',
  gemeente: 'Uithoorn',
  status: 'open',
  signalCategory: 'none',
  firstResponseWithinTarget: 'unknown',
  changedAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

const target = { tenant: 'swv-a', month: '2026-03' };
const at = new Date('2026-04-01T00:00:00Z');

describe('a month summary', () => {
  const summary = summarise(
    target,
    [
      fact({ firstResponseWithinTarget: true }),
      fact({ topic: 'thuiszitten', firstResponseWithinTarget: false, changedAt: '2026-03-09' }),
      fact({
        kind: 'complaint',
        route: 'gpo',
        topic: 'klacht-geschil',
        signalCategory: 'wachttijden',
      }),
    ],
    [
      {
        tenants: ['swv-a'],
        month: '2026-03',
        audience: 'ouders',
        cancelledMeeting: false,
        signedUpPersons: 7,
        confirmedPersons: 6,
        attendedPersons: 5,
        cancelledPersons: 1,
        waitingAtStart: 0,
      },
      {
        tenants: ['swv-a'],
        month: '2026-03',
        audience: 'ouders',
        cancelledMeeting: true,
        signedUpPersons: 3,
        confirmedPersons: 3,
        attendedPersons: 0,
        cancelledPersons: 0,
        waitingAtStart: 0,
      },
    ],
    at,
  );

  it('counts every fact once in each dimension, so each dimension adds up to the total', () => {
    expect(summary.total).toBe(3);
    expect(summary.byDimension.topic).toEqual({ opp: 1, thuiszitten: 1, 'klacht-geschil': 1 });
    expect(summary.byDimension.signalCategory).toEqual({ none: 2, wachttijden: 1 });
    for (const name of ['kind', 'topic', 'role', 'schoolType', 'gemeente', 'channel'] as const) {
      const sum = Object.values(summary.byDimension[name]).reduce((a, b) => a + b, 0);
      expect(sum, name).toBe(3);
    }
  });

  it('counts a route only for the complaint that has one', () => {
    expect(summary.byDimension.route).toEqual({ gpo: 1 });
  });

  it('counts first answers only where known, meetings only where held, and knows its newest fact', () => {
    expect(summary.firstAnswer).toEqual({ within: 1, known: 2 });
    expect(summary.meetings).toEqual({ meetings: 1, signUps: 7, attended: 5 });
    expect(summary.asOf).toBe('2026-03-09');
  });
});

describe('summing summaries over periods', () => {
  it('reads one range from the oldest to the newest month any period needs', () => {
    const periods = periodsFor(parsePeriod('2026-H1')!, 4);
    expect(periods.trend.map((p) => p.id)).toEqual(['2024-H2', '2025-H1', '2025-H2', '2026-H1']);
    expect(
      monthRange([periods.current, periods.previous, periods.yearEarlier, ...periods.trend]),
    ).toEqual({ first: '2024-07', last: '2026-06' });
    expect(monthRange([parsePeriod('2025-2026')!])).toEqual({ first: '2025-08', last: '2026-07' });
  });

  it('adds the months of a period, across tenants, and counts a missing month as zero', () => {
    const march = summarise(target, [fact({}), fact({ topic: 'thuiszitten' })], [], at);
    const may = summarise(
      { tenant: 'swv-a', month: '2026-05' },
      [fact({ firstResponseWithinTarget: true })],
      [],
      at,
    );
    const otherTenant = summarise({ tenant: 'swv-b', month: '2026-05' }, [fact({})], [], at);
    const outside = summarise({ tenant: 'swv-a', month: '2026-07' }, [fact({})], [], at);
    const byMonth = new Map([
      ['2026-03', [march]],
      ['2026-05', [may, otherTenant]],
      ['2026-07', [outside]],
    ]);
    const counts = countsOver(parsePeriod('2026-H1')!, byMonth);
    expect(counts.total).toBe(4);
    expect(counts.byDimension.topic).toEqual({ opp: 3, thuiszitten: 1 });
    expect(counts.firstAnswer).toEqual({ within: 1, known: 1 });
    expect(countsOver(parsePeriod('2025-H1')!, byMonth)).toMatchObject({
      total: 0,
      byDimension: { topic: {} },
      meetings: { meetings: 0, signUps: 0, attended: 0 },
    });
  });
});
