import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { caseKey } from '../../functions/cases/case-keys.ts';
import { eraseCase } from '../../functions/privacy/erasure.ts';
import type { CaseDetail } from '../../functions/cases/case.ts';
import { startHarness, type Harness, type User } from '../support/api-harness.ts';
import { itemsUnder } from '../support/table-reads.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());
beforeEach(async () => {
  h.setNow('2026-11-24T09:30:00Z');
  await h.drainMail();
  await fetch(`${h.aws.localSes.endpoint}/clear-store`, { method: 'POST' });
});

const casePath = (tenant: string, caseId: string, action = '') =>
  `/backoffice/cases/${tenant}/${caseId}${action ? `/${action}` : ''}`;

/** A change to a case of swv-a, as Anna posts it. */
const change = (caseId: string, action: string, body: unknown, key?: string) =>
  h.call('anna', 'POST', casePath('swv-a', caseId, action), body, key);

async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Every item in the case's partition: the case, its notes and note claims. */
function partition(tenant: string, caseId: string) {
  return itemsUnder(h.aws, caseKey(tenant, caseId).pk);
}

async function auditOf(month = '2026-11') {
  const response = await h.call('cora', 'GET', `/backoffice/audit?month=${month}`);
  expect(response.status).toBe(200);
  return (await json<{ items: { action: string; reference: string; userId: string }[] }>(response))
    .items;
}

