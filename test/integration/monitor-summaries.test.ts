/**
 * The monitor's month summaries against dynalite: kept up to date by the privacy jobs as
 * facts change, idempotent, ordered when rebuilds race, untouched by erasure, and the only
 * thing the monitor's read reads; a report published from them keeps its figures when a fact
 * moves afterwards.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { factDirtyAttributes } from '../../functions/cases/case-fact-mark.ts';
import { caseKey, inboxPartition } from '../../functions/cases/case-keys.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { summaryPendingPartition } from '../../functions/core/keys.ts';
import type { Staff } from '../../functions/auth/tenant-access.ts';
import type { TableDeps } from '../../functions/core/table-deps.ts';
import { agendaPartition, meetingKey } from '../../functions/meetings/meeting-keys.ts';
import {
  createMeetings,
  ownMeeting,
  setAttendance,
  updateMeeting,
} from '../../functions/meetings/meeting-admin.ts';
import { signUpInput } from '../../functions/meetings/meeting-schema.ts';
import { meetingInput } from '../../functions/meetings/meeting-staff-schema.ts';
import { signUp } from '../../functions/meetings/sign-up.ts';
import { factsOf, syncFacts } from '../../functions/monitor/facts.ts';
import { readFigures } from '../../functions/monitor/figures.ts';
import {
  rebuildSummary,
  summaryKey,
  summarise,
  writeSummary,
  type MonthSummary,
} from '../../functions/monitor/month-summary.ts';
import { syncSummaries } from '../../functions/monitor/summary-sync.ts';
import {
  publishReport,
  readReport,
  reportView,
  saveReportText,
} from '../../functions/monitor/half-year-report.ts';
import { monitorReader } from '../../functions/monitor/monitor-read.ts';
import { show } from '../support/monitor-fixtures.ts';
import { parsePeriod } from '../../functions/monitor/periods.ts';
import { eraseCase } from '../../functions/privacy/erasure.ts';
import { runPrivacyJobs } from '../../functions/privacy/privacy-jobs.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import {
  addTenant,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from '../support/local-aws.ts';
import { countedTable, readItem } from '../support/table-reads.ts';
import { validMeeting, validSignUp } from '../support/api-harness.ts';

let aws: LocalAws;
let now: Date;
const asked = new Date('2026-03-10T09:00:00Z');

beforeAll(async () => {
  aws = await startLocalAws();
});
afterAll(() => aws.stop());
beforeEach(() => {
  now = new Date('2026-04-02T08:00:00Z');
});

const deps = (): TableDeps => ({ db: aws.db, tableName: aws.tableName, clock: () => now });
const newTenant = () => addTenant(aws, testTenant(`swv-som-${randomUUID().slice(0, 8)}`));

async function ask(tenant: Tenant, topic: string, at = asked): Promise<string> {
  const key = randomUUID();
  const outcome = await submitQuestion(
    { db: aws.db, tableName: aws.tableName, clock: () => at },
    tenant,
    questionInput.parse(validQuestion({ topic })),
    key,
  );
  if (outcome.kind !== 'created') throw new Error('not created');
  return key;
}

const prefixed = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [`:${k}`, v]));

/** A medewerker reclassifies the case, as the case API does: the topic and a dirty fact at once. */
async function reclassify(tenant: Tenant, key: string, topic: string, at: Date) {
  const { pk } = caseKey(tenant.slug, key);
  await aws.db.send(
    new UpdateCommand({
      TableName: aws.tableName,
      Key: caseKey(tenant.slug, key),
      UpdateExpression: 'SET topic = :topic, factPk = :factPk, factSk = :factSk ADD version :one',
      ExpressionAttributeValues: {
        ':topic': topic,
        ':one': 1,
        ...prefixed(factDirtyAttributes(pk, at)),
      },
    }),
  );
}

/** Closes the case (so it may be erased), with its dirty fact. */
async function close(tenant: Tenant, key: string, at: Date) {
  const { pk } = caseKey(tenant.slug, key);
  await aws.db.send(
    new UpdateCommand({
      TableName: aws.tableName,
      Key: caseKey(tenant.slug, key),
      UpdateExpression:
        'SET #status = :closed, closedAt = :at, firstResponseAt = :at, inboxPk = :inbox, factPk = :factPk, factSk = :factSk ADD version :one',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':closed': 'afgerond',
        ':at': at.toISOString(),
        ':inbox': inboxPartition(tenant.steunpunt, 'afgerond'),
        ':one': 1,
        ...prefixed(factDirtyAttributes(pk, at)),
      },
    }),
  );
}

const summaryOf = (tenant: Tenant, month = '2026-03') =>
  readItem<MonthSummary>(aws, summaryKey(tenant.slug, month));

