import { describe, expect, it } from 'vitest';
import { publicFigures } from './monitor-read.ts';
import type { ProtectedCounts, ProtectedFigures, Shown } from './monitor-types.ts';
import { parsePeriod } from './periods.ts';

const counts = (id: string, extra: Record<string, unknown> = {}): ProtectedCounts =>
  ({
    period: { ...parsePeriod(id)!, note: 'x' },
    total: { shown: true, value: 12, caseIds: ['c1'] } as Shown,
    byDimension: {
      kind: { question: { shown: true, value: 12 } },
      route: {},
      topic: { opp: { shown: false, reason: 'klein', value: 2 } as unknown as Shown },
      role: {},
      schoolType: {},
      gemeente: {},
      channel: {},
      signalCategory: {},
    },
    meetings: {
      meetings: { shown: true, value: 1 },
      signUps: { shown: false, reason: 'afgeleid' },
      attended: { shown: false, reason: 'klein' },
    },
    ...extra,
  }) as ProtectedCounts;

describe('publicFigures', () => {
  it('keeps exactly the declared fields, and never the number of a hidden count', () => {
    const figures = {
      tenant: 'swv-a',
      threshold: 5,
      current: counts('2026-H1', { withinTargetPercent: 80, texts: ['geheim'] }),
      previous: counts('2025-H2'),
      yearEarlier: counts('2025-H1'),
      trend: [counts('2025-H2'), counts('2026-H1')],
      changes: [{ dimension: 'topic', value: 'opp', from: 6, to: 9, caseId: 'c1' }],
      signalTexts: ['geheim'],
    } as unknown as ProtectedFigures;
    const shown = publicFigures(figures);
    const text = JSON.stringify(shown);
    expect(text).not.toMatch(/geheim|caseIds|"c1"|note/);
    expect(shown.current.byDimension.topic.opp).toEqual({ shown: false, reason: 'klein' });
    expect(shown.current.total).toEqual({ shown: true, value: 12 });
    expect(shown.current.withinTargetPercent).toBe(80);
    expect(shown.previous).not.toHaveProperty('withinTargetPercent');
    expect(shown.changes).toEqual([{ dimension: 'topic', value: 'opp', from: 6, to: 9 }]);
    expect(Object.keys(shown.current.byDimension)).toHaveLength(8);
    expect(shown.current.period).toEqual(parsePeriod('2026-H1'));
  });
});