describe('a case from arrival to closing', () => {
  it('is viewed, taken, handled, answered by e-mail, marked, closed and reopened', async () => {
    const email = `ouder-${randomUUID()}@example.nl`;
    const { caseId, reference } = await h.ask(h.tenants.a, { email, name: 'Anna de Vries' });

    // Arrival: new, due in five working days, not anyone's yet.
    const arrived = await h.detail('anna', 'swv-a', caseId);
    expect(arrived).toMatchObject({
      reference,
      status: 'nieuw',
      version: 1,
      channel: 'formulier',
      overdue: false,
      personal: { email, name: 'Anna de Vries' },
      dueAt: '2026-12-01T09:30:00.000Z',
    });
    expect(arrived.history.map((e) => e.type)).toEqual(['created']);
    expect(await h.inboxKeys('nieuw')).toContain(caseId);

    // Taken by Anna.
    h.setNow('2026-11-24T10:00:00Z');
    const assigned = await change(caseId, 'assign', {
      assignee: 'u-anna',
      version: 1,
    });
    expect(assigned.status).toBe(200);
    expect(await json(assigned)).toMatchObject({
      version: 2,
      assignee: 'u-anna',
      assigneeName: 'Anna Medewerker',
    });

    // In behandeling: the case moves to that inbox partition, its fact is due a rewrite.
    h.setNow('2026-11-24T10:05:00Z');
    const started = await change(caseId, 'status', {
      status: 'in-behandeling',
      version: 2,
    });
    expect(started.status).toBe(200);
    expect(await h.inboxKeys('nieuw')).not.toContain(caseId);
    expect(await h.inboxKeys('in-behandeling')).toContain(caseId);
    expect(await h.item('swv-a', caseId)).toMatchObject({
      factPk: 'FACT#PENDING',
      factSk: `2026-11-24T10:05:00.000Z#${caseKey('swv-a', caseId).pk}`,
    });

    // An internal note.
    h.setNow('2026-11-24T10:10:00Z');
    const note = await change(caseId, 'notes', {
      text: 'Moeder gebeld, school wil geen gesprek.',
    });
    expect(note.status).toBe(201);

    // A reply by e-mail, from a template text with placeholders.
    h.setNow('2026-11-24T11:00:00Z');
    const replyKey = randomUUID();
    const reply = await change(
      caseId,
      'replies',
      {
        templateId: 'eerste-reactie',
        subject: 'Je vraag aan {steunpunt}',
        body: 'Hallo {naam},\n\nJe kunt een gesprek met school vragen.\n\nGroet,\n{medewerker}',
      },
      replyKey,
    );
    expect(reply.status).toBe(200);
    const replied = await json<CaseDetail>(reply);
    expect(replied).toMatchObject({
      status: 'wacht-op-reactie',
      firstResponseAt: '2026-11-24T11:00:00.000Z',
      version: 4,
    });
    expect(replied.mails.find((m) => m.id === `reply-${replyKey}`)).toMatchObject({
      template: 'case-reply',
      status: 'pending',
      subject: 'Je vraag aan Steunpunt Test',
      body: 'Hallo Anna de Vries,\n\nJe kunt een gesprek met school vragen.\n\nGroet,\nAnna Medewerker',
    });
    expect(await h.inboxKeys('wacht-op-reactie')).toContain(caseId);

    // The worker sends it: to the person, from the steunpunt, with the reference.
    await h.drainMail();
    const sent = (await h.aws.localSes.mails()).filter((m) => m.destination.to.includes(email));
    const replyMail = sent.find((m) => m.subject.startsWith('Je vraag aan'));
    expect(replyMail).toBeDefined();
    expect(replyMail!.subject).toBe(`Je vraag aan Steunpunt Test (${reference})`);
    expect(replyMail!.replyTo).toEqual(['steunpunt@test.example']);
    expect(replyMail!.body.text).toContain('Hallo Anna de Vries,');
    expect(replyMail!.body.text).toContain('Je kunt een gesprek met school vragen.');
    expect(replyMail!.body.text).toContain(`Referentienummer: ${reference}`);
    expect(replyMail!.body.html).toContain(`<strong>${reference}</strong>`);
    const afterSend = await h.detail('anna', 'swv-a', caseId);
    expect(afterSend.mails.find((m) => m.id === `reply-${replyKey}`)?.status).toBe('sent');

    // A signal for the monitor.
    const signal = await change(caseId, 'signal', {
      hasSignal: true,
      category: 'communicatie-school',
      text: 'School reageert niet op vragen van ouders.',
    });
    expect(signal.status).toBe(200);
    expect(await json(signal)).toMatchObject({
      hasSignal: true,
      signal: {
        category: 'communicatie-school',
        text: 'School reageert niet op vragen van ouders.',
      },
    });

    // Closing: the retention term starts (12 months by default).
    h.setNow('2026-12-03T15:00:00Z');
    const closed = await change(caseId, 'status', {
      status: 'afgerond',
      version: 5,
    });
    expect(closed.status).toBe(200);
    const closedItem = await h.item('swv-a', caseId);
    expect(closedItem).toMatchObject({
      status: 'afgerond',
      closedAt: '2026-12-03T15:00:00.000Z',
      purgePk: 'PURGE',
      inboxPk: `SP#steunpunt-test#afgerond`,
    });
    expect(String(closedItem.purgeSk)).toMatch(/^2027-12-03T/);
    expect(String(closedItem.purgeSk).endsWith(`#${caseKey('swv-a', caseId).pk}`)).toBe(true);
    expect(await h.inboxKeys('afgerond')).toContain(caseId);

    // A closed case takes no new notes.
    const lateNote = await change(caseId, 'notes', {
      text: 'Nog iets',
    });
    expect(lateNote.status).toBe(400);

    // Reopened: the purge keys go, the case is back in the open inbox.
    h.setNow('2026-12-04T09:00:00Z');
    const reopened = await change(caseId, 'status', {
      status: 'in-behandeling',
      version: 6,
    });
    expect(reopened.status).toBe(200);
    const reopenedItem = await h.item('swv-a', caseId);
    expect(reopenedItem.status).toBe('in-behandeling');
    for (const gone of ['closedAt', 'purgePk', 'purgeSk'])
      expect(reopenedItem).not.toHaveProperty(gone);
    expect(await h.inboxKeys('afgerond')).not.toContain(caseId);

    // The whole history, in order, from one read.
    const final = await h.detail('anna', 'swv-a', caseId);
    expect(final.history.map((e) => e.type)).toEqual([
      'created',
      'assign',
      'status',
      'note',
      'reply',
      'signal',
      'status',
      'status',
    ]);
    expect(final.history.find((e) => e.type === 'note')).toMatchObject({
      text: 'Moeder gebeld, school wil geen gesprek.',
      by: 'u-anna',
      byName: 'Anna Medewerker',
    });
    expect(final.history.filter((e) => e.type === 'status').map((e) => e.details)).toEqual([
      { from: 'nieuw', to: 'in-behandeling' },
      { from: 'wacht-op-reactie', to: 'afgerond' },
      { from: 'afgerond', to: 'in-behandeling' },
    ]);

    // The audit log has every step, and nothing a person wrote or can be reached by.
    const audit = (await auditOf('2026-11')).concat(await auditOf('2026-12'));
    const mine = audit.filter((entry) => entry.reference === reference);
    expect(mine.map((entry) => entry.action).sort()).toEqual(
      [
        'viewed',
        'viewed',
        'viewed',
        'assigned',
        'status',
        'note',
        'reply',
        'signal',
        'status',
        'status',
      ].sort(),
    );
    const logText = JSON.stringify(audit);
    for (const secret of [
      email,
      'Anna de Vries',
      'Moeder gebeld',
      'gesprek met school',
      'School reageert',
    ]) {
      expect(logText).not.toContain(secret);
    }
  });

  it('lets a reply leave the status as it is, or close the case, when asked', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    const kept = await change(caseId, 'replies', {
      subject: 'Even een vraag',
      body: 'Wat is de naam van de school?',
      status: 'nieuw',
    });
    expect(await json(kept)).toMatchObject({ status: 'nieuw', version: 2 });
    const closing = await change(caseId, 'replies', {
      subject: 'Afgerond',
      body: 'We ronden je vraag af.',
      status: 'afgerond',
    });
    expect(await json(closing)).toMatchObject({ status: 'afgerond', version: 3 });
    expect(await h.item('swv-a', caseId)).toMatchObject({ purgePk: 'PURGE' });
  });

  it('refuses a reply by e-mail to a case without an e-mail address, in Dutch', async () => {
    const { caseId } = await h.ask(h.tenants.a, {
      contactChannel: 'telefoon',
      email: '',
      phone: '0612345678',
    });
    const response = await change(caseId, 'replies', {
      subject: 'Je vraag',
      body: 'Hallo',
    });
    expect(response.status).toBe(400);
    expect(await json(response)).toMatchObject({
      errors: [{ field: 'form', message: expect.stringContaining('geen e-mailadres') }],
    });
    const item = await h.item('swv-a', caseId);
    expect(item.version).toBe(1);
    expect(item).not.toHaveProperty('mails');
  });
});

