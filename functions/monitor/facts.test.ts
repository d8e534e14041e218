import { describe, expect, it } from 'vitest';
import { nameBasedUuid } from '../audit/audit.ts';
import { factOf } from './facts.ts';
import { purgeAttributes } from '../cases/case-retention.ts';

const closedCase = {
  pk: 'SWV#swv-a#Q#case-1',
  sk: 'QUESTION',
  kind: 'question' as const,
  caseId: 'case-1',
  tenant: 'swv-a',
  steunpunt: 'sp',
  reference: 'V-2026-000001',
  createdAt: '2026-01-31T23:30:00.000Z',
  channel: 'telefoon' as const,
  status: 'afgerond' as const,
  dueAt: '2026-02-06T23:30:00.000Z',
  firstResponseAt: '2026-02-07T08:00:00.000Z',
  version: 3,
  role: 'ouder',
  topic: 'thuiszitten',
  schoolType: 'vo',
  gemeente: 'Uithoorn',
  contactChannel: 'telefoon',
  signal: { category: 'wachttijden' as const, text: 'Wachtlijst so', markedAt: 'x' },
  personal: { question: 'Geheime vraag', name: 'Piet Geheim', email: 'piet@example.nl' },
  assigneeName: 'Mieke Medewerker',
  fingerprint: 'abc',
};

describe('the monitor fact', () => {
  it('holds only the anonymous fields, with the month in Amsterdam time', () => {
    expect(factOf(closedCase, '2026-02-07T08:00:00.000Z')).toEqual({
      pk: 'FACT#swv-a',
      sk: '2026-02#case-1',
      tenant: 'swv-a',
      steunpunt: 'sp',
      month: '2026-02',
      kind: 'question',
      channel: 'telefoon',
      topic: 'thuiszitten',
      role: 'ouder',
      schoolType: 'vo',
      gemeente: 'Uithoorn',
      status: 'afgerond',
      signalCategory: 'wachttijden',
      signalText: 'Wachtlijst so',
      firstResponseWithinTarget: false,
      changedAt: '2026-02-07T08:00:00.000Z',
    });
  });

  it('counts every status before afgerond as open, and an unanswered case as unknown', () => {
    const open = factOf(
      { ...closedCase, status: 'wacht-op-reactie', firstResponseAt: undefined, signal: undefined },
      'x',
    );
    expect(open).toMatchObject({
      status: 'open',
      signalCategory: 'none',
      firstResponseWithinTarget: 'unknown',
    });
    expect(open).not.toHaveProperty('signalText');
  });
});

describe('the purge moment', () => {
  it('is the term in calendar months after closing, stored in UTC', () => {
    const { purgePk, purgeSk } = purgeAttributes('SWV#a#Q#1', new Date('2026-03-20T15:00:00Z'), 24);
    expect(purgePk).toBe('PURGE');
    expect(purgeSk).toBe('2028-03-20T15:00:00.000Z#SWV#a#Q#1');
    // Closed in winter time, due in summer time: the same hour on the Amsterdam clock.
    expect(purgeAttributes('p', new Date('2026-01-10T10:00:00Z'), 6).purgeSk).toBe(
      '2026-07-10T09:00:00.000Z#p',
    );
  });
});

describe('name-based audit ids', () => {
  it('are UUIDs that repeat for the same inputs only', () => {
    const id = nameBasedUuid('key', 'verwijderd', 'swv-a', 'V-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameBasedUuid('key', 'verwijderd', 'swv-a', 'V-1')).toBe(id);
    expect(nameBasedUuid('key', 'verwijderd', 'swv-a', 'V-2')).not.toBe(id);
  });
});
