/**
 * A steunpunt's own topics through the API, on dynalite: the coördinator keeps the list
 * (idempotent, versioned), the public form of each of the steunpunt's SWVs offers it, a
 * question can carry an own topic (and not a made-up one), the inbox filters by it, a
 * medewerker reclassifies a case, and the monitor fact counts an own topic as "anders".
 * Another steunpunt never sees or changes any of it.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffTopics } from '../../functions/api/backoffice-topic-routes.ts';
import { createApp } from '../../functions/api/app.ts';
import type { CaseDetail, CaseSummary } from '../../functions/cases/case.ts';
import { factKey, syncFacts } from '../../functions/monitor/facts.ts';
import { topics as nationalTopics } from '../../functions/core/vocabulary.ts';
import type { PublicTopics } from '../../functions/topics/topic-schema.ts';
import { validQuestion } from '../support/local-aws.ts';
import { startHarness, type Harness, type User } from '../support/api-harness.ts';

let h: Harness;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  h = await startHarness();
  app = createApp({
    db: h.aws.db,
    tableName: h.aws.tableName,
    clock: () => h.now(),
    tenants: h.deps.tenants,
  });
});
afterAll(() => h?.stop());

const json = async <T>(response: Response) => (await response.json()) as T;

async function staffTopics(user: User) {
  const response = await h.call(user, 'GET', '/backoffice/onderwerpen');
  expect(response.status).toBe(200);
  return json<StaffTopics>(response);
}

async function publicTopics(swv: string) {
  const response = await app.request(`/api/swv/${swv}/onderwerpen`);
  expect(response.status).toBe(200);
  return (await json<PublicTopics>(response)).topics;
}

/** The list as the page sends it: the current state, with changes applied. */
function listOf(current: StaffTopics) {
  return {
    hiddenNational: current.topics.filter((t) => t.national && t.hidden).map((t) => t.key),
    own: current.topics
      .filter((t) => !t.national)
      .map(({ key, label, hidden }) => ({ key, label, hidden })),
    version: current.version,
  };
}