describe('erasure of a handled case', () => {
  it('leaves no personal data in what the back office shows', async () => {
    const email = `ouder-${randomUUID()}@example.nl`;
    const { caseId } = await h.ask(h.tenants.a, { email, name: 'Fatima El Amrani' });
    const path = (action: string) => casePath('swv-a', caseId, action);
    await h.call('anna', 'POST', path('notes'), { text: 'Fatima belde terug over haar zoon.' });
    h.setNow('2026-11-24T10:00:00Z');
    await h.call('anna', 'POST', path('replies'), {
      subject: 'Je vraag, {naam}',
      body: 'Hallo {naam}, dit is ons antwoord.',
    });
    await h.drainMail();
    const closing = await h.call('anna', 'POST', path('status'), {
      status: 'afgerond',
      version: 2,
    });
    expect(closing.status).toBe(200);

    expect(await eraseCase(h.deps, caseKey('swv-a', caseId))).toBe('erased');
    const detail = await h.detail('cora', 'swv-a', caseId);
    expect(detail.personal).toBeUndefined();
    expect(detail.erasedAt).toBeDefined();
    expect(detail.history.map((e) => e.type)).toEqual(['created', 'note', 'reply', 'status']);
    const shown = JSON.stringify(detail);
    for (const secret of [email, 'Fatima', 'ons antwoord']) expect(shown).not.toContain(secret);

    // Nothing left to reply to.
    const reply = await h.call('anna', 'POST', path('replies'), {
      subject: 'Nog iets',
      body: 'Hallo',
    });
    expect(reply.status).toBe(400);
  });
});

