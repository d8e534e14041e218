import { describe, expect, it } from 'vitest';
import { newMail, outboxAttributes, outboxUpperBound, retryDelayMs } from './outbox.ts';

const policy = { maxAttempts: 10, baseDelayMs: 30_000, maxDelayMs: 3_600_000 };

describe('retryDelayMs', () => {
  it('doubles the ceiling per failed attempt and stays between half and all of it', () => {
    for (const [attempt, ceiling] of [
      [1, 30_000],
      [2, 60_000],
      [5, 480_000],
    ] as const) {
      expect(retryDelayMs(attempt, policy, () => 0)).toBe(ceiling / 2);
      expect(retryDelayMs(attempt, policy, () => 1)).toBe(ceiling);
    }
  });

  it('never waits longer than the maximum', () => {
    expect(retryDelayMs(30, policy, () => 1)).toBe(3_600_000);
  });
});

describe('outboxAttributes', () => {
  it('puts an item with mails under its first due moment', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const later = new Date('2026-11-24T11:00:00Z');
    const attrs = outboxAttributes('P', 'S', {
      b: newMail('t', 'b@example.nl', {}, later),
      a: newMail('t', 'a@example.nl', {}, now),
    });
    expect(attrs.outboxPk).toBe('PENDING');
    expect(attrs.outboxSk).toBe('2026-11-24T10:00:00.000Z#P#S');
    expect(attrs.pendingMails).toEqual(new Set(['a', 'b']));
    expect(String(attrs.outboxSk) < outboxUpperBound(now)).toBe(true);
    expect(String(attrs.outboxSk) < outboxUpperBound(new Date(now.getTime() - 1))).toBe(false);
  });

  it('adds nothing to an item without mails', () => {
    expect(outboxAttributes('P', 'S', {})).toEqual({});
  });
});
