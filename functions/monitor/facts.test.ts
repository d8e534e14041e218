import { describe, expect, it } from 'vitest';
import { factOf } from './facts.ts';

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
  });

  it('never carries a signal text: only an approved text reaches the SWV', () => {
    expect(factOf(closedCase, 'x')).not.toHaveProperty('signalText');
    expect(JSON.stringify(factOf(closedCase, 'x'))).not.toContain('Wachtlijst so');
  });
});