describe('retries', () => {
  it('of every write change the case once', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    const send = (action: string, body: unknown, key: string) =>
      h.call('anna', 'POST', casePath('swv-a', caseId, action), body, key);
    const writes: [string, unknown][] = [
      ['assign', { assignee: 'u-anna', version: 1 }],
      ['status', { status: 'in-behandeling', version: 2 }],
      ['signal', { hasSignal: true, category: 'wachttijden', version: 3 }],
      ['replies', { subject: 'Antwoord', body: 'Dit is ons antwoord.' }],
    ];
    for (const [action, body] of writes) {
      const key = randomUUID();
      const first = await send(action, body, key);
      expect(first.status, action).toBe(200);
      const firstBody = await json<CaseDetail>(first);
      // Later, and again: the same answer, nothing new.
      h.setNow(new Date(h.now().getTime() + 60_000));
      const again = await send(action, body, key);
      expect(again.status, action).toBe(200);
      expect((await json<CaseDetail>(again)).version, action).toBe(firstBody.version);
    }
    const item = await h.item('swv-a', caseId);
    expect(item.version).toBe(5);
    expect(Object.keys(item.changes as object)).toHaveLength(4);
    expect(Object.keys(item.mails as object).filter((id) => id.startsWith('reply-'))).toHaveLength(
      1,
    );
    expect(
      [...(item.pendingMails as Set<string>)].filter((id) => id.startsWith('reply-')),
    ).toHaveLength(1);

    const noteKey = randomUUID();
    const note = await send('notes', { text: 'Eerste notitie' }, noteKey);
    expect(note.status).toBe(201);
    const firstNote = await json(note);
    h.setNow(new Date(h.now().getTime() + 3_600_000));
    const noteAgain = await send('notes', { text: 'Eerste notitie' }, noteKey);
    expect(noteAgain.status).toBe(200);
    expect(await json(noteAgain)).toEqual(firstNote);
    const reused = await send('notes', { text: 'Andere tekst' }, noteKey);
    expect(reused.status).toBe(422);
    const events = (await partition('swv-a', caseId)).filter((i) =>
      String(i.sk).startsWith('EVENT#'),
    );
    expect(events).toHaveLength(1);

    // And the audit log has one line per change, not per attempt.
    const audit = (await auditOf()).filter((e) => e.reference === String(item.reference));
    expect(audit.map((e) => e.action).sort()).toEqual(
      ['assigned', 'note', 'reply', 'signal', 'status'].sort(),
    );
  });

  it('of one change arriving many times at once change the case once', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        change(
          caseId,
          'status',
          {
            status: 'in-behandeling',
            version: 1,
          },
          key,
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    const item = await h.item('swv-a', caseId);
    expect(item.version).toBe(2);
    expect(Object.keys(item.changes as object)).toEqual([key]);
  });

  it('of a note arriving many times at once store one note', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => change(caseId, 'notes', { text: 'Eén notitie' }, key)),
    );
    expect(responses.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    const events = (await partition('swv-a', caseId)).filter((i) =>
      String(i.sk).startsWith('EVENT#'),
    );
    expect(events).toHaveLength(1);
  });
});

