/**
 * The four-eyes review of signal texts, through the routes: a tagged text waits for a
 * coördinator of the steunpunt; only what they approve reaches what the SWV reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { caseKey } from '../../functions/cases/case-keys.ts';
import { factsOf, syncFacts } from '../../functions/monitor/facts.ts';
import type { ProtectedFigures } from '../../functions/monitor/monitor-types.ts';
import { parsePeriod } from '../../functions/monitor/periods.ts';
import { approvedSignals } from '../../functions/monitor/signal-records.ts';
import { eraseCase } from '../../functions/privacy/erasure.ts';
import { startHarness, type Harness, type User } from '../support/api-harness.ts';
import { itemsUnder } from '../support/table-reads.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

interface Proposal {
  proposalId: string;
  category: string;
  text: string;
  month: string;
}

/** A question in swv-a, tagged by Anna with this text; answers its case id. */
async function tagged(text: string, category = 'wachttijden', tenant = 'swv-a') {
  const { caseId } = await h.ask(tenant === 'swv-a' ? h.tenants.a : h.tenants.x);
  const user: User = tenant === 'swv-a' ? 'anna' : 'xander';
  const response = await h.call(user, 'POST', `/backoffice/cases/${tenant}/${caseId}/signal`, {
    hasSignal: true,
    category,
    text,
  });
  expect(response.status).toBe(200);
  return caseId;
}

async function pending(user: User = 'cora', tenant = 'swv-a') {
  const response = await h.call(user, 'GET', `/backoffice/signalen/${tenant}`);
  expect(response.status).toBe(200);
  return (await response.json()) as {
    pending: Proposal[];
    approved: { signalId: string; month: string; category: string; text: string }[];
  };
}

const proposalWith = async (text: string) =>
  (await pending()).pending.find((p) => p.text === text)!;

const approve = (proposalId: string, body: object, key = randomUUID(), user: User = 'cora') =>
  h.call(user, 'POST', `/backoffice/signalen/swv-a/${proposalId}/goedkeuren`, body, key);
const reject = (proposalId: string, key = randomUUID(), user: User = 'cora') =>
  h.call(user, 'POST', `/backoffice/signalen/swv-a/${proposalId}/afwijzen`, {}, key);

const period = parsePeriod('2026-11')!;
const approvedNow = () => approvedSignals(h.deps, 'swv-a', period);

