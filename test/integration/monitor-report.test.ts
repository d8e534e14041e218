/**
 * The half-year report's routes (functions/api/monitor-report-routes.ts) with real tokens:
 * Ruud drafts and publishes, Joost is told by mail and reads it, the published report
 * keeps its figures when the figures change, publishing twice mails once, a reader of
 * another SWV finds nothing, and no answer carries anything of a case.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../../functions/api/app.ts';
import { reportMessages } from '../../functions/api/monitor-report-routes.ts';
import { readerKey } from '../../functions/auth/user-directory.ts';
import { auditPartition } from '../../functions/core/keys.ts';
import type { MailEntry } from '../../functions/mail/outbox.ts';
import { renderFrom } from '../../functions/mail/templates.ts';
import { mailTemplates } from '../../functions/mail-worker/mail-templates.ts';
import { reportKey } from '../../functions/monitor/half-year-report.ts';
import type { ReadMonitor } from '../../functions/monitor/monitor-read.ts';
import type { ProtectedFigures, Shown } from '../../functions/monitor/monitor-types.ts';
import { demoUser, demoUsers, type DemoUser } from '../../scripts/local/demo-users.ts';
import { type LocalAws } from '../support/local-aws.ts';
import { fixtureReader, protectedFigures, show } from '../support/monitor-fixtures.ts';
import { startSignedInApp, stopSignedInApp, type RunningIdp } from '../support/signed-in-app.ts';
import { itemsUnder, readItem } from '../support/table-reads.ts';
import {
  caseSecret,
  demoTokens,
  foreign,
  joosts,
  seedMonitorTenants,
  sibling,
  storeCaseSecret,
} from '../support/monitor-tenants.ts';

const now = new Date('2026-11-24T10:00:00Z');
const siteOrigin = 'https://portaal.test';

/** The reader of the sibling SWV: same steunpunt, another board. */
const lisa: DemoUser = {
  id: 'lisa-swv-lezer',
  name: 'Lisa Bakker',
  email: 'lisa.bakker@vo-amstelland.example',
  role: 'swv-lezer',
  swv: sibling.slug,
};

const secret = caseSecret;

/** The figures change after publishing: the total of the period becomes 999. */
let figuresChanged = false;

/**
 * A reader that carries too much (a case's identifiers and texts, the value of a hidden
 * count), with one approved signal text, and whose figures change when told to.
 */
const leakyReader: ReadMonitor = async (request) => {
  const figures = protectedFigures(request.tenant.slug, request.period, request.trendLength);
  const hiddenWithValue = { shown: false, reason: 'klein', value: 3 } as unknown as Shown;
  return {
    ...figures,
    ...secret,
    current: {
      ...figures.current,
      ...secret,
      total: figuresChanged ? show(999) : figures.current.total,
      byDimension: {
        ...figures.current.byDimension,
        topic: { ...figures.current.byDimension.topic, opp: hiddenWithValue },
      },
    },
    signals: [
      {
        category: 'wachttijden',
        texts: [
          {
            text: 'Ouders wachten lang op een gesprek over een TLV.',
            month: '2026-03',
            cases: { ...show(6), caseId: secret.caseId } as unknown as Shown,
          },
        ],
        ...{ unapproved: secret.signalText, cases: show(6) },
      },
    ],
  } as ProtectedFigures;
};

let aws: LocalAws;
let idp: RunningIdp;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};
/** Every answer body read in this file, to search for what must never be in one. */
const answers: string[] = [];

beforeAll(async () => {
  ({ aws, idp, app } = await startSignedInApp({
    seed: seedMonitorTenants,
    users: () => async () => [...demoUsers, lisa],
    deps: () => ({ clock: () => now, readMonitor: fixtureReader(leakyReader), siteOrigin }),
  }));
  await storeCaseSecret(aws, now);
  Object.assign(
    tokens,
    await demoTokens(idp, ['joost-swv-lezer', 'ruud-coordinator', 'sanne-medewerker']),
  );
  tokens[lisa.id] = await idp.tokenFor(lisa);
  // Signing in remembers the readers, whose addresses the report's mails refer to.
  for (const user of ['joost-swv-lezer', lisa.id, 'ruud-coordinator']) {
    const me = await call(user, 'GET', '/api/backoffice/me');
    expect(me.status).toBe(200);
  }
});
afterAll(() => stopSignedInApp({ aws, idp }));

