import { ScanCommand as ScanItems } from '@aws-sdk/client-dynamodb';
import { QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { caseKey } from '../../functions/cases/case-keys.ts';
import { encodeCursor } from '../../functions/cases/cursor.ts';
import type { CaseStatus, CaseSummary } from '../../functions/cases/case.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { startHarness, type Harness, type User } from '../support/api-harness.ts';

/**
 * A steunpunt with 40 cases over two SWVs, in every status, some assigned, with a read
 * limit per request small enough that filtered pages must query more than once (and
 * sometimes come back short with a cursor).
 */
let h: Harness;
interface Made {
  caseId: string;
  tenant: string;
  topic: string;
  status: CaseStatus;
  createdAt: string;
  assignee?: string;
  answered: boolean;
}
const made: Made[] = [];
let sendSpy: MockInstance;

const topicsCycle = ['ondersteuning', 'thuiszitten', 'opp', 'schoolkeuze'];
const statusCycle: CaseStatus[] = [
  'nieuw',
  'in-behandeling',
  'wacht-op-reactie',
  'afgerond',
  'nieuw',
];

beforeAll(async () => {
  h = await startHarness({ inboxReadLimit: 12 });
  const start = new Date('2026-11-02T08:00:00Z').getTime();
  for (let i = 0; i < 40; i++) {
    h.setNow(new Date(start + i * 37 * 60_000));
    const tenant: Tenant = i % 3 === 0 ? h.tenants.b : h.tenants.a;
    const topic = topicsCycle[i % topicsCycle.length]!;
    const { caseId } = await h.ask(tenant, { topic });
    const status = statusCycle[i % statusCycle.length]!;
    const entry: Made = {
      caseId,
      tenant: tenant.slug,
      topic,
      status,
      createdAt: h.now().toISOString(),
      answered: false,
    };
    let version = 1;
    const act = async (user: User, action: string, body: Record<string, unknown>) => {
      const response = await h.call(
        user,
        'POST',
        `/backoffice/cases/${tenant.slug}/${caseId}/${action}`,
        {
          ...body,
          version,
        },
      );
      expect(response.status).toBe(200);
      version++;
    };
    if (i % 4 === 1) {
      await act('anna', 'assign', { assignee: 'u-anna' });
      entry.assignee = 'u-anna';
    } else if (i % 4 === 2) {
      await act('bob', 'assign', { assignee: 'u-bob' });
      entry.assignee = 'u-bob';
    }
    if (status !== 'nieuw') await act('anna', 'status', { status });
    entry.answered = status === 'wacht-op-reactie' || status === 'afgerond';
    made.push(entry);
  }
  // Another steunpunt's cases never show up.
  for (let i = 0; i < 5; i++) await h.ask(h.tenants.x);
  sendSpy = vi.spyOn(h.aws.db, 'send');
});
afterAll(async () => {
  sendSpy.mockRestore();
  await h.stop();
});

const newestFirst = (a: Made, b: Made) => b.createdAt.localeCompare(a.createdAt);
const openStatuses = new Set<CaseStatus>(['nieuw', 'in-behandeling', 'wacht-op-reactie']);

/** Every page of a listing, following the cursor to the end. */
async function all(user: User, query: string) {
  const items: CaseSummary[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const response = await h.call(
      user,
      'GET',
      `/backoffice/cases?${query}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: CaseSummary[]; cursor?: string };
    items.push(...page.items);
    cursor = page.cursor;
    pages++;
    expect(pages).toBeLessThan(100);
  } while (cursor);
  return { items, pages };
}

const ids = (items: { caseId: string }[]) => items.map((item) => item.caseId);

describe('the inbox', () => {
  it('lists one status newest first, page by page, each case once', async () => {
    const { items, pages } = await all('anna', 'status=nieuw&limit=3');
    const expected = made.filter((m) => m.status === 'nieuw').sort(newestFirst);
    expect(ids(items)).toEqual(ids(expected));
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(expected.length / 3));
    expect(items[0]).toMatchObject({ status: 'nieuw', channel: 'formulier', overdue: false });
    // The inbox line carries no personal data.
    expect(JSON.stringify(items)).not.toMatch(
      /personal|example\.nl|Anna de Vries|hulp die het nodig/,
    );
  });

  it('merges the three open statuses by arrival, across pages', async () => {
    const { items } = await all('anna', 'status=open&limit=4');
    const expected = made.filter((m) => openStatuses.has(m.status)).sort(newestFirst);
    expect(ids(items)).toEqual(ids(expected));
    expect((await all('anna', 'limit=7')).items.map((i) => i.caseId)).toEqual(ids(expected));
  });

  it('filters by SWV, topic and assignee inside the query, across pages', async () => {
    const check = async (user: User, query: string, keep: (m: Made) => boolean) => {
      const { items } = await all(user, query);
      expect(ids(items), query).toEqual(ids(made.filter(keep).sort(newestFirst)));
    };
    await check(
      'anna',
      'status=open&swv=swv-b&limit=2',
      (m) => openStatuses.has(m.status) && m.tenant === 'swv-b',
    );
    await check(
      'anna',
      'status=open&topic=thuiszitten&limit=2',
      (m) => openStatuses.has(m.status) && m.topic === 'thuiszitten',
    );
    await check(
      'anna',
      'status=open&assignee=me&limit=2',
      (m) => openStatuses.has(m.status) && m.assignee === 'u-anna',
    );
    await check(
      'bob',
      'status=open&assignee=me',
      (m) => openStatuses.has(m.status) && m.assignee === 'u-bob',
    );
    await check(
      'cora',
      'status=in-behandeling&assignee=u-bob',
      (m) => m.status === 'in-behandeling' && m.assignee === 'u-bob',
    );
    await check(
      'anna',
      'status=open&assignee=none&limit=5',
      (m) => openStatuses.has(m.status) && !m.assignee,
    );
    await check(
      'anna',
      'status=afgerond&swv=swv-a&topic=ondersteuning&limit=1',
      (m) => m.status === 'afgerond' && m.tenant === 'swv-a' && m.topic === 'ondersteuning',
    );
    // A filter nothing matches ends cleanly.
    await check('anna', 'status=open&swv=swv-x', () => false);
  });

  it('is served by Query on the inbox index, never by a Scan', async () => {
    sendSpy.mockClear();
    await all('anna', 'status=open&topic=opp&limit=2');
    await all('cora', 'status=afgerond&overdue=1');
    const commands: unknown[] = sendSpy.mock.calls.map((call) => call[0] as unknown);
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.some((c) => c instanceof ScanCommand || c instanceof ScanItems)).toBe(false);
    // A coördinator's inbox also reads who is still in the staff directory (one Query on
    // its own partition; case-restriction.ts): every other read is on the inbox index.
    const directoryRead = (c: QueryCommand) =>
      c.input.IndexName === undefined && c.input.ExpressionAttributeValues?.[':user'] === 'USER#';
    const queries = commands.filter(
      (c): c is QueryCommand => c instanceof QueryCommand && !directoryRead(c),
    );
    expect(commands.filter((c) => c instanceof QueryCommand && directoryRead(c))).toHaveLength(1);
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      expect(query.input.IndexName).toBe('inbox');
      // The read limit (12 per request, split over the partitions) bounds every call.
      expect(query.input.Limit).toBeLessThanOrEqual(12);
    }
  });

  it('marks overdue cases and lists them with overdue=1 once the clock passes their deadline', async () => {
    h.setNow('2026-11-03T08:00:00Z');
    expect((await all('anna', 'status=open&overdue=1')).items).toEqual([]);

    // Five working days after the last case arrived, every unanswered open case is late.
    h.setNow('2026-11-20T12:00:00Z');
    const { items } = await all('anna', 'status=open&overdue=1&limit=3');
    const expected = made
      .filter((m) => openStatuses.has(m.status) && !m.answered)
      .sort(newestFirst);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(items)).toEqual(ids(expected));
    expect(items.every((item) => item.overdue)).toBe(true);

    const waiting = (await all('anna', 'status=wacht-op-reactie')).items;
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((item) => !item.overdue)).toBe(true);

    // Between the two: only the cases whose deadline has passed.
    const middle = new Date('2026-11-10T12:00:00Z');
    h.setNow(middle);
    const some = (await all('anna', 'status=nieuw&overdue=1')).items;
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((item) => item.dueAt < middle.toISOString())).toBe(true);
    const rest = (await all('anna', 'status=nieuw')).items.filter(
      (item) => !ids(some).includes(item.caseId),
    );
    expect(rest.every((item) => item.dueAt >= middle.toISOString() && !item.overdue)).toBe(true);
    h.setNow('2026-11-24T09:30:00Z');
  });

  it('filters by kind, counting a stored case without a kind as a question', async () => {
    // A case stored before cases had a kind: the filter and the summary still see a question.
    const old = made.find((m) => openStatuses.has(m.status))!;
    await h.aws.db.send(
      new UpdateCommand({
        TableName: h.aws.tableName,
        Key: caseKey(old.tenant, old.caseId),
        UpdateExpression: 'REMOVE #kind',
        ExpressionAttributeNames: { '#kind': 'kind' },
      }),
    );
    try {
      const { items } = await all('anna', 'status=open&kind=question&limit=3');
      const expected = made.filter((m) => openStatuses.has(m.status)).sort(newestFirst);
      expect(ids(items)).toEqual(ids(expected));
      expect(items.every((item) => item.kind === 'question')).toBe(true);
      expect(items.find((item) => item.caseId === old.caseId)).toMatchObject({ kind: 'question' });
    } finally {
      await h.aws.db.send(
        new UpdateCommand({
          TableName: h.aws.tableName,
          Key: caseKey(old.tenant, old.caseId),
          UpdateExpression: 'SET #kind = :kind',
          ExpressionAttributeNames: { '#kind': 'kind' },
          ExpressionAttributeValues: { ':kind': 'question' },
        }),
      );
    }
  });

  it('takes the complaint as a kind, and lists no question under it', async () => {
    const response = await h.call('anna', 'GET', '/backoffice/cases?status=open&kind=complaint');
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { kind: string }[] };
    // Only questions are seeded here: none of them is a complaint.
    expect(items).toEqual([]);
  });

  it('refuses a kind that is not declared with 400 and a Dutch message', async () => {
    for (const kind of ['klacht', 'Complaint', 'QUESTION', '']) {
      const response = await h.call('anna', 'GET', `/backoffice/cases?kind=${kind}`);
      expect(response.status, kind).toBe(400);
      expect(await response.json(), kind).toMatchObject({
        errors: [{ field: 'kind', message: 'Kies een soort dossier uit de lijst' }],
      });
    }
  });

  it('answers a bad cursor or bad parameters with 400, never 500', async () => {
    const first = (await (
      await h.call('anna', 'GET', '/backoffice/cases?status=open&limit=2')
    ).json()) as {
      cursor: string;
    };
    const foreignKey = {
      pk: 'SWV#swv-x#Q#abc',
      sk: 'QUESTION',
      inboxPk: 'SP#steunpunt-elders#nieuw',
      inboxSk: '2026-11-02T08:00:00.000Z#V-2026-000001',
    };
    const badCursors = [
      'niet-base64!',
      'e30',
      Buffer.from('{"v":1,"s":').toString('base64url'),
      encodeCursor({ v: 2, s: { nieuw: 'start' } }),
      encodeCursor({ v: 1, s: { nieuw: foreignKey } }),
      encodeCursor({
        v: 1,
        s: { nieuw: { ...foreignKey, inboxPk: 'SP#steunpunt-test#nieuw', sk: 'PROFILE' } },
      }),
      encodeCursor({ v: 1, s: { nieuw: { pk: 5 } } }),
      encodeCursor({ v: 1, s: { nieuw: 'start', afgerond: 'start' } }),
      'x'.repeat(5000),
    ];
    for (const cursor of badCursors) {
      const response = await h.call(
        'anna',
        'GET',
        `/backoffice/cases?status=nieuw&cursor=${cursor}`,
      );
      expect(response.status, cursor.slice(0, 30)).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ field: 'cursor' }] });
    }
    // A cursor of the open list does not fit a single status, nor another steunpunt's list.
    expect(
      (await h.call('anna', 'GET', `/backoffice/cases?status=nieuw&cursor=${first.cursor}`)).status,
    ).toBe(400);
    expect(
      (await h.call('xander', 'GET', `/backoffice/cases?status=open&cursor=${first.cursor}`))
        .status,
    ).toBe(400);

    for (const query of [
      'status=weg',
      'limit=0',
      'limit=101',
      'limit=abc',
      'overdue=ja',
      'topic=geen',
      'swv=../x',
      'status=nieuw&status=afgerond',
    ]) {
      const response = await h.call('anna', 'GET', `/backoffice/cases?${query}`);
      expect(response.status, query).toBe(400);
    }
  });

  it('finds a case by reference in every SWV of the steunpunt, and only that case', async () => {
    const asked = [await h.ask(h.tenants.a), await h.ask(h.tenants.b)];
    for (const { reference, caseId } of asked) {
      const response = await h.call(
        'anna',
        'GET',
        `/backoffice/cases/by-reference?ref=${reference}`,
      );
      expect(response.status).toBe(200);
      const found = ((await response.json()) as { items: CaseSummary[] }).items;
      expect(found.map((c) => [c.caseId, c.reference])).toEqual([[caseId, reference]]);
    }
    expect(
      (await h.call('anna', 'GET', '/backoffice/cases/by-reference?ref=V-2026-999999')).status,
    ).toBe(404);
    expect((await h.call('anna', 'GET', '/backoffice/cases/by-reference?ref=123')).status).toBe(
      400,
    );
  });

  it('never lists another steunpunt’s cases', async () => {
    const theirs = (await all('xander', 'status=open')).items;
    expect(theirs).toHaveLength(5);
    expect(theirs.every((c) => c.tenant === 'swv-x')).toBe(true);
    const ours = (await all('anna', 'status=open')).items;
    expect(ours.some((c) => c.tenant === 'swv-x')).toBe(false);
  });
});
