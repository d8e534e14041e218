import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../functions/cases/case.ts';
import type { ReplyTemplate } from '../../functions/cases/templates-input.ts';
import {
  cachedSettingsLookup,
  readMeetingRetentionDays,
  readMonitorThreshold,
  withSteunpuntSettings,
} from '../../functions/cases/case-settings.ts';
import { defaultTemplates, seedDefaultTemplates } from '../../functions/cases/reply-templates.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import { validQuestion } from '../support/local-aws.ts';
import { startHarness, steunpunt, type Harness } from '../support/api-harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());
beforeEach(() => h.setNow('2026-11-24T09:30:00Z'));

async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

const contact = (overrides: Record<string, unknown> = {}) => ({
  swv: 'swv-a',
  channel: 'telefoon',
  role: 'ouder',
  topic: 'thuiszitten',
  schoolType: 'vo',
  gemeente: 'Haarlemmermeer',
  summary: 'Vader belde: zoon zit sinds twee weken thuis, school zoekt geen plek.',
  name: 'Piet Jansen',
  phone: '06 1234 5678',
  ...overrides,
});

describe('a contact by phone, WhatsApp or walk-in', () => {
  it('becomes a case with a reference from the same counter, taken by who registered it, without mail', async () => {
    const form = await h.ask(h.tenants.a);
    const key = randomUUID();
    const response = await h.call('anna', 'POST', '/backoffice/contacts', contact(), key);
    expect(response.status).toBe(201);
    const created = await json<{ reference: string; caseId: string; tenant: string }>(response);
    const next = Number(form.reference.slice(-6)) + 1;
    expect(created).toMatchObject({
      tenant: 'swv-a',
      caseId: key,
      reference: `V-2026-${String(next).padStart(6, '0')}`,
    });

    const item = await h.item('swv-a', key);
    expect(item).toMatchObject({
      kind: 'question',
      channel: 'telefoon',
      contactChannel: 'telefoon',
      status: 'in-behandeling',
      inboxPk: `SP#${steunpunt}#in-behandeling`,
      assignee: 'u-anna',
      createdBy: 'u-anna',
      topic: 'thuiszitten',
      personal: {
        question: 'Vader belde: zoon zit sinds twee weken thuis, school zoekt geen plek.',
        name: 'Piet Jansen',
        phone: '0612345678',
      },
      factPk: 'FACT#PENDING',
      version: 1,
    });
    expect(item).not.toHaveProperty('mails');
    expect(item).not.toHaveProperty('outboxPk');

    const detail = await h.detail('anna', 'swv-a', key);
    expect(detail.history).toEqual([
      expect.objectContaining({
        type: 'created',
        by: 'u-anna',
        byName: 'Anna Medewerker',
        details: { channel: 'telefoon' },
      }),
    ]);

    // A retry is the same contact; the same key with other content is refused.
    const again = await h.call('anna', 'POST', '/backoffice/contacts', contact(), key);
    expect(again.status).toBe(200);
    expect((await json(again)).reference).toBe(created.reference);
    const reused = await h.call(
      'anna',
      'POST',
      '/backoffice/contacts',
      contact({ topic: 'opp' }),
      key,
    );
    expect(reused.status).toBe(422);
    // The next question counts on; the numbers the two retries took stay unused (new-case.ts).
    const afterwards = await h.ask(h.tenants.a);
    expect(afterwards.reference).toBe(`V-2026-${String(next + 3).padStart(6, '0')}`);
  });

  it('can start closed, and then carries its purge keys', async () => {
    const key = randomUUID();
    const response = await h.call(
      'anna',
      'POST',
      '/backoffice/contacts',
      contact({
        channel: 'inloop',
        status: 'afgerond',
        name: '',
        phone: '',
        email: 'Ouder@Example.nl',
      }),
      key,
    );
    expect(response.status).toBe(201);
    const item = await h.item('swv-a', key);
    expect(item).toMatchObject({
      status: 'afgerond',
      contactChannel: 'email',
      closedAt: '2026-11-24T09:30:00.000Z',
      firstResponseAt: '2026-11-24T09:30:00.000Z',
      purgePk: 'PURGE',
      personal: { email: 'ouder@example.nl' },
    });
    expect(item.personPk).toMatch(/^PERSON#[0-9a-f]{64}$/);
  });

  it('refuses an SWV of another steunpunt, a gemeente outside the SWV, an unknown topic and missing fields, in Dutch', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [contact({ swv: 'swv-x' }), 'swv'],
      [contact({ swv: 'bestaat-niet' }), 'swv'],
      [contact({ gemeente: 'Enschede' }), 'gemeente'],
      [contact({ summary: '  ' }), 'summary'],
      [contact({ channel: 'formulier' }), 'channel'],
      [contact({ email: 'geen-adres' }), 'email'],
      [contact({ phone: '12' }), 'phone'],
      // A made-up key, or an own topic no steunpunt has: only the steunpunt's topics count.
      [contact({ topic: 'geen-onderwerp' }), 'topic'],
      [contact({ topic: 'eigen-abcd1234' }), 'topic'],
    ];
    for (const [body, field] of cases) {
      const response = await h.call('anna', 'POST', '/backoffice/contacts', body);
      expect(response.status, field).toBe(400);
      const problem = await json<{ errors: { field: string; message: string }[] }>(response);
      expect(problem.errors[0]?.field, field).toBe(field);
    }
  });
});