function ask(swv: string, overrides: Record<string, unknown>, key: string = randomUUID()) {
  return app.request(`/api/swv/${swv}/vragen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(validQuestion(overrides)),
  });
}

let vervoer = '';

describe('the coördinator keeps the topics of the steunpunt', () => {
  it('starts from the national list, "Iets anders" last', async () => {
    const start = await staffTopics('anna');
    expect(start.version).toBe(0);
    expect(start.topics.map((t) => t.key)).toEqual([
      ...Object.keys(nationalTopics).filter((k) => k !== 'anders'),
      'anders',
    ]);
    expect(await publicTopics('swv-a')).toEqual(
      start.topics.map(({ key, label }) => ({ key, label })),
    );
  });

  it('adds an own topic and hides a national one; every SWV of the steunpunt offers the list', async () => {
    const current = await staffTopics('cora');
    const list = listOf(current);
    const body = {
      ...list,
      hiddenNational: ['examen-vo'],
      own: [{ label: '  Leerlingenvervoer ', hidden: false }],
    };
    const key = randomUUID();
    const saved = await h.call('cora', 'PUT', '/backoffice/onderwerpen', body, key);
    expect(saved.status).toBe(200);
    const after = await json<StaffTopics>(saved);
    expect(after.version).toBe(1);
    const own = after.topics.filter((t) => !t.national);
    expect(own).toEqual([
      {
        key: expect.stringMatching(/^eigen-[a-z0-9]+$/),
        label: 'Leerlingenvervoer',
        national: false,
        hidden: false,
      },
    ]);
    vervoer = own[0]!.key;
    expect(after.topics.find((t) => t.key === 'examen-vo')).toMatchObject({ hidden: true });

    for (const swv of ['swv-a', 'swv-b']) {
      const offered = await publicTopics(swv);
      expect(offered.map((t) => t.key)).toContain(vervoer);
      expect(offered.map((t) => t.key)).not.toContain('examen-vo');
      expect(offered.at(-1)).toEqual({ key: 'anders', label: nationalTopics.anders });
      expect(offered.at(-2)).toEqual({ key: vervoer, label: 'Leerlingenvervoer' });
    }
    const response = await app.request('/api/swv/swv-a/onderwerpen');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');

    // A retry with the same key changes nothing and answers the same.
    const retry = await h.call('cora', 'PUT', '/backoffice/onderwerpen', body, key);
    expect(retry.status).toBe(200);
    expect(await json<StaffTopics>(retry)).toEqual(after);
    expect((await staffTopics('cora')).version).toBe(1);
    // The same key with another list is refused.
    const reused = await h.call(
      'cora',
      'PUT',
      '/backoffice/onderwerpen',
      { ...body, hiddenNational: [] },
      key,
    );
    expect(reused.status).toBe(422);
    // Written to the audit log, once.
    const audit = await h.call('cora', 'GET', '/backoffice/audit?month=2026-11');
    const entries = (await json<{ items: { action: string }[] }>(audit)).items;
    expect(entries.filter((e) => e.action === 'topics')).toHaveLength(1);
  });

  it('refuses a list saved over someone else’s change (409) and lets one of two racers win', async () => {
    const current = await staffTopics('cora');
    const stale = { ...listOf(current), version: current.version - 1 };
    const refused = await h.call('cora', 'PUT', '/backoffice/onderwerpen', stale);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      message:
        'Iemand anders heeft de onderwerpen net veranderd. Laad ze opnieuw en probeer het nog eens.',
      version: current.version,
    });

    const racers = await Promise.all(
      ['Passend vervoer', 'Thuisonderwijs'].map((label) =>
        h.call('cora', 'PUT', '/backoffice/onderwerpen', {
          ...listOf(current),
          own: [...listOf(current).own, { label, hidden: false }],
        }),
      ),
    );
    expect(racers.map((r) => r.status).sort()).toEqual([200, 409]);
    const won = await staffTopics('cora');
    expect(won.version).toBe(current.version + 1);
    expect(won.topics.filter((t) => !t.national)).toHaveLength(2);
  });

  it('says per row what is wrong, in Dutch, and stores nothing', async () => {
    const current = await staffTopics('cora');
    const list = listOf(current);
    const response = await h.call('cora', 'PUT', '/backoffice/onderwerpen', {
      ...list,
      hiddenNational: ['anders'],
      own: [
        ...list.own,
        { label: 'ab', hidden: false },
        { label: 'leerlingenvervoer', hidden: true },
      ],
    });
    expect(response.status).toBe(400);
    const n = list.own.length;
    expect((await json<{ errors: unknown[] }>(response)).errors).toEqual([
      {
        field: 'hiddenNational',
        message: 'Het onderwerp ‘Iets anders’ staat altijd op het formulier',
      },
      { field: `own.${n}.label`, message: 'De naam is te kort. Gebruik minstens 3 tekens' },
      {
        field: `own.${n + 1}.label`,
        message: 'Er is al een onderwerp dat ‘leerlingenvervoer’ heet. Kies een andere naam',
      },
    ]);
    const deleting = await h.call('cora', 'PUT', '/backoffice/onderwerpen', { ...list, own: [] });
    expect(deleting.status).toBe(400);
    expect(await deleting.json()).toMatchObject({ errors: [{ field: 'own' }] });
    const shapeless = await h.call('cora', 'PUT', '/backoffice/onderwerpen', { own: 'alles' });
    expect(shapeless.status).toBe(400);
    expect((await staffTopics('cora')).version).toBe(current.version);
  });

  it('keeps the list of a medewerker and of another steunpunt out', async () => {
    const before = await staffTopics('cora');
    expect((await h.call('anna', 'PUT', '/backoffice/onderwerpen', listOf(before))).status).toBe(
      403,
    );
    // Xander's steunpunt has its own list: he sees none of ours and his save changes only his.
    const theirs = await staffTopics('xander');
    expect(JSON.stringify(theirs)).not.toContain('Leerlingenvervoer');
    expect(theirs.topics.some((t) => t.key === vervoer)).toBe(false);
    const foreignSave = await h.call('xander', 'PUT', '/backoffice/onderwerpen', {
      ...listOf(theirs),
      hiddenNational: ['opp'],
      own: [{ label: 'Elders', hidden: false }],
    });
    expect(foreignSave.status).toBe(200);
    expect(await staffTopics('cora')).toEqual(before);
    expect((await publicTopics('swv-a')).map((t) => t.label)).not.toContain('Elders');
    expect((await publicTopics('swv-x')).map((t) => t.key)).not.toContain(vervoer);
    for (const user of ['lezer', 'beheerder', null] as const) {
      expect((await h.call(user, 'GET', '/backoffice/onderwerpen')).status).toBe(user ? 403 : 401);
    }
    expect((await app.request('/api/swv/bestaat-niet/onderwerpen')).status).toBe(404);
  });
});

describe('a question with an own topic', () => {
  let caseId = '';

  it('is accepted from the form; a made-up or foreign key is not', async () => {
    caseId = randomUUID();
    const created = await ask('swv-b', { topic: vervoer }, caseId);
    expect(created.status).toBe(201);
    expect((await h.item('swv-b', caseId)).topic).toBe(vervoer);

    const elders = (await staffTopics('xander')).topics.find((t) => t.label === 'Elders')!.key;
    for (const topic of ['eigen-zzzz0000', elders, 'Leerlingenvervoer', '']) {
      const refused = await ask('swv-a', { topic });
      expect(refused.status, topic).toBe(400);
      expect((await json<{ errors: unknown[] }>(refused)).errors).toEqual([
        { field: 'topic', message: 'Kies waar je vraag over gaat' },
      ]);
    }
    // Checked against the SWV together with the gemeente, in the order of the form.
    const both = await ask('swv-a', { topic: elders, gemeente: 'Enschede' });
    expect((await json<{ errors: unknown[] }>(both)).errors).toEqual([
      { field: 'topic', message: 'Kies waar je vraag over gaat' },
      { field: 'gemeente', message: 'Kies je gemeente uit de lijst' },
    ]);
    // A hidden national topic does no harm: a form opened before it was hidden still sends.
    expect((await ask('swv-a', { topic: 'examen-vo' })).status).toBe(201);
  });

  it('is offered for a contact a medewerker registers; another steunpunt’s is not', async () => {
    const contact = (topic: string) => ({
      swv: 'swv-b',
      channel: 'whatsapp',
      role: 'ouder',
      topic,
      schoolType: 'po',
      gemeente: 'Haarlemmermeer',
      summary: 'Moeder appte: de taxi naar school komt steeds te laat.',
    });
    const key = randomUUID();
    const registered = await h.call('anna', 'POST', '/backoffice/contacts', contact(vervoer), key);
    expect(registered.status).toBe(201);
    expect((await h.item('swv-b', key)).topic).toBe(vervoer);
    const elders = (await staffTopics('xander')).topics.find((t) => t.label === 'Elders')!.key;
    const refused = await h.call('anna', 'POST', '/backoffice/contacts', contact(elders));
    expect(refused.status).toBe(400);
    expect((await json<{ errors: unknown[] }>(refused)).errors).toEqual([
      { field: 'topic', message: 'Kies waar de vraag over gaat' },
    ]);
  });

  it('can be found with the inbox filter on that topic', async () => {
    const response = await h.call('anna', 'GET', `/backoffice/cases?status=nieuw&topic=${vervoer}`);
    expect(response.status).toBe(200);
    const items = (await json<{ items: CaseSummary[] }>(response)).items;
    expect(items.map((c) => c.caseId)).toEqual([caseId]);
    expect((await h.call('anna', 'GET', '/backoffice/cases?topic=eigen-zzzz0000')).status).toBe(
      400,
    );
    // Xander cannot filter on our topic: for him it does not exist.
    expect((await h.call('xander', 'GET', `/backoffice/cases?topic=${vervoer}`)).status).toBe(400);
  });

  it('counts as "anders" with its key in the monitor fact', async () => {
    await syncFacts({ db: h.aws.db, tableName: h.aws.tableName, clock: () => h.now() });
    const item = await h.item('swv-b', caseId);
    const { Item: fact } = await h.aws.db.send(
      new GetCommand({
        TableName: h.aws.tableName,
        Key: factKey('swv-b', String(item.createdAt), caseId),
      }),
    );
    expect(fact).toMatchObject({ topic: 'anders', ownTopic: vervoer });
    expect(JSON.stringify(fact)).not.toContain('Leerlingenvervoer');
  });
});

describe('reclassifying a case', () => {
  it('changes the topic with a history line, once, and the monitor follows', async () => {
    const { caseId } = await h.ask(h.tenants.a, { topic: 'ondersteuning' });
    const before = await h.detail('anna', 'swv-a', caseId);
    const path = `/backoffice/cases/swv-a/${caseId}/topic`;
    const key = randomUUID();
    const body = { topic: vervoer, version: before.version };
    const changed = await h.call('anna', 'POST', path, body, key);
    expect(changed.status).toBe(200);
    const detail = await json<CaseDetail>(changed);
    expect(detail.topic).toBe(vervoer);
    expect(detail.version).toBe(before.version + 1);
    expect(detail.history.filter((e) => e.type === 'topic')).toEqual([
      {
        type: 'topic',
        at: h.now().toISOString(),
        by: 'u-anna',
        byName: 'Anna Medewerker',
        details: { from: 'ondersteuning', to: vervoer },
      },
    ]);
    // A retry changes nothing more.
    const retry = await h.call('anna', 'POST', path, body, key);
    expect(retry.status).toBe(200);
    expect((await json<CaseDetail>(retry)).version).toBe(detail.version);
    // The case waits for the fact sync, which then counts it as "anders".
    expect((await h.item('swv-a', caseId)).factPk).toBe('FACT#PENDING');
    await syncFacts({ db: h.aws.db, tableName: h.aws.tableName, clock: () => h.now() });
    const { Item: fact } = await h.aws.db.send(
      new GetCommand({
        TableName: h.aws.tableName,
        Key: factKey('swv-a', detail.createdAt, caseId),
      }),
    );
    expect(fact).toMatchObject({ topic: 'anders', ownTopic: vervoer });

    // Stale version: 409 with the house message. Unknown topic: 400. Foreign: not found.
    const stale = await h.call('bob', 'POST', path, { topic: 'opp', version: before.version });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ message: expect.stringContaining('net veranderd') });
    const unknown = await h.call('anna', 'POST', path, {
      topic: 'eigen-zzzz0000',
      version: detail.version,
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      errors: [{ field: 'topic', message: 'Kies een onderwerp uit de lijst' }],
    });
    const foreign = await h.call('xander', 'POST', path, { topic: 'opp', version: detail.version });
    expect(foreign.status).toBe(404);
    expect((await h.item('swv-a', caseId)).topic).toBe(vervoer);

    // Back to a national topic: the fact loses its own topic.
    const back = await h.call('anna', 'POST', path, { topic: 'opp', version: detail.version });
    expect(back.status).toBe(200);
    h.setNow(new Date(h.now().getTime() + 1000));
    await syncFacts({ db: h.aws.db, tableName: h.aws.tableName, clock: () => h.now() });
    const { Item: after } = await h.aws.db.send(
      new GetCommand({
        TableName: h.aws.tableName,
        Key: factKey('swv-a', detail.createdAt, caseId),
      }),
    );
    expect(after).toMatchObject({ topic: 'opp' });
    expect(after).not.toHaveProperty('ownTopic');
  });

  it('keeps a renamed or hidden own topic on its cases, with its new name', async () => {
    const current = await staffTopics('cora');
    const list = listOf(current);
    const renamed = await h.call('cora', 'PUT', '/backoffice/onderwerpen', {
      ...list,
      own: list.own.map((t) =>
        t.key === vervoer ? { ...t, label: 'Vervoer naar school', hidden: true } : t,
      ),
    });
    expect(renamed.status).toBe(200);
    const topics = (await json<StaffTopics>(renamed)).topics;
    expect(topics.find((t) => t.key === vervoer)).toEqual({
      key: vervoer,
      label: 'Vervoer naar school',
      national: false,
      hidden: true,
    });
    expect((await publicTopics('swv-a')).map((t) => t.key)).not.toContain(vervoer);
    // Its cases keep the key, and the inbox still filters on it.
    const inbox = await h.call('anna', 'GET', `/backoffice/cases?status=nieuw&topic=${vervoer}`);
    expect(inbox.status).toBe(200);
    expect((await json<{ items: CaseSummary[] }>(inbox)).items.length).toBeGreaterThan(0);
  });
});
