import { describe, expect, it } from 'vitest';
import { deadlineKeys, inboxPartition } from './case-keys.ts';
import { statusChanges } from './case-status.ts';

const complaint = {
  pk: 'SWV#swv-a#Q#k1',
  steunpunt: 'sp-1',
  status: 'nieuw' as const,
  filingDeadline: '2026-12-01',
  createdAt: '2026-11-20T08:00:00.000Z',
  reference: 'K-2026-000001',
};
const now = new Date('2026-11-24T09:30:00Z');

describe('the deadline index keys', () => {
  it('puts a case with a filing deadline in its status partition, by last day, arrival and reference', () => {
    expect(deadlineKeys(complaint, 'nieuw')).toEqual({
      deadlinePk: inboxPartition('sp-1', 'nieuw'),
      deadlineSk: '2026-12-01#2026-11-20T08:00:00.000Z#K-2026-000001',
    });
  });

  it('gives a case without a filing deadline no keys (the index is sparse)', () => {
    const { filingDeadline: _, ...question } = complaint;
    expect(deadlineKeys(question, 'nieuw')).toEqual({});
  });

  it('moves the key with every status change, in the same attributes as the inbox key', () => {
    for (const to of ['in-behandeling', 'wacht-op-reactie', 'afgerond', 'nieuw'] as const) {
      const { set } = statusChanges(complaint, to, now, 12);
      expect(set.deadlinePk).toBe(inboxPartition('sp-1', to));
      expect(set.deadlinePk).toBe(set.inboxPk);
      // The sort key comes along, so a case stored before the index gets its place too.
      expect(set.deadlineSk).toBe('2026-12-01#2026-11-20T08:00:00.000Z#K-2026-000001');
    }
  });

  it('sets no deadline key on a status change of a case without a deadline', () => {
    const { filingDeadline: _, ...question } = complaint;
    const { set } = statusChanges(question, 'afgerond', now, 12);
    expect(set).not.toHaveProperty('deadlinePk');
    expect(set).not.toHaveProperty('deadlineSk');
  });
});