/** The marks still queued for this tenant. */
async function queued(tenant: Tenant) {
  const { Items } = await aws.db.send(
    new QueryCommand({
      TableName: aws.tableName,
      IndexName: 'sumsync',
      KeyConditionExpression: 'sumPk = :p AND begins_with(sumSk, :t)',
      ExpressionAttributeValues: { ':p': summaryPendingPartition, ':t': `${tenant.slug}#` },
    }),
  );
  return Items ?? [];
}

describe('month summaries', () => {
  it('follow a fact that moves to another topic once the jobs ran, and leave the queue empty', async () => {
    const tenant = await newTenant();
    const first = await ask(tenant, 'opp');
    await ask(tenant, 'thuiszitten');
    await runPrivacyJobs(deps());
    expect(await summaryOf(tenant)).toMatchObject({
      total: 2,
      byDimension: { topic: { opp: 1, thuiszitten: 1 }, kind: { question: 2 } },
    });

    await reclassify(tenant, first, 'thuiszitten', new Date('2026-04-01T10:00:00Z'));
    await runPrivacyJobs(deps());
    const summary = await summaryOf(tenant);
    expect(summary?.total).toBe(2);
    // Rebuilt, not adjusted: the old topic is gone, not left at zero.
    expect(summary?.byDimension.topic).toEqual({ thuiszitten: 2 });
    // Ordered by the moment the job wrote the fact and its mark.
    expect(summary?.asOf).toBe(now.toISOString());
    expect(await queued(tenant)).toEqual([]);
  });

  it('change nothing when the job runs again, or a month is rebuilt twice', async () => {
    const tenant = await newTenant();
    await ask(tenant, 'opp');
    await runPrivacyJobs(deps());
    const before = await summaryOf(tenant);

    now = new Date('2026-04-03T08:00:00Z');
    await runPrivacyJobs(deps());
    expect(await summaryOf(tenant)).toEqual(before);

    // The same mark read twice (two job runs at once): the second rebuild writes the same.
    const target = { tenant: tenant.slug, month: '2026-03' };
    const again = await rebuildSummary(deps(), tenant.steunpunt, target, {
      markedAt: before!.asOf,
      meetings: [],
    });
    expect(again.written).toBe(true);
    const { rebuiltAt: _was, ...counts } = before!;
    const { rebuiltAt: _now, ...rebuilt } = (await summaryOf(tenant))!;
    expect(rebuilt).toEqual(counts);
  });

  it('keep the newer of two racing rebuilds, whichever writes last', async () => {
    const tenant = await newTenant();
    const key = await ask(tenant, 'opp');
    await syncFacts(deps(), 200);
    const target = { tenant: tenant.slug, month: '2026-03' };
    // A slow rebuild read the facts before the change…
    const stale = summarise(target, await factsOf(deps(), tenant.slug, '2026-03', true), [], now);

    await reclassify(tenant, key, 'schoolkeuze', new Date('2026-04-01T11:00:00Z'));
    await syncFacts(deps(), 200);
    // …a fast one after it, and writes first.
    const fresh = await rebuildSummary(deps(), tenant.steunpunt, target);
    expect(fresh.written).toBe(true);
    expect(await writeSummary(deps(), stale)).toBe(false);
    expect((await summaryOf(tenant))?.byDimension.topic).toEqual({ schoolkeuze: 1 });

    // And in the other order the newer one simply overwrites.
    const both = await Promise.all([
      rebuildSummary(deps(), tenant.steunpunt, target),
      rebuildSummary(deps(), tenant.steunpunt, target),
    ]);
    expect(both.map((b) => b.summary.byDimension.topic)).toEqual([
      { schoolkeuze: 1 },
      { schoolkeuze: 1 },
    ]);
    await syncSummaries(deps(), 200);
    expect(await queued(tenant)).toEqual([]);
  });

  it('count a fact synced late, whatever rebuild that read before it writes afterwards', async () => {
    const tenant = await newTenant();
    await ask(tenant, 'opp');
    await runPrivacyJobs(deps());
    const target = { tenant: tenant.slug, month: '2026-03' };
    const seen = (await summaryOf(tenant))!.asOf;
    // A run that saw the last mark reads the month before the next fact lands…
    const facts = await factsOf(deps(), tenant.slug, '2026-03', true);
    const stale = { ...summarise(target, facts, [], now), asOf: seen };

    // …a case asked on the same day reaches its fact only a day later (its changedAt is
    // old, its mark is not), and another run rebuilds for that mark.
    await ask(tenant, 'thuiszitten');
    now = new Date('2026-04-03T08:00:00Z');
    await runPrivacyJobs(deps());
    expect(await writeSummary(deps(), stale)).toBe(false);
    expect((await summaryOf(tenant))?.total).toBe(2);
  });

  it('stay as they are when a person is erased', async () => {
    const tenant = await newTenant();
    const key = await ask(tenant, 'opp');
    await close(tenant, key, new Date('2026-03-20T15:00:00Z'));
    await runPrivacyJobs(deps());
    const before = await summaryOf(tenant);
    expect(before).toMatchObject({ total: 1, firstAnswer: { known: 1 } });

    expect(await eraseCase(deps(), caseKey(tenant.slug, key))).toBe('erased');
    expect((await readItem(aws, caseKey(tenant.slug, key)))?.personal).toBeUndefined();
    expect(await queued(tenant)).toEqual([]);
    await runPrivacyJobs(deps());
    expect(await summaryOf(tenant)).toEqual(before);
  });

  it('count the meetings held that month for the tenant, not cancelled ones or other tenants', async () => {
    const tenant = await newTenant();
    const meeting = (id: string, startsAt: string, extra: Record<string, unknown> = {}) =>
      aws.db.send(
        new PutCommand({
          TableName: aws.tableName,
          Item: {
            ...meetingKey(id),
            kind: 'meeting',
            id,
            steunpunt: tenant.steunpunt,
            tenants: [tenant.slug, 'swv-ander'],
            audience: 'ouders',
            startsAt,
            inboxPk: agendaPartition(tenant.steunpunt),
            inboxSk: `${startsAt}#${id}`,
            confirmed: { a: 2, b: 1 },
            attended: { a: true, b: false },
            waiting: [],
            signedUpPersons: 4,
            cancelledPersons: 1,
            cancelled: false,
            ...extra,
          },
        }),
      );
    const id = () => randomUUID().replaceAll('-', '');
    // Still February in UTC, but 1 March 00:30 in Amsterdam: it counts in March.
    await meeting(id(), '2026-02-28T23:30:00.000Z');
    await meeting(id(), '2026-03-18T18:00:00.000Z', { cancelled: true });
    await meeting(id(), '2026-03-31T22:30:00.000Z'); // 1 April in Amsterdam
    await meeting(id(), '2026-03-20T18:00:00.000Z', { tenants: ['swv-ander'] });
    await ask(tenant, 'opp');
    await runPrivacyJobs(deps());
    expect((await summaryOf(tenant))?.meetings).toEqual({ meetings: 1, signUps: 4, attended: 2 });
  });
});