async function call(user: string | undefined, method: string, path: string, body?: unknown) {
  const response = await app.request(path, {
    method,
    headers: {
      ...(user ? { authorization: `Bearer ${tokens[user]}` } : {}),
      ...(body === undefined
        ? {}
        : { 'content-type': 'application/json', 'idempotency-key': randomUUID() }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  answers.push(text);
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const base = `/api/backoffice/rapportages/${joosts.slug}`;
const texts = {
  intro: 'In het eerste halfjaar van 2026 kwamen meer vragen over thuiszitten binnen.',
  recommendations: 'Maak samen met de scholen een plan voor kinderen die thuiszitten.',
};
let draftFigures: ProtectedFigures;

describe('the half-year report', () => {
  it('remembers an SWV reader at sign-in with their address, on an item of their SWV', async () => {
    const item = await readItem<{ personal: { email: string } }>(
      aws,
      readerKey(joosts.slug, 'joost-swv-lezer'),
    );
    expect(item?.personal.email).toBe(demoUser('joost-swv-lezer')!.email);
    expect(await readItem(aws, readerKey(joosts.slug, lisa.id))).toBeUndefined();
  });

  it('gives Ruud a generated draft of an ended half year, and no other', async () => {
    const draft = await call('ruud-coordinator', 'GET', `${base}/2026-H1/concept`);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({
      swv: { slug: joosts.slug, name: joosts.name },
      period: { id: '2026-H1', label: '1e halfjaar 2026' },
      state: 'draft',
      version: 0,
      intro: '',
      recommendations: '',
    });
    expect(draft.body.figures.current.period.id).toBe('2026-H1');
    expect(draft.body.figures.trend).toHaveLength(6);
    expect(draft.body.figures.signals[0].texts[0].text).toMatch(/TLV/);
    draftFigures = draft.body.figures;
    for (const period of ['2026-H2', '2026-K1', '2026-05', '2027-H1']) {
      const response = await call('ruud-coordinator', 'GET', `${base}/${period}/concept`);
      expect(response.status, period).toBe(404);
    }
    const foreignDraft = await call(
      'ruud-coordinator',
      'GET',
      `/api/backoffice/rapportages/${foreign.slug}/2026-H1/concept`,
    );
    expect(foreignDraft.status).toBe(404);
  });

  it('saves the texts by version: a retry answers the same, an older version is refused', async () => {
    const tooLong = await call('ruud-coordinator', 'PUT', `${base}/2026-H1/concept`, {
      ...texts,
      intro: 'x'.repeat(2001),
      version: 0,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([
      { field: 'intro', message: 'Gebruik hoogstens 2000 tekens' },
    ]);
    const first = await call('ruud-coordinator', 'PUT', `${base}/2026-H1/concept`, {
      ...texts,
      version: 0,
    });
    expect(first).toEqual({ status: 200, body: { version: 1 } });
    const retry = await call('ruud-coordinator', 'PUT', `${base}/2026-H1/concept`, {
      ...texts,
      version: 0,
    });
    expect(retry).toEqual({ status: 200, body: { version: 1 } });
    const stale = await call('ruud-coordinator', 'PUT', `${base}/2026-H1/concept`, {
      ...texts,
      intro: 'Een andere inleiding.',
      version: 0,
    });
    expect(stale).toEqual({ status: 409, body: { message: reportMessages.conflict } });
    const second = await call('ruud-coordinator', 'PUT', `${base}/2026-H1/concept`, {
      ...texts,
      version: 1,
    });
    expect(second.body).toEqual({ version: 2 });
  });

  it('keeps a draft from Joost: not in his list, not found on its own', async () => {
    const list = await call('joost-swv-lezer', 'GET', base);
    expect(list.body).toMatchObject({
      reports: [],
      latest: { id: '2026-H1', label: '1e halfjaar 2026' },
    });
    expect((await call('joost-swv-lezer', 'GET', `${base}/2026-H1`)).status).toBe(404);
    expect((await call('joost-swv-lezer', 'GET', `${base}/2026-H1/concept`)).status).toBe(403);
  });

  it('publishes once, with one mail per reader of the SWV, however often it is pressed', async () => {
    const stale = await call('ruud-coordinator', 'POST', `${base}/2026-H1/publiceren`, {
      version: 1,
    });
    expect(stale.status).toBe(409);
    const first = await call('ruud-coordinator', 'POST', `${base}/2026-H1/publiceren`, {
      version: 2,
    });
    expect(first.status).toBe(200);
    expect(first.body.state).toBe('published');
    const again = await call('ruud-coordinator', 'POST', `${base}/2026-H1/publiceren`, {
      version: 2,
    });
    expect(again).toEqual(first);

    const item = await readItem<{ mails: Record<string, MailEntry>; pendingMails: Set<string> }>(
      aws,
      reportKey(joosts.slug, '2026-H1'),
    );
    const mails = Object.values(item!.mails);
    expect(mails).toHaveLength(1);
    expect(item!.pendingMails.size).toBe(1);
    expect(mails[0]).toMatchObject({
      template: 'monitor-report-published',
      to: '',
      toRef: readerKey(joosts.slug, 'joost-swv-lezer'),
    });
    const rendered = renderFrom(mailTemplates, mails[0]!.template, mails[0]!.params, {
      recipient: { personal: { name: 'Joost de Graaf' } },
    });
    expect(rendered.subject).toBe(`Nieuwe halfjaarrapportage 1e halfjaar 2026: ${joosts.name}`);
    expect(rendered.text).toContain(
      `${siteOrigin}/backoffice/rapportage/?swv=${joosts.slug}&periode=2026-H1`,
    );
    // Only that the report is there: no count, no signal, no text of the report.
    expect(Object.keys(mails[0]!.params).sort()).toEqual([
      'link',
      'period',
      'steunpuntName',
      'swvName',
    ]);
    expect(rendered.text).not.toMatch(/\b(52|999)\b|TLV|thuiszitten/);
  });

  it('shows Joost the report as published, also after the figures changed', async () => {
    figuresChanged = true;
    const list = await call('joost-swv-lezer', 'GET', base);
    expect(list.body.reports).toEqual([
      { period: '2026-H1', label: '1e halfjaar 2026', publishedAt: now.toISOString() },
    ]);
    const report = await call('joost-swv-lezer', 'GET', `${base}/2026-H1`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ state: 'published', version: 2, ...texts });
    expect(report.body.figures).toEqual(draftFigures);
    expect(report.body.figures.current.total).not.toEqual(show(999));
    // The coördinator's view is the snapshot too, and it can no longer be edited.
    const draft = await call('ruud-coordinator', 'GET', `${base}/2026-H1/concept`);
    expect(draft.body.figures).toEqual(draftFigures);
    const edit = await call('ruud-coordinator', 'PUT', `${base}/2026-H1/concept`, {
      ...texts,
      version: 2,
    });
    expect(edit).toEqual({ status: 409, body: { message: reportMessages.published } });
  });

  it('keeps the report from a reader of another SWV and from a medewerker', async () => {
    expect((await call(lisa.id, 'GET', base)).status).toBe(404);
    expect((await call(lisa.id, 'GET', `${base}/2026-H1`)).status).toBe(404);
    expect((await call('sanne-medewerker', 'GET', `${base}/2026-H1`)).status).toBe(403);
    expect((await call(undefined, 'GET', `${base}/2026-H1`)).status).toBe(401);
  });

  it('writes who saved, published and read it in the steunpunt’s log, naming no case', async () => {
    const entries = await itemsUnder(aws, auditPartition(joosts.steunpunt, now));
    const actions = entries.map((entry) => `${entry.action} ${entry.userId} ${entry.reference}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'report-saved ruud-coordinator 2026-H1',
        'report-published ruud-coordinator 2026-H1',
        'report-read joost-swv-lezer 2026-H1',
      ]),
    );
    expect(actions.filter((a) => a.startsWith('report-published'))).toHaveLength(1);
  });

  it('never answers a case id, reference, name, address or unapproved text', () => {
    const all = answers.join('\n');
    expect(answers.length).toBeGreaterThan(15);
    for (const value of Object.values(secret)) expect(all).not.toContain(value);
    expect(all).not.toContain('"value":3}');
  });
});