describe('signal review', () => {
  it('puts a tagged text up for review in the tag’s own write, showing nothing of the case', async () => {
    const caseId = await tagged('Lange wachttijd voor een TLV in het so');
    const item = await h.item('swv-a', caseId);
    expect(item).toMatchObject({
      reviewPk: 'SIGNALREVIEW#swv-a#PENDING',
      signal: { review: { state: 'pending' } },
    });
    const { pending: list } = await pending();
    const proposal = list.find((p) => p.text === 'Lange wachttijd voor een TLV in het so');
    expect(proposal).toEqual({
      proposalId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      category: 'wachttijden',
      text: 'Lange wachttijd voor een TLV in het so',
      month: '2026-11',
    });
    const answer = JSON.stringify(list);
    expect(answer).not.toContain(caseId);
    expect(answer).not.toContain(String(item.reference));
    expect(proposal!.proposalId).not.toBe(caseId);
  });

  it('lets only a coördinator of the steunpunt review', async () => {
    await tagged('Scholen verwijzen te snel naar het so');
    const { proposalId } = await proposalWith('Scholen verwijzen te snel naar het so');
    for (const user of ['anna', 'lezer', 'beheerder'] as const) {
      expect((await h.call(user, 'GET', '/backoffice/signalen/swv-a')).status).toBe(403);
      expect((await approve(proposalId, { text: 'x' }, randomUUID(), user)).status).toBe(403);
      expect((await reject(proposalId, randomUUID(), user)).status).toBe(403);
    }
    // A coördinator of another steunpunt: the SWV does not exist for him.
    expect((await h.call('xander', 'GET', '/backoffice/signalen/swv-a')).status).toBe(404);
    expect((await approve(proposalId, { text: 'x' }, randomUUID(), 'xander')).status).toBe(404);
    // Nor does the proposal under his own SWV.
    const foreign = await h.call(
      'xander',
      'POST',
      `/backoffice/signalen/swv-x/${proposalId}/afwijzen`,
      {},
    );
    expect(foreign.status).toBe(404);
    expect((await proposalWith('Scholen verwijzen te snel naar het so')).proposalId).toBe(
      proposalId,
    );
  });

  it('approves an edited text once, however often it is sent', async () => {
    const caseId = await tagged('Wachtlijst bij de jeugdhulp, juf zegt drie maanden');
    const { proposalId } = await proposalWith('Wachtlijst bij de jeugdhulp, juf zegt drie maanden');
    const key = randomUUID();
    const body = { text: 'Lange wachtlijst bij de jeugdhulp' };
    const first = await approve(proposalId, body, key);
    expect(first.status).toBe(200);
    const { signalId } = (await first.json()) as { signalId: string };
    // The same request again, another click, and another tab: one approved signal.
    expect(await (await approve(proposalId, body, key)).json()).toEqual({
      decision: 'approved',
      signalId,
    });
    expect((await approve(proposalId, body)).status).toBe(200);
    expect(await (await approve(proposalId, body)).json()).toEqual({
      decision: 'approved',
      signalId,
    });

    const records = await itemsUnder(h.aws, 'SIGNAL#swv-a');
    const mine = records.filter((r) => r.signalId === signalId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      text: 'Lange wachtlijst bij de jeugdhulp',
      category: 'wachttijden',
      month: '2026-11',
      approvedBy: 'u-cora',
    });
    expect(JSON.stringify([...(mine[0]!.proposals as Set<string>)])).not.toContain(caseId);
    expect((await pending()).pending.map((p) => p.proposalId)).not.toContain(proposalId);
    // Rejecting what was approved is refused.
    expect((await reject(proposalId)).status).toBe(409);

    const groups = await approvedNow();
    const group = groups.find((g) => g.category === 'wachttijden')!;
    expect(group.signals).toContainEqual({
      signalId,
      month: '2026-11',
      text: 'Lange wachtlijst bij de jeugdhulp',
      cases: 1,
    });
    // The audit log names the SWV, never the case.
    const audit = (await itemsUnder(h.aws, 'SP#steunpunt-test#AUDIT#2026-11')).filter(
      (e) => e.action === 'signal-review',
    );
    expect(audit.length).toBeGreaterThan(0);
    expect(audit[0]).toMatchObject({ tenant: 'swv-a', reference: '' });
  });

  it('makes one approved signal of two approvals at the same moment (two tabs)', async () => {
    await tagged('Ouders wachten lang op een gesprek met het SWV', 'toegang-speciaal-onderwijs');
    const { proposalId } = await proposalWith('Ouders wachten lang op een gesprek met het SWV');
    const body = { text: 'Ouders wachten lang op een gesprek met het SWV' };
    const answers = await Promise.all([approve(proposalId, body), approve(proposalId, body)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const group = (await approvedNow()).find((g) => g.category === 'toegang-speciaal-onderwijs')!;
    expect(group.signals).toHaveLength(1);
    expect(group.signals[0]!.cases).toBe(1);
  });

  it('adds a proposal to an approved signal of the same month and category: one text, two cases', async () => {
    await tagged('Geen plek op het so voor een kind met autisme', 'thuiszitten');
    await tagged('Kind zit thuis, wacht op plek so', 'thuiszitten');
    const first = await proposalWith('Geen plek op het so voor een kind met autisme');
    const second = await proposalWith('Kind zit thuis, wacht op plek so');
    const made = await approve(first.proposalId, {
      text: 'Kinderen wachten thuis op een plek in het so',
    });
    const { signalId } = (await made.json()) as { signalId: string };
    expect((await pending()).approved.map((a) => a.signalId)).toContain(signalId);

    // Not to a signal of another category.
    await tagged('Informatie over de TLV is moeilijk te vinden', 'informatie');
    const other = await proposalWith('Informatie over de TLV is moeilijk te vinden');
    const wrong = await approve(other.proposalId, { signalId });
    expect(wrong.status).toBe(400);

    const key = randomUUID();
    expect((await approve(second.proposalId, { signalId }, key)).status).toBe(200);
    expect((await approve(second.proposalId, { signalId }, key)).status).toBe(200);
    const group = (await approvedNow()).find((g) => g.category === 'thuiszitten')!;
    expect(group.signals).toEqual([
      {
        signalId,
        month: '2026-11',
        text: 'Kinderen wachten thuis op een plek in het so',
        cases: 2,
      },
    ]);
  });

  it('hands the SWV’s reader the approved text in the monitor, its count protected, never a pending one', async () => {
    await tagged('Ouders wachten lang op een plek in het sbo');
    const { proposalId } = await proposalWith('Ouders wachten lang op een plek in het sbo');
    expect(
      (await approve(proposalId, { text: 'Ouders wachten lang op een plek in het sbo' })).status,
    ).toBe(200);
    await tagged('Nog niet bekeken: de school van Sem belt niet terug');

    // The monitor shows a month once it is over.
    const before = h.now();
    h.setNow(new Date('2026-12-02T09:00:00Z'));
    const response = await h
      .call('lezer', 'GET', `/backoffice/monitor/swv-a?period=${period.id}`)
      .finally(() => h.setNow(before));
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(text).not.toContain('Nog niet bekeken');
    const body = JSON.parse(text) as ProtectedFigures;
    const texts = (body.signals ?? []).flatMap((group) => group.texts);
    const mine = texts.find((t) => t.text === 'Ouders wachten lang op een plek in het sbo');
    // One case behind it: too few to show as a number.
    expect(mine).toEqual({
      text: 'Ouders wachten lang op een plek in het sbo',
      month: period.id,
      cases: { shown: false, reason: 'klein' },
    });
  });

  it('rejects a text: the SWV never reads it, and a retry changes nothing', async () => {
    const caseId = await tagged(
      'Te weinig ondersteuning op school voor dyslexie',
      'ondersteuning-school',
    );
    const { proposalId } = await proposalWith('Te weinig ondersteuning op school voor dyslexie');
    const key = randomUUID();
    expect(await (await reject(proposalId, key)).json()).toEqual({ decision: 'rejected' });
    expect((await reject(proposalId, key)).status).toBe(200);
    expect((await approve(proposalId, { text: 'Toch goed' })).status).toBe(409);
    expect(JSON.stringify(await approvedNow())).not.toContain('dyslexie');
    expect(await h.item('swv-a', caseId)).toMatchObject({
      reviewPk: 'SIGNALREVIEW#swv-a#DECIDED',
      signal: { review: { state: 'rejected', by: 'u-cora' } },
    });
  });

  it('warns about personal data and approves it only when confirmed', async () => {
    await tagged('Mevrouw Jansen van basisschool De Regenboog belde op 3 maart 2026');
    const { proposalId } = await proposalWith(
      'Mevrouw Jansen van basisschool De Regenboog belde op 3 maart 2026',
    );
    const text = 'Bel 06-12345678 voor meer informatie';
    const warned = await approve(proposalId, { text });
    expect(warned.status).toBe(400);
    const body = (await warned.json()) as {
      errors: { field: string; message: string }[];
      findings: { kind: string; snippet: string }[];
    };
    expect(body.errors[0]!.field).toBe('confirmed');
    expect(body.errors[0]!.message).toContain('06-12345678');
    expect(body.findings).toEqual([
      expect.objectContaining({ kind: 'phone', snippet: '06-12345678' }),
    ]);
    expect(JSON.stringify(await approvedNow())).not.toContain('06-12345678');
    expect((await approve(proposalId, { text, confirmed: true })).status).toBe(200);
  });

  it('never hands the SWV a text that was not approved', async () => {
    const caseId = await tagged('Ongeziene tekst over de wachtlijst');
    h.setNow(new Date(h.now().getTime() + 60_000));
    await syncFacts(h.deps);
    const facts = await factsOf(h.deps, 'swv-a', '2026-11');
    expect(facts.find((f) => f.sk.endsWith(caseId))).toMatchObject({
      signalCategory: 'wachttijden',
    });
    expect(JSON.stringify(facts)).not.toContain('Ongeziene tekst');
    expect(JSON.stringify(await approvedNow())).not.toContain('Ongeziene tekst');
  });

  it('a new text after approval is a new proposal for the same case, counted once', async () => {
    const caseId = await tagged('Ouders weten niet waar ze terechtkunnen', 'informatie');
    const first = await proposalWith('Ouders weten niet waar ze terechtkunnen');
    const made = await approve(first.proposalId, {
      text: 'Ouders weten niet waar ze terechtkunnen',
    });
    const { signalId } = (await made.json()) as { signalId: string };
    const retag = await h.call('anna', 'POST', `/backoffice/cases/swv-a/${caseId}/signal`, {
      hasSignal: true,
      category: 'informatie',
      text: 'Ouders vinden de informatie van het SWV niet',
    });
    expect(retag.status).toBe(200);
    const again = await proposalWith('Ouders vinden de informatie van het SWV niet');
    expect(again.proposalId).toBe(first.proposalId);
    expect((await approve(again.proposalId, { signalId })).status).toBe(200);
    const signal = (await approvedNow())
      .flatMap((g) => g.signals)
      .find((s) => s.signalId === signalId);
    expect(signal?.cases).toBe(1);
  });

  it('moves a proposal whose category changed after approval: it counts behind one signal only', async () => {
    const caseId = await tagged('Scholen weten niet wat het SWV biedt', 'informatie');
    const first = await proposalWith('Scholen weten niet wat het SWV biedt');
    const made = await approve(first.proposalId, { text: 'Scholen weten niet wat het SWV biedt' });
    const { signalId: before } = (await made.json()) as { signalId: string };
    const retag = await h.call('anna', 'POST', `/backoffice/cases/swv-a/${caseId}/signal`, {
      hasSignal: true,
      category: 'onderwijs-zorg',
      text: 'School en jeugdhulp stemmen niet af',
    });
    expect(retag.status).toBe(200);
    const again = await proposalWith('School en jeugdhulp stemmen niet af');
    const moved = await approve(again.proposalId, { text: 'School en jeugdhulp stemmen niet af' });
    const { signalId: after } = (await moved.json()) as { signalId: string };
    expect(after).not.toBe(before);
    const signals = (await approvedNow()).flatMap((g) => g.signals);
    // The first signal had only this case behind it: with none left, the SWV does not see it.
    expect(signals.map((s) => s.signalId)).not.toContain(before);
    expect(signals.find((s) => s.signalId === after)?.cases).toBe(1);
  });

  it('reviews the signal of a complaint about the steunpunt like any, and never leads back to it', async () => {
    const { caseId, reference } = await h.ask(h.tenants.a);
    await h.aws.db.send(
      new UpdateCommand({
        TableName: h.aws.tableName,
        Key: caseKey('swv-a', caseId),
        UpdateExpression: 'SET restrictedTo = :r',
        ExpressionAttributeValues: { ':r': 'ROLE#coordinator' },
      }),
    );
    // Only the coördinatoren open it, so one of them tags it.
    const tag = await h.call('cora', 'POST', `/backoffice/cases/swv-a/${caseId}/signal`, {
      hasSignal: true,
      category: 'communicatie-school',
      text: 'Ouders voelen zich niet gehoord bij een klacht',
    });
    expect(tag.status).toBe(200);
    const list = await h.call('cora', 'GET', '/backoffice/signalen/swv-a');
    const text = await list.text();
    expect(text).toContain('Ouders voelen zich niet gehoord bij een klacht');
    expect(text).not.toContain(caseId);
    expect(text).not.toContain(reference);
    const { proposalId } = await proposalWith('Ouders voelen zich niet gehoord bij een klacht');
    const approved = await approve(proposalId, {
      text: 'Ouders voelen zich niet gehoord bij een klacht',
    });
    expect(approved.status).toBe(200);
    const answer = await approved.text();
    expect(answer).not.toContain(caseId);
    expect(answer).not.toContain(reference);
  });

  it('keeps an approved signal and its count when the person is erased', async () => {
    const caseId = await tagged(
      'Veel vragen over het ontwikkelingsperspectief',
      'communicatie-school',
    );
    const { proposalId } = await proposalWith('Veel vragen over het ontwikkelingsperspectief');
    const made = await approve(proposalId, {
      text: 'Veel vragen over het ontwikkelingsperspectief',
    });
    const { signalId } = (await made.json()) as { signalId: string };
    const detail = await h.detail('anna', 'swv-a', caseId);
    const closed = await h.call('anna', 'POST', `/backoffice/cases/swv-a/${caseId}/status`, {
      status: 'afgerond',
      version: detail.version,
    });
    expect(closed.status).toBe(200);
    expect(await eraseCase(h.deps, caseKey('swv-a', caseId))).toBe('erased');
    const signal = (await approvedNow())
      .flatMap((g) => g.signals)
      .find((s) => s.signalId === signalId);
    expect(signal).toMatchObject({
      text: 'Veel vragen over het ontwikkelingsperspectief',
      cases: 1,
    });
  });
});
