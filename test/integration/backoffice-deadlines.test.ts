import { ScanCommand as ScanItems } from '@aws-sdk/client-dynamodb';
import { QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { caseKey, inboxPartition } from '../../functions/cases/case-keys.ts';
import type { CaseStatus, CaseSummary } from '../../functions/cases/case.ts';
import { complaintInput } from '../../functions/cases/intakes/complaint-schema.ts';
import { submitComplaint } from '../../functions/cases/intakes/complaint.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { startHarness, steunpunt, type Harness } from '../support/api-harness.ts';

/**
 * The inbox's deadline view ("Termijn eerst"): 18 complaints with a filing deadline over
 * two SWVs and every status, some questions and complaints without one, and a read limit
 * small enough that pages must query more than once. The clock stands on Tuesday 24
 * November 2026: ten working days later is Tuesday 8 December, so "binnenkort" runs from
 * 24 November up to (not including) Wednesday 9 December.
 */
let h: Harness;
let sendSpy: MockInstance;

interface Made {
  caseId: string;
  tenant: string;
  status: CaseStatus;
  filingDeadline?: string;
  deadlineSk?: string;
}
const made: Made[] = [];

const statusCycle: CaseStatus[] = ['nieuw', 'in-behandeling', 'wacht-op-reactie', 'afgerond'];
const routeCycle = ['bezwaar-tlv', 'gpo', 'klacht'] as const;
// Decision dates that give last days past, within ten working days, and far off.
const decisionDates = [
  '2026-10-20', // bezwaar: 1 December
  '2026-10-01', // gpo: 12 November (past)
  '2026-01-10', // lkc: 10 January 2027
  '2026-10-14', // bezwaar, closed
  '2026-10-28', // gpo: 9 December (not soon any more)
  '2025-11-23', // lkc: 23 November 2026 (past by one day)
  '2026-10-13',
  '2026-10-14',
  '2025-11-24', // lkc: 24 November 2026, today
  '2026-09-30',
  '2026-10-27', // gpo: 8 December, exactly 10 working days
  '2026-06-01',
  '2026-11-02',
  '2026-10-16',
  '2026-03-03',
  '2026-10-22',
  '2026-10-12',
  '2025-12-01',
];

const validComplaint = (overrides: Record<string, unknown>) => ({
  role: 'ouder',
  about: 'Basisschool De Voorbeeldboom',
  whatHappened: 'De school wil mijn zoon niet toelaten. Ik ben het daar niet mee eens.',
  spokenWith: 'De directeur',
  outcomeWanted: 'Dat hij toch naar deze school kan.',
  wantsLetterHelp: false,
  childName: 'J.',
  name: 'Ouder Voorbeeld',
  contactChannel: 'email',
  email: 'ouder@example.nl',
  phone: '',
  reminder: false,
  consent: true,
  ...overrides,
});

async function complain(tenant: Tenant, overrides: Record<string, unknown>) {
  const caseId = crypto.randomUUID();
  const outcome = await submitComplaint(
    h.deps,
    tenant,
    complaintInput.parse(validComplaint(overrides)),
    caseId,
  );
  expect(outcome.kind).toBe('created');
  return caseId;
}

async function setStatus(tenant: string, caseId: string, status: CaseStatus, version: number) {
  const response = await h.call('anna', 'POST', `/backoffice/cases/${tenant}/${caseId}/status`, {
    status,
    version,
  });
  expect(response.status).toBe(200);
}

async function remember(entry: Made) {
  const item = await h.item(entry.tenant, entry.caseId);
  entry.filingDeadline = item.filingDeadline as string | undefined;
  entry.deadlineSk = item.deadlineSk as string | undefined;
}

beforeAll(async () => {
  h = await startHarness({ inboxReadLimit: 12 });
  const start = new Date('2026-11-20T08:00:00Z').getTime();
  for (const [i, decisionDate] of decisionDates.entries()) {
    h.setNow(new Date(start + i * 41 * 60_000));
    const tenant = i % 3 === 0 ? h.tenants.b : h.tenants.a;
    const caseId = await complain(tenant, { route: routeCycle[i % 3], decisionDate });
    const status = statusCycle[i % statusCycle.length]!;
    if (status !== 'nieuw') await setStatus(tenant.slug, caseId, status, 1);
    const entry: Made = { caseId, tenant: tenant.slug, status };
    await remember(entry);
    made.push(entry);
    // Cases without a filing deadline never show in this view.
    if (i % 6 === 0) {
      await h.ask(tenant);
      await complain(tenant, { route: 'praat-met-school', decisionDate: '' });
      await complain(tenant, { route: 'bezwaar-tlv', decisionDate: '' });
    }
  }
  // Another steunpunt's complaint, due soonest of all, never shows up.
  await complain(h.tenants.x, { route: 'gpo', decisionDate: '2026-10-13' });
  h.setNow('2026-11-24T09:30:00Z');
  sendSpy = vi.spyOn(h.aws.db, 'send');
});
afterAll(async () => {
  sendSpy.mockRestore();
  await h.stop();
});

const openStatuses = new Set<CaseStatus>(['nieuw', 'in-behandeling', 'wacht-op-reactie']);
const soonestFirst = (a: Made, b: Made) => a.deadlineSk!.localeCompare(b.deadlineSk!);
const ids = (items: { caseId: string }[]) => items.map((item) => item.caseId);

/** Every page of a listing, following the cursor to the end. */
async function all(query: string) {
  const items: CaseSummary[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const response = await h.call(
      'anna',
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

describe('the inbox by filing deadline', () => {
  it('writes the deadline keys with the case, and none on a case without a deadline', async () => {
    const first = made[0]!;
    const item = await h.item(first.tenant, first.caseId);
    expect(item.filingDeadline).toBe('2026-12-01');
    expect(item.deadlinePk).toBe(inboxPartition(steunpunt, 'nieuw'));
    expect(item.deadlineSk).toBe(`2026-12-01#${String(item.createdAt)}#${String(item.reference)}`);

    const question = await h.ask(h.tenants.a);
    const plain = await h.item(h.tenants.a.slug, question.caseId);
    expect(plain).not.toHaveProperty('deadlinePk');
    expect(plain).not.toHaveProperty('deadlineSk');
  });

  it('moves the deadline key with the status, in the same write', async () => {
    for (const entry of made) {
      const item = await h.item(entry.tenant, entry.caseId);
      expect(item.deadlinePk).toBe(inboxPartition(steunpunt, entry.status));
      expect(item.deadlinePk).toBe(item.inboxPk);
    }
  });

  it('lists open cases soonest last day first across the three statuses, page by page', async () => {
    const { items, pages } = await all('status=open&sort=termijn&limit=2');
    const expected = made.filter((m) => openStatuses.has(m.status)).sort(soonestFirst);
    expect(expected.length).toBeGreaterThan(10);
    expect(ids(items)).toEqual(ids(expected));
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(expected.length / 2));
    const days = items.map((item) => item.filingDeadline!);
    expect(days).toEqual([...days].sort());
    expect(new Set(items.map((item) => item.status))).toEqual(openStatuses);
  });

  it('flags each case: within 10 working days, past, or nothing', async () => {
    const { items } = await all('status=open&sort=termijn&limit=50');
    const byDay = (day: string) => items.find((item) => item.filingDeadline === day);
    expect(byDay('2026-11-12')).toMatchObject({ deadlineFlag: 'verlopen' });
    expect(byDay('2026-11-12')).not.toHaveProperty('deadlineWorkingDays');
    expect(byDay('2026-12-01')).toMatchObject({
      deadlineFlag: 'binnenkort',
      deadlineWorkingDays: 5,
    });
    expect(byDay('2026-12-08')).toMatchObject({
      deadlineFlag: 'binnenkort',
      deadlineWorkingDays: 10,
    });
    expect(byDay('2026-12-09')).not.toHaveProperty('deadlineFlag');
    expect(byDay('2026-11-24')).toMatchObject({
      deadlineFlag: 'binnenkort',
      deadlineWorkingDays: 0,
    });
    expect(byDay('2026-11-23')).toMatchObject({ deadlineFlag: 'verlopen' });
    expect(byDay('2027-01-10')).not.toHaveProperty('deadlineFlag');
    for (const item of items) {
      const expected =
        item.filingDeadline! < '2026-11-24'
          ? 'verlopen'
          : item.filingDeadline! < '2026-12-09'
            ? 'binnenkort'
            : undefined;
      expect(item.deadlineFlag, item.filingDeadline).toBe(expected);
    }
  });

  it('filters on "binnenkort" and "verlopen" as key conditions, in either order', async () => {
    const open = made.filter((m) => openStatuses.has(m.status));
    const soon = open.filter(
      (m) => m.filingDeadline! >= '2026-11-24' && m.filingDeadline! < '2026-12-09',
    );
    const past = open.filter((m) => m.filingDeadline! < '2026-11-24');
    expect(soon.length).toBeGreaterThan(1);
    expect(past.length).toBeGreaterThan(1);

    const bySoon = await all('status=open&sort=termijn&termijn=binnenkort&limit=2');
    expect(ids(bySoon.items)).toEqual(ids([...soon].sort(soonestFirst)));
    expect(bySoon.items.every((item) => item.deadlineFlag === 'binnenkort')).toBe(true);
    const byPast = await all('status=open&sort=termijn&termijn=verlopen&limit=2');
    expect(ids(byPast.items)).toEqual(ids([...past].sort(soonestFirst)));

    // Newest first with the same filters: the same cases, by arrival.
    const newest = await all('status=open&termijn=binnenkort&limit=2');
    expect(new Set(ids(newest.items))).toEqual(new Set(ids(soon)));
    const arrivals = newest.items.map((item) => item.createdAt);
    expect(arrivals).toEqual([...arrivals].sort().reverse());

    sendSpy.mockClear();
    await all('status=open&sort=termijn&termijn=verlopen');
    const queries = sendSpy.mock.calls
      .map((call) => call[0] as unknown)
      .filter((c): c is QueryCommand => c instanceof QueryCommand);
    expect(queries.length).toBe(3);
    for (const query of queries) {
      expect(query.input.IndexName).toBe('deadline');
      expect(query.input.KeyConditionExpression).toContain('< :today');
      expect(query.input.ScanIndexForward).toBe(true);
    }
  });

  it('leaves closed cases out of a deadline filter: they carry no flag', async () => {
    const closed = await all('status=afgerond&sort=termijn');
    const expected = made.filter((m) => m.status === 'afgerond').sort(soonestFirst);
    expect(ids(closed.items)).toEqual(ids(expected));
    expect(closed.items.every((item) => item.deadlineFlag === undefined)).toBe(true);
    expect((await all('status=afgerond&termijn=verlopen')).items).toEqual([]);
  });

  it('takes a closed case out of the open view, and a reopened one back', async () => {
    const entry = made.find((m) => m.status === 'nieuw')!;
    const version = Number((await h.item(entry.tenant, entry.caseId)).version);
    await setStatus(entry.tenant, entry.caseId, 'afgerond', version);
    expect(ids((await all('status=open&sort=termijn')).items)).not.toContain(entry.caseId);
    expect(ids((await all('status=afgerond&sort=termijn')).items)).toContain(entry.caseId);
    await setStatus(entry.tenant, entry.caseId, 'nieuw', version + 1);
    expect(ids((await all('status=open&sort=termijn')).items)).toContain(entry.caseId);
  });

  it('lists a case stored before the deadline index in the inbox, and in this view after its next status change', async () => {
    const entry = made.find((m) => m.status === 'in-behandeling')!;
    await h.aws.db.send(
      new UpdateCommand({
        TableName: h.aws.tableName,
        Key: caseKey(entry.tenant, entry.caseId),
        UpdateExpression: 'REMOVE deadlinePk, deadlineSk',
      }),
    );
    expect(ids((await all('status=open')).items)).toContain(entry.caseId);
    expect(ids((await all('status=open&sort=termijn')).items)).not.toContain(entry.caseId);
    const version = Number((await h.item(entry.tenant, entry.caseId)).version);
    await setStatus(entry.tenant, entry.caseId, 'wacht-op-reactie', version);
    await setStatus(entry.tenant, entry.caseId, 'in-behandeling', version + 1);
    const item = await h.item(entry.tenant, entry.caseId);
    expect(item.deadlineSk).toBe(entry.deadlineSk);
    expect(ids((await all('status=open&sort=termijn')).items)).toContain(entry.caseId);
  });

  it('is served by Query on the deadline index, never by a Scan', async () => {
    sendSpy.mockClear();
    await all('status=open&sort=termijn&limit=3');
    const commands: unknown[] = sendSpy.mock.calls.map((call) => call[0] as unknown);
    expect(commands.some((c) => c instanceof ScanCommand || c instanceof ScanItems)).toBe(false);
    const queries = commands.filter((c): c is QueryCommand => c instanceof QueryCommand);
    expect(queries.length).toBeGreaterThan(3);
    for (const query of queries) {
      expect(query.input.IndexName).toBe('deadline');
      expect(query.input.Limit).toBeLessThanOrEqual(12);
    }
  });

  it("takes a cursor from outside the filter's range (another day, another filter) without failing", async () => {
    const open = made.filter((m) => openStatuses.has(m.status)).sort(soonestFirst);
    const soon = open.filter(
      (m) => m.filingDeadline! >= '2026-11-24' && m.filingDeadline! < '2026-12-09',
    );
    const past = open.filter((m) => m.filingDeadline! < '2026-11-24');
    const cursorAfter = async (count: number) => {
      const response = await h.call(
        'anna',
        'GET',
        `/backoffice/cases?status=open&sort=termijn&limit=${count}`,
      );
      return ((await response.json()) as { cursor: string }).cursor;
    };
    const pageWith = async (query: string) => {
      const response = await h.call('anna', 'GET', `/backoffice/cases?${query}`);
      expect(response.status, query).toBe(200);
      return (await response.json()) as { items: CaseSummary[]; cursor?: string };
    };
    // Read past every past case: "verlopen" has nothing more, "binnenkort" starts at its range.
    const afterPast = await cursorAfter(past.length + 1);
    const nothingMore = await pageWith(
      `status=open&sort=termijn&termijn=verlopen&cursor=${afterPast}`,
    );
    expect(nothingMore.items).toEqual([]);
    // Read only one case: "binnenkort" from there starts at the first soon case.
    const early = await cursorAfter(1);
    const fromStart = await pageWith(
      `status=open&sort=termijn&termijn=binnenkort&limit=50&cursor=${early}`,
    );
    expect(ids(fromStart.items)).toEqual(ids(soon));
  });

  it('refuses a bad order, filter or a cursor of the other order with 400 and a Dutch message', async () => {
    for (const [query, field, message] of [
      ['sort=oudste', 'sort', 'Kies nieuwste of termijn'],
      ['termijn=morgen', 'termijn', 'Kies binnenkort of verlopen'],
    ] as const) {
      const response = await h.call('anna', 'GET', `/backoffice/cases?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ field, message }] });
    }
    const newest = (await (
      await h.call('anna', 'GET', '/backoffice/cases?status=open&limit=2')
    ).json()) as { cursor: string };
    const response = await h.call(
      'anna',
      'GET',
      `/backoffice/cases?status=open&sort=termijn&cursor=${newest.cursor}`,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'cursor' }] });
  });
});