/** A coördinator of the tenant's steunpunt, the steunpunt as the meeting routes see it. */
function meetingsOf(tenant: Tenant) {
  const staff: Staff = {
    userId: 'user-anna',
    name: 'Anna',
    email: 'anna@steunpunt.example',
    role: 'coordinator',
    steunpunt: tenant.steunpunt,
  };
  const info = {
    steunpunt: tenant.steunpunt,
    steunpuntName: 'Steunpunt Test',
    steunpuntEmail: 'steunpunt@test.example',
    tenants: [tenant.slug],
    retentionDays: 30,
  };
  return { staff, info, meetingDeps: { ...deps(), siteOrigin: 'http://localhost' } };
}

describe('meetings in month summaries', () => {
  it('are queued by their own writes: made, signed up for, attended, moved to another month', async () => {
    const tenant = await newTenant();
    const { staff, info, meetingDeps } = meetingsOf(tenant);
    now = new Date('2026-03-01T09:00:00Z');
    const input = meetingInput.parse(validMeeting({ date: '2026-03-17' }));
    const { ids } = await createMeetings(meetingDeps, info, staff, input, randomUUID());
    const id = ids[0]!;
    await runPrivacyJobs(deps());
    expect((await summaryOf(tenant))?.meetings).toEqual({ meetings: 1, signUps: 0, attended: 0 });

    const outcome = await signUp(
      meetingDeps,
      tenant.slug,
      id,
      signUpInput.parse(validSignUp({ persons: 2 })),
      randomUUID(),
    );
    expect(outcome.kind).toBe('placed');
    await runPrivacyJobs(deps());
    expect((await summaryOf(tenant))?.meetings).toEqual({ meetings: 1, signUps: 2, attended: 0 });

    now = new Date('2026-03-18T09:00:00Z');
    const meeting = (await ownMeeting(meetingDeps, staff, id))!;
    const [attendee] = Object.keys(meeting.confirmed);
    expect(await setAttendance(meetingDeps, meeting, attendee!, true)).toBe('done');
    await runPrivacyJobs(deps());
    expect((await summaryOf(tenant))?.meetings).toEqual({ meetings: 1, signUps: 2, attended: 2 });
    expect(await queued(tenant)).toEqual([]);
  });

  it('leave the month a meeting moved away from', async () => {
    const tenant = await newTenant();
    const { staff, info, meetingDeps } = meetingsOf(tenant);
    now = new Date('2026-03-01T09:00:00Z');
    const { ids } = await createMeetings(
      meetingDeps,
      info,
      staff,
      meetingInput.parse(validMeeting({ date: '2026-03-17' })),
      randomUUID(),
    );
    await runPrivacyJobs(deps());
    expect((await summaryOf(tenant))?.meetings.meetings).toBe(1);

    const { repeatMonthly: _, ...edit } = meetingInput.parse(validMeeting({ date: '2026-04-14' }));
    expect((await updateMeeting(meetingDeps, info, staff, ids[0]!, edit, randomUUID())).kind).toBe(
      'done',
    );
    await runPrivacyJobs(deps());
    expect((await summaryOf(tenant))?.meetings.meetings).toBe(0);
    expect((await summaryOf(tenant, '2026-04'))?.meetings.meetings).toBe(1);
  });
});