describe('odd cases', () => {
  it('refuses a key used before for another kind of change', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    const key = randomUUID();
    const assigned = await change(caseId, 'assign', { assignee: 'u-anna', version: 1 }, key);
    expect(assigned.status).toBe(200);
    const other = await change(caseId, 'status', { status: 'afgerond', version: 2 }, key);
    expect(other.status).toBe(422);
    expect(await h.item('swv-a', caseId)).toMatchObject({ status: 'nieuw', version: 2 });
  });

  it('changes a case stored before cases had a history map', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    await h.aws.db.send(
      new UpdateCommand({
        TableName: h.aws.tableName,
        Key: caseKey('swv-a', caseId),
        UpdateExpression: 'REMOVE changes',
      }),
    );
    const key = randomUUID();
    const first = await change(caseId, 'status', { status: 'in-behandeling', version: 1 }, key);
    expect(first.status).toBe(200);
    const again = await change(caseId, 'status', { status: 'in-behandeling', version: 1 }, key);
    expect(again.status).toBe(200);
    const next = await change(caseId, 'assign', {
      assignee: 'u-anna',
      version: 2,
    });
    expect(next.status).toBe(200);
    const item = await h.item('swv-a', caseId);
    expect(item.version).toBe(3);
    expect(Object.keys(item.changes as object)).toHaveLength(2);
  });

  it('sends a reply for a contact registered with an e-mail address (no mails before)', async () => {
    const email = `contact-${randomUUID()}@example.nl`;
    const key = randomUUID();
    const registered = await h.call(
      'anna',
      'POST',
      '/backoffice/contacts',
      {
        swv: 'swv-b',
        channel: 'inloop',
        role: 'ouder',
        topic: 'opp',
        schoolType: 'po',
        gemeente: 'Uithoorn',
        summary: 'Vraag over het OPP bij het inloopspreekuur.',
        email,
      },
      key,
    );
    expect(registered.status).toBe(201);
    const { reference } = (await registered.json()) as { reference: string };
    const reply = await h.call('anna', 'POST', casePath('swv-b', key, 'replies'), {
      subject: 'Na ons gesprek',
      body: 'Hierbij de informatie die ik beloofde.',
    });
    expect(reply.status).toBe(200);
    await h.drainMail();
    const mails = (await h.aws.localSes.mails()).filter((m) => m.destination.to.includes(email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Na ons gesprek (${reference})`);
    expect(mails[0]!.body.text).toContain('Hierbij de informatie die ik beloofde.');
  });
});

describe('a case full of replies', () => {
  it('refuses one more reply in Dutch before the item outgrows DynamoDB', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    const body = 'Dit is een lang antwoord. '.repeat(380);
    let last: Response | undefined;
    for (let i = 0; i < 40; i++) {
      last = await change(caseId, 'replies', {
        subject: `Antwoord ${i}`,
        body,
      });
      if (last.status !== 200) break;
    }
    expect(last!.status).toBe(400);
    expect(await json(last!)).toMatchObject({
      errors: [{ field: 'body', message: expect.stringContaining('te groot') }],
    });
  });
});

describe('two people changing one case', () => {
  it('answers the one who saw an older version with 409 and a Dutch message, and changes nothing', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    const first = await change(caseId, 'status', {
      status: 'in-behandeling',
      version: 1,
    });
    expect(first.status).toBe(200);
    const second = await h.call('bob', 'POST', casePath('swv-a', caseId, 'status'), {
      status: 'afgerond',
      version: 1,
    });
    expect(second.status).toBe(409);
    expect(await json(second)).toMatchObject({
      message: expect.stringContaining('Laad het dossier opnieuw'),
      version: 2,
    });
    expect(await h.item('swv-a', caseId)).toMatchObject({ status: 'in-behandeling', version: 2 });
    expect(await h.inboxKeys('afgerond')).not.toContain(caseId);
  });
});

describe('assigning', () => {
  it('lets a medewerker take a case but only a coördinator give it to a colleague', async () => {
    const { caseId } = await h.ask(h.tenants.b);
    const path = casePath('swv-b', caseId, 'assign');
    const byMedewerker = await h.call('anna', 'POST', path, { assignee: 'u-bob', version: 1 });
    expect(byMedewerker.status).toBe(403);
    expect(await json(byMedewerker)).toMatchObject({
      message: expect.stringContaining('coördinator'),
    });

    const byCoordinator = await h.call('cora', 'POST', path, { assignee: 'u-bob', version: 1 });
    expect(byCoordinator.status).toBe(200);
    expect(await json(byCoordinator)).toMatchObject({
      assignee: 'u-bob',
      assigneeName: 'Bob Medewerker',
    });

    // Someone of another steunpunt is no colleague.
    const foreign = await h.call('cora', 'POST', path, { assignee: 'u-xander', version: 2 });
    expect(foreign.status).toBe(400);
    expect(await json(foreign)).toMatchObject({ errors: [{ field: 'assignee' }] });

    const unassign = await h.call('anna', 'POST', path, { assignee: null, version: 2 });
    expect(unassign.status).toBe(403);
    const take = await h.call('anna', 'POST', path, { assignee: 'u-anna', version: 2 });
    expect(await json(take)).toMatchObject({ assignee: 'u-anna', version: 3 });
    const release = await h.call('anna', 'POST', path, { assignee: null, version: 3 });
    expect(release.status).toBe(200);
    const released = await json<CaseDetail>(release);
    expect(released.assignee).toBeUndefined();
    expect(released.version).toBe(4);
  });
});

describe('who may see which case', () => {
  it('answers 404 for a case of another steunpunt, as for a case that does not exist', async () => {
    const { caseId } = await h.ask(h.tenants.x);
    const own = await h.call('xander', 'GET', casePath('swv-x', caseId));
    expect(own.status).toBe(200);

    const requests: [string, string, unknown?][] = [
      ['GET', casePath('swv-x', caseId)],
      ['POST', casePath('swv-x', caseId, 'status'), { status: 'afgerond', version: 1 }],
      ['POST', casePath('swv-x', caseId, 'assign'), { assignee: 'u-anna', version: 1 }],
      ['POST', casePath('swv-x', caseId, 'notes'), { text: 'Hallo' }],
      ['POST', casePath('swv-x', caseId, 'replies'), { subject: 'Hoi', body: 'Hallo' }],
      ['POST', casePath('swv-x', caseId, 'signal'), { hasSignal: true, category: 'anders' }],
      ['GET', `${casePath('swv-x', caseId)}/reply-draft?templateId=eerste-reactie`],
    ];
    const missing = await h.call('anna', 'GET', casePath('swv-x', randomUUID()));
    for (const [method, path, body] of requests) {
      const response = await h.call('anna', method, path, body);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await json(response)).toEqual(await json(missing.clone()));
    }
    expect(await h.item('swv-x', caseId)).toMatchObject({ version: 1, status: 'nieuw' });
    expect((await partition('swv-x', caseId)).length).toBe(1);

    // Nor through its reference (references count per steunpunt: the same one may exist here).
    const { reference } = await h.ask(h.tenants.x);
    const byReference = await h.call(
      'anna',
      'GET',
      `/backoffice/cases/by-reference?ref=${reference}`,
    );
    const found =
      byReference.status === 200
        ? (await json<{ items: { tenant: string }[] }>(byReference)).items
        : [];
    expect(found.map((c) => c.tenant)).not.toContain('swv-x');
  });

  it('answers 403 to a swv-lezer and a beheerder on every case route, and 401 to no one', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    const routes: [string, string, unknown?][] = [
      ['GET', '/backoffice/cases'],
      ['GET', '/backoffice/cases/by-reference?ref=V-2026-000001'],
      ['GET', casePath('swv-a', caseId)],
      ['POST', casePath('swv-a', caseId, 'status'), { status: 'afgerond', version: 1 }],
      ['POST', casePath('swv-a', caseId, 'assign'), { assignee: 'u-lezer', version: 1 }],
      ['POST', casePath('swv-a', caseId, 'notes'), { text: 'Hallo' }],
      ['POST', casePath('swv-a', caseId, 'replies'), { subject: 'Hoi', body: 'Hallo' }],
      ['POST', casePath('swv-a', caseId, 'signal'), { hasSignal: false }],
      ['POST', '/backoffice/contacts', {}],
      ['GET', '/backoffice/templates'],
      ['POST', '/backoffice/templates', {}],
      ['GET', '/backoffice/settings'],
      ['PUT', '/backoffice/settings', {}],
      ['GET', '/backoffice/audit'],
    ];
    for (const user of ['lezer', 'beheerder', null] as (User | null)[]) {
      for (const [method, path, body] of routes) {
        const response = await h.call(user, method, path, body);
        expect(response.status, `${user} ${method} ${path}`).toBe(user ? 403 : 401);
        expect(await json(response)).toHaveProperty('message');
      }
    }
    expect(await h.item('swv-a', caseId)).toMatchObject({ version: 1 });
  });

  it('keeps coördinator routes from medewerkers', async () => {
    for (const [method, path] of [
      ['POST', '/backoffice/templates'],
      ['PUT', '/backoffice/templates/eerste-reactie'],
      ['DELETE', '/backoffice/templates/eerste-reactie'],
      ['GET', '/backoffice/settings'],
      ['PUT', '/backoffice/settings'],
      ['GET', '/backoffice/audit'],
    ] as const) {
      const response = await h.call('anna', method, path, method === 'GET' ? undefined : {});
      expect(response.status, `${method} ${path}`).toBe(403);
    }
  });
});

describe('bad input', () => {
  it('answers 400 with Dutch field messages, never 5xx, and changes nothing', async () => {
    const { caseId } = await h.ask(h.tenants.a);
    const cases: [string, unknown][] = [
      ['status', { status: 'weg', version: 1 }],
      ['status', { status: 'afgerond' }],
      ['assign', { assignee: 5, version: 1 }],
      ['notes', { text: '   ' }],
      ['notes', { text: 'x'.repeat(4001) }],
      ['replies', { subject: '', body: 'Hallo' }],
      ['signal', { hasSignal: true }],
      ['signal', { hasSignal: true, category: 'anders', text: 'x'.repeat(281) }],
      ['signal', { hasSignal: true, category: 'geen-categorie' }],
    ];
    for (const [action, body] of cases) {
      const response = await h.call('anna', 'POST', casePath('swv-a', caseId, action), body);
      expect(response.status, `${action} ${JSON.stringify(body).slice(0, 40)}`).toBe(400);
      const problem = await json<{ errors: { field: string; message: string }[] }>(response);
      expect(problem.errors.length).toBeGreaterThan(0);
    }
    const noKey = await change(caseId, 'status', { status: 'afgerond', version: 1 }, '');
    expect(noKey.status).toBe(400);
    for (const path of [
      '/backoffice/cases/SWV..x/abc',
      `/backoffice/cases/swv-a/${'x'.repeat(200)}`,
      '/backoffice/cases/swv-a/niet%23goed',
    ]) {
      const response = await h.call('anna', 'GET', path);
      expect(response.status, path).toBe(404);
    }
    expect(await h.item('swv-a', caseId)).toMatchObject({ version: 1 });
  });
});