describe('reply templates', () => {
  it('are kept by the coördinator, read by every medewerker and filled in per case', async () => {
    expect(await seedDefaultTemplates(h.aws.db, h.aws.tableName, steunpunt, h.now())).toBe(
      defaultTemplates.length,
    );
    expect(await seedDefaultTemplates(h.aws.db, h.aws.tableName, steunpunt, h.now())).toBe(0);

    const key = randomUUID();
    const body = {
      name: 'Doorverwijzing',
      subject: 'Over je vraag {referentie}',
      body: 'Hallo {naam},\n\nDit kan het samenwerkingsverband beter beantwoorden.\n\n{medewerker}, {steunpunt}',
    };
    const created = await h.call('cora', 'POST', '/backoffice/templates', body, key);
    expect(created.status).toBe(201);
    const template = await json<ReplyTemplate>(created);
    expect(template).toMatchObject({ ...body, version: 1 });
    const retried = await h.call('cora', 'POST', '/backoffice/templates', body, key);
    expect(retried.status).toBe(200);
    expect((await json<ReplyTemplate>(retried)).id).toBe(template.id);

    const list = await json<{ items: ReplyTemplate[] }>(
      await h.call('anna', 'GET', '/backoffice/templates'),
    );
    expect(list.items.map((t) => t.name)).toEqual(
      [...defaultTemplates.map((t) => t.name), 'Doorverwijzing'].sort((a, b) =>
        a.localeCompare(b, 'nl'),
      ),
    );
    // Another steunpunt has its own (none here).
    expect(
      (await json<{ items: unknown[] }>(await h.call('xander', 'GET', '/backoffice/templates')))
        .items,
    ).toEqual([]);

    const saved = await h.call('cora', 'PUT', `/backoffice/templates/${template.id}`, {
      ...body,
      name: 'Doorverwijzen',
      version: 1,
    });
    expect(saved.status).toBe(200);
    expect(await json(saved)).toMatchObject({ name: 'Doorverwijzen', version: 2 });
    const stale = await h.call('cora', 'PUT', `/backoffice/templates/${template.id}`, {
      ...body,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(await json(stale)).toMatchObject({ message: expect.stringContaining('opnieuw') });

    const unknown = await h.call('cora', 'POST', '/backoffice/templates', {
      ...body,
      body: 'Hallo {voornaam}',
    });
    expect(unknown.status).toBe(400);
    expect(await json(unknown)).toMatchObject({
      errors: [{ field: 'body', message: expect.stringContaining('{naam}') }],
    });

    // A draft for one case: the placeholders filled in, a missing name leaves no gap.
    const { caseId, reference } = await h.ask(h.tenants.a, { name: '' });
    const draft = await h.call(
      'anna',
      'GET',
      `/backoffice/cases/swv-a/${caseId}/reply-draft?templateId=${template.id}`,
    );
    expect(draft.status).toBe(200);
    expect(await json(draft)).toEqual({
      subject: `Over je vraag ${reference}`,
      body: 'Hallo,\n\nDit kan het samenwerkingsverband beter beantwoorden.\n\nAnna Medewerker, Steunpunt Test',
      lang: 'nl',
    });
    const missing = await h.call(
      'anna',
      'GET',
      `/backoffice/cases/swv-a/${caseId}/reply-draft?templateId=nope`,
    );
    expect(missing.status).toBe(400);

    const deleted = await h.call('cora', 'DELETE', `/backoffice/templates/${template.id}`);
    expect(deleted.status).toBe(204);
    expect((await h.call('cora', 'DELETE', `/backoffice/templates/${template.id}`)).status).toBe(
      204,
    );
    const after = await json<{ items: ReplyTemplate[] }>(
      await h.call('anna', 'GET', '/backoffice/templates'),
    );
    expect(after.items.map((t) => t.id)).not.toContain(template.id);
    expect((await h.call('cora', 'PUT', `/backoffice/templates/${template.id}`, body)).status).toBe(
      404,
    );
  });
});

describe('steunpunt settings', () => {
  it('set the first-answer target of new cases and the retention term of closed ones', async () => {
    const defaults = await h.call('cora', 'GET', '/backoffice/settings');
    expect(await json(defaults)).toEqual({
      responseDays: 5,
      retentionMonths: 12,
      meetingRetentionDays: 30,
      monitorThreshold: 5,
      version: 0,
    });

    const key = randomUUID();
    const saved = await h.call(
      'cora',
      'PUT',
      '/backoffice/settings',
      { responseDays: 3, retentionMonths: 6, version: 0 },
      key,
    );
    expect(saved.status).toBe(200);
    expect(await json(saved)).toMatchObject({ responseDays: 3, retentionMonths: 6, version: 1 });
    const retried = await h.call(
      'cora',
      'PUT',
      '/backoffice/settings',
      { responseDays: 3, retentionMonths: 6, version: 0 },
      key,
    );
    expect(retried.status).toBe(200);
    expect(await json(retried)).toMatchObject({ version: 1 });
    const stale = await h.call('cora', 'PUT', '/backoffice/settings', {
      responseDays: 10,
      retentionMonths: 6,
      version: 0,
    });
    expect(stale.status).toBe(409);

    for (const bad of [
      { responseDays: 0, retentionMonths: 6 },
      { responseDays: 3, retentionMonths: 500 },
      { responseDays: 2.5, retentionMonths: 6 },
      { responseDays: '3', retentionMonths: 6 },
      { responseDays: 3, retentionMonths: 6, meetingRetentionDays: 0 },
      { responseDays: 3, retentionMonths: 6, meetingRetentionDays: 400 },
      { responseDays: 3, retentionMonths: 6, monitorThreshold: 4 },
      { responseDays: 3, retentionMonths: 6, monitorThreshold: 21 },
      { responseDays: 3, retentionMonths: 6, monitorThreshold: 7.5 },
    ]) {
      const response = await h.call('cora', 'PUT', '/backoffice/settings', bad);
      expect(response.status, JSON.stringify(bad)).toBe(400);
    }

    // The meeting term is kept when a client leaves it out, and set when it is sent.
    expect(await readMeetingRetentionDays(h.aws, steunpunt)).toBe(30);
    const meetingTerm = await h.call('cora', 'PUT', '/backoffice/settings', {
      responseDays: 3,
      retentionMonths: 6,
      meetingRetentionDays: 14,
      version: 1,
    });
    expect(await json(meetingTerm)).toMatchObject({ meetingRetentionDays: 14, version: 2 });
    expect(await readMeetingRetentionDays(h.aws, steunpunt)).toBe(14);

    // The monitor's smallest count: 5 until chosen, kept when a client leaves it out.
    expect(await readMonitorThreshold(h.aws, steunpunt)).toBe(5);
    const threshold = await h.call('cora', 'PUT', '/backoffice/settings', {
      responseDays: 3,
      retentionMonths: 6,
      monitorThreshold: 8,
      version: 2,
    });
    expect(await json(threshold)).toMatchObject({
      monitorThreshold: 8,
      meetingRetentionDays: 14,
      version: 3,
    });
    expect(await readMonitorThreshold(h.aws, steunpunt)).toBe(8);
    const kept = await h.call('cora', 'PUT', '/backoffice/settings', {
      responseDays: 3,
      retentionMonths: 6,
      version: 3,
    });
    expect(await json(kept)).toMatchObject({ monitorThreshold: 8, version: 4 });

    // A contact registered now (Tuesday) is due three working days later.
    const contactKey = randomUUID();
    await h.call('anna', 'POST', '/backoffice/contacts', contact({ status: 'nieuw' }), contactKey);
    const detail = await h.detail('anna', 'swv-a', contactKey);
    expect(detail.dueAt).toBe('2026-11-27T09:30:00.000Z');

    // A form question through the settings-aware tenant lookup, too.
    const tenants = withSteunpuntSettings(
      cachedTenantLookup(h.aws.db, h.aws.tableName),
      cachedSettingsLookup({ db: h.aws.db, tableName: h.aws.tableName }, 0),
    );
    const formKey = randomUUID();
    await submitQuestion(
      { db: h.aws.db, tableName: h.aws.tableName, clock: h.now },
      (await tenants('swv-a'))!,
      questionInput.parse(validQuestion()),
      formKey,
    );
    expect((await h.item('swv-a', formKey)).dueAt).toBe('2026-11-27T09:30:00.000Z');

    // Closing starts the steunpunt's term: six months.
    h.setNow('2026-11-30T10:00:00Z');
    const closed = await h.call('anna', 'POST', `/backoffice/cases/swv-a/${contactKey}/status`, {
      status: 'afgerond',
      version: detail.version,
    });
    expect((await json<CaseDetail>(closed)).status).toBe('afgerond');
    expect(String((await h.item('swv-a', contactKey)).purgeSk)).toMatch(/^2027-05-30T/);

    // Another steunpunt still has the defaults.
    expect(await json(await h.call('xander', 'GET', '/backoffice/settings'))).toMatchObject({
      responseDays: 5,
      retentionMonths: 12,
    });
  });
});

describe('the audit log', () => {
  it('lists a month newest first, page by page, for the coördinator only', async () => {
    h.setNow('2027-01-10T10:00:00Z');
    const { caseId, reference } = await h.ask(h.tenants.b);
    for (let i = 0; i < 55; i++) {
      h.setNow(new Date(Date.UTC(2027, 0, 10, 10, i)));
      await h.detail(i % 2 ? 'anna' : 'bob', 'swv-b', caseId);
    }
    const entries: { action: string; at: string; reference: string; userId: string }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await h.call(
        'cora',
        'GET',
        `/backoffice/audit?month=2027-01${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.status).toBe(200);
      const page = await json<{ items: typeof entries; cursor?: string }>(response);
      entries.push(...page.items);
      cursor = page.cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(entries).toHaveLength(55);
    expect(entries.every((e) => e.action === 'viewed' && e.reference === reference)).toBe(true);
    expect(entries.map((e) => e.at)).toEqual(
      entries
        .map((e) => e.at)
        .sort()
        .reverse(),
    );
    expect(new Set(entries.map((e) => e.userId))).toEqual(new Set(['u-anna', 'u-bob']));
    expect(Object.keys(entries[0]!).sort()).toEqual(
      ['action', 'at', 'reference', 'role', 'tenant', 'userId', 'userName'].sort(),
    );

    // Another steunpunt's coördinator sees none of it.
    const theirs = await json<{ items: unknown[] }>(
      await h.call('xander', 'GET', '/backoffice/audit?month=2027-01'),
    );
    expect(theirs.items).toEqual([]);

    for (const query of [
      'month=2027-13',
      'month=januari',
      'month=2027-01&cursor=%%%',
      `month=2027-01&cursor=${Buffer.from('{"sk":5}').toString('base64url')}`,
    ]) {
      const response = await h.call('cora', 'GET', `/backoffice/audit?${query}`);
      expect(response.status, query).toBe(400);
    }
  });
});