describe('the monitor read', () => {
  it('sums month summaries for a half year, its comparisons and trend, reading no fact', async () => {
    const tenant = await newTenant();
    await ask(tenant, 'opp', new Date('2026-02-10T09:00:00Z'));
    await ask(tenant, 'opp', new Date('2026-05-10T09:00:00Z'));
    await ask(tenant, 'thuiszitten', new Date('2025-03-10T09:00:00Z'));
    await ask(tenant, 'schoolkeuze', new Date('2025-11-10T09:00:00Z'));
    now = new Date('2026-07-02T08:00:00Z');
    await runPrivacyJobs(deps());

    const { deps: counted, reads } = countedTable(aws);
    const figures = await readFigures(counted, tenant.slug, parsePeriod('2026-H1')!, 3);
    expect(figures.current).toMatchObject({ total: 2, byDimension: { topic: { opp: 2 } } });
    expect(figures.previous).toMatchObject({
      total: 1,
      byDimension: { topic: { schoolkeuze: 1 } },
    });
    expect(figures.yearEarlier).toMatchObject({
      total: 1,
      byDimension: { topic: { thuiszitten: 1 } },
    });
    expect(figures.trend.map((counts) => [counts.period.id, counts.total])).toEqual([
      ['2025-H1', 1],
      ['2025-H2', 1],
      ['2026-H1', 2],
    ]);
    expect(reads.requests).toBe(1);
    expect(reads.items).toHaveLength(4);
    expect(reads.items.every((pk) => pk === `SUM#${tenant.slug}`)).toBe(true);
  });
});

describe('a published half-year report', () => {
  it('keeps its figures when a fact moves to another topic afterwards', async () => {
    const tenant = await newTenant();
    const march = new Date('2026-03-10T09:00:00Z');
    const opp = [];
    for (let i = 0; i < 6; i++) opp.push(await ask(tenant, 'opp', march));
    for (let i = 0; i < 5; i++) await ask(tenant, 'tlv', march);
    now = new Date('2026-07-02T08:00:00Z');
    await runPrivacyJobs(deps());

    const period = parsePeriod('2026-H1')!;
    const read = monitorReader(deps());
    const topics = async () =>
      (await read({ tenant, period, trendLength: 6 })).current.byDimension.topic;
    const before = await topics();
    expect(before).toMatchObject({ opp: show(6), tlv: show(5) });

    const ruud: Staff = {
      userId: 'ruud-coordinator',
      name: 'Ruud Visser',
      email: 'ruud@steunpunt.example',
      role: 'coordinator',
      steunpunt: tenant.steunpunt,
    };
    const texts = { intro: 'Een rustig halfjaar.', recommendations: 'Meer uitleg over de TLV.' };
    expect(
      await saveReportText(deps(), ruud, tenant.slug, period.id, { ...texts, version: 0 }),
    ).toEqual({ kind: 'saved', version: 1 });
    const figures = await read({ tenant, period, trendLength: 6 });
    const published = await publishReport(
      deps(),
      ruud,
      tenant,
      period,
      { version: 1 },
      figures,
      [],
      'https://portaal.test',
    );
    expect(published).toMatchObject({ kind: 'published' });

    // A medewerker moves one case from OPP to TLV; the jobs rebuild March.
    now = new Date('2026-07-03T08:00:00Z');
    await reclassify(tenant, opp[0]!, 'tlv', now);
    await runPrivacyJobs(deps());
    expect(await topics()).toMatchObject({ opp: show(5), tlv: show(6) });

    // The report Joost reads is the snapshot of the day it was published.
    const item = await readReport(deps(), tenant.slug, period.id);
    const view = reportView(tenant, period, item, await read({ tenant, period, trendLength: 6 }));
    expect(view.state).toBe('published');
    expect(view.figures.current.byDimension.topic).toEqual(before);
  });
});
