/**
 * The back-office and meeting routes on dynalite and the local SES, behind a stand-in for
 * the auth middleware that sets the principal named in the `x-test-user` header. That header
 * exists only here: the portal mounts the real auth middleware in front of these routes.
 * Each harness has the same three tenants (two of `steunpunt`, one of `otherSteunpunt`), a
 * clock the test sets, and `call(user, method, path, body, key)`.
 */
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { backofficeCaseRoutes } from '../../functions/api/backoffice-case-routes.ts';
import { backofficeMeetingRoutes } from '../../functions/api/backoffice-meeting-routes.ts';
import { backofficeSignalRoutes } from '../../functions/api/backoffice-signal-routes.ts';
import { steunpuntCaseRoutes } from '../../functions/api/steunpunt-app.ts';
import { meetingRoutes } from '../../functions/api/meeting-routes.ts';
import { monitorRoutes } from '../../functions/api/monitor-routes.ts';
import { monitorReader } from '../../functions/monitor/monitor-read.ts';
import type { Principal } from '../../functions/auth/principal.ts';
import type { CaseDeps } from '../../functions/cases/case-deps.ts';
import { caseKey, inboxPartition } from '../../functions/cases/case-keys.ts';
import type { CaseDetail, CaseStatus } from '../../functions/cases/case.ts';
import type { BackofficeEnv } from '../../functions/auth/middleware.ts';
import { drainOutbox } from '../../functions/mail/mail-worker.ts';
import { tellMeetingNews } from '../../functions/meetings/meeting-news.ts';
import { meetingKey } from '../../functions/meetings/meeting-keys.ts';
import type { MeetingItem } from '../../functions/meetings/meeting-model.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import {
  addTenant,
  localWorker,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from './local-aws.ts';
import { itemsUnder, readItem } from './table-reads.ts';

export const steunpunt = 'steunpunt-test';
export const otherSteunpunt = 'steunpunt-elders';

export const users = {
  anna: {
    userId: 'u-anna',
    name: 'Anna Medewerker',
    email: 'anna@steunpunt.example',
    role: 'medewerker',
    steunpunt,
  },
  bob: {
    userId: 'u-bob',
    name: 'Bob Medewerker',
    email: 'bob@steunpunt.example',
    role: 'medewerker',
    steunpunt,
  },
  cora: {
    userId: 'u-cora',
    name: 'Cora Coördinator',
    email: 'cora@steunpunt.example',
    role: 'coordinator',
    steunpunt,
  },
  xander: {
    userId: 'u-xander',
    name: 'Xander Elders',
    email: 'xander@elders.example',
    role: 'coordinator',
    steunpunt: otherSteunpunt,
  },
  lezer: {
    userId: 'u-lezer',
    name: 'Lies Lezer',
    email: 'lies@swv.example',
    role: 'swv-lezer',
    swv: 'swv-a',
  },
  beheerder: {
    userId: 'u-beheer',
    name: 'Bert Beheerder',
    email: 'bert@portaal.example',
    role: 'beheerder',
  },
} satisfies Record<string, Principal>;
export type User = keyof typeof users;

/** What every harness has: the local table and mail, the tenants, the clock and the routes. */
export interface ApiHarness {
  aws: LocalAws;
  tenants: Record<'a' | 'b' | 'x', Tenant>;
  now(): Date;
  setNow(moment: Date | string): void;
  call(
    user: User | null,
    method: string,
    path: string,
    body?: unknown,
    key?: string,
  ): Promise<Response>;
  stop(): Promise<void>;
}

/** The local AWS with the three tenants, and the app to mount the routes under test on. */
async function startApiHarness(): Promise<{ base: ApiHarness; app: Hono<BackofficeEnv> }> {
  const aws = await startLocalAws();
  const tenants = {
    a: await addTenant(aws, { ...testTenant('swv-a'), steunpunt }),
    b: await addTenant(aws, { ...testTenant('swv-b'), steunpunt }),
    x: await addTenant(aws, {
      ...testTenant('swv-x'),
      steunpunt: otherSteunpunt,
      steunpuntName: 'Steunpunt Elders',
    }),
  };
  let now = new Date('2026-11-24T09:30:00Z');

  const app = new Hono<BackofficeEnv>().basePath('/api');
  app.use('*', async (c, next) => {
    const name = c.req.header('x-test-user') as User | undefined;
    c.set('principal', name ? users[name] : undefined);
    await next();
  });
  app.notFound((c) => c.json({ message: 'Deze pagina bestaat niet' }, 404));

  const base: ApiHarness = {
    aws,
    tenants,
    now: () => now,
    setNow(moment) {
      now = new Date(moment);
    },
    async call(user, method, path, body, key = randomUUID()) {
      return app.request(`/api${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': key,
          ...(user ? { 'x-test-user': user } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
    stop: () => aws.stop(),
  };
  return { base, app };
}

/** The back-office case routes. */
export interface Harness extends ApiHarness {
  deps: CaseDeps;
  /** A question through the form's own code, at the current clock. */
  ask(
    tenant: Tenant,
    overrides?: Record<string, unknown>,
  ): Promise<{ caseId: string; reference: string }>;
  detail(user: User, tenant: string, caseId: string): Promise<CaseDetail>;
  item(tenant: string, caseId: string): Promise<Record<string, unknown>>;
  inboxKeys(status: CaseStatus): Promise<string[]>;
  drainMail(): Promise<void>;
}

export async function startHarness(options: { inboxReadLimit?: number } = {}): Promise<Harness> {
  const staff = [users.anna, users.bob, users.cora, users.xander];
  const { base, app } = await startApiHarness();
  const { aws, tenants } = base;
  const deps: CaseDeps = {
    db: aws.db,
    tableName: aws.tableName,
    clock: base.now,
    tenants: cachedTenantLookup(aws.db, aws.tableName),
    steunpuntTenants: async (sp) =>
      Object.values(tenants)
        .filter((tenant) => tenant.steunpunt === sp)
        .map((tenant) => tenant.slug),
    colleague: async (sp, userId) => {
      const user = staff.find((u) => u.userId === userId && u.steunpunt === sp);
      return user ? { userId: user.userId, name: user.name, role: user.role } : undefined;
    },
    ...(options.inboxReadLimit ? { inboxReadLimit: options.inboxReadLimit } : {}),
  };
  app.route('/', backofficeCaseRoutes(deps));
  app.route('/', steunpuntCaseRoutes(deps));
  app.route('/', backofficeSignalRoutes(deps));
  app.route('/', monitorRoutes({ ...deps, readMonitor: monitorReader(deps) }));

  const harness: Harness = {
    ...base,
    deps,
    async ask(tenant, overrides = {}) {
      const caseId = randomUUID();
      const outcome = await submitQuestion(
        { db: aws.db, tableName: aws.tableName, clock: base.now },
        tenant,
        questionInput.parse(validQuestion(overrides)),
        caseId,
      );
      if (outcome.kind === 'key-reused') throw new Error('unexpected');
      return { caseId, reference: outcome.reference };
    },
    async detail(user, tenant, caseId) {
      const response = await harness.call(user, 'GET', `/backoffice/cases/${tenant}/${caseId}`);
      if (response.status !== 200) throw new Error(`detail: ${response.status}`);
      return (await response.json()) as CaseDetail;
    },
    async item(tenant, caseId) {
      return (await readItem(aws, caseKey(tenant, caseId)))!;
    },
    async inboxKeys(status) {
      const items = await aws.db.send(
        new QueryCommand({
          TableName: aws.tableName,
          IndexName: 'inbox',
          KeyConditionExpression: 'inboxPk = :p',
          ExpressionAttributeValues: { ':p': inboxPartition(steunpunt, status) },
        }),
      );
      return (items.Items ?? []).map((item) => String(item.caseId));
    },
    async drainMail() {
      await drainOutbox(localWorker(aws, base.now));
    },
  };
  return harness;
}

export const siteOrigin = 'https://portaal.test';

export interface CaughtRawMail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments?: { filename?: string; contentType?: string; content: string }[];
}

/** The meeting routes, public and back office. */
export interface MeetingHarness extends ApiHarness {
  /** Creates a meeting as Anna (medewerker of steunpunt-test); returns its id. */
  createMeeting(overrides?: Record<string, unknown>): Promise<string>;
  signUp(
    meetingId: string,
    overrides?: Record<string, unknown>,
    key?: string,
    swv?: string,
  ): Promise<Response>;
  meeting(meetingId: string): Promise<MeetingItem>;
  attendeeItems(meetingId: string): Promise<Record<string, unknown>[]>;
  drainMail(): Promise<void>;
  mails(): Promise<CaughtRawMail[]>;
  clearMails(): Promise<void>;
}

export const validMeeting = (overrides: Record<string, unknown> = {}) => ({
  title: 'Oudercafé: de overstap',
  description: 'Een avond voor ouders over de overstap naar de middelbare school.',
  date: '2026-12-15',
  startTime: '19:30',
  endTime: '21:00',
  locationKind: 'plaats',
  location: 'Bibliotheek Hoofddorp, Raadhuisplein 1',
  onlineUrl: '',
  capacity: 10,
  signUpDeadline: '',
  audience: 'ouders',
  tenant: 'alle',
  reminderDays: 2,
  repeatMonthly: 0,
  ...overrides,
});

let counter = 0;
export const validSignUp = (overrides: Record<string, unknown> = {}) => ({
  name: `Ouder ${++counter}`,
  email: `ouder-${counter}-${randomUUID().slice(0, 8)}@example.nl`,
  phone: '',
  persons: 1,
  needs: '',
  consent: true,
  ...overrides,
});

export async function startMeetingHarness(): Promise<MeetingHarness> {
  const { base, app } = await startApiHarness();
  const { aws } = base;
  const deps = {
    db: aws.db,
    tableName: aws.tableName,
    clock: base.now,
    siteOrigin,
    tenants: cachedTenantLookup(aws.db, aws.tableName),
  };
  app.route('/', meetingRoutes(deps));
  app.route('/', backofficeMeetingRoutes(deps));

  const harness: MeetingHarness = {
    ...base,
    async createMeeting(overrides = {}) {
      const response = await harness.call(
        'anna',
        'POST',
        '/backoffice/bijeenkomsten',
        validMeeting(overrides),
      );
      if (response.status !== 201) {
        throw new Error(`create: ${response.status} ${await response.text()}`);
      }
      const body = (await response.json()) as { meetings: { id: string }[] };
      return body.meetings[0]!.id;
    },
    signUp(meetingId, overrides = {}, key = randomUUID(), swv = 'swv-a') {
      return harness.call(
        null,
        'POST',
        `/swv/${swv}/bijeenkomsten/${meetingId}/aanmeldingen`,
        validSignUp(overrides),
        key,
      );
    },
    async meeting(meetingId) {
      return (await readItem<MeetingItem>(aws, meetingKey(meetingId)))!;
    },
    attendeeItems(meetingId) {
      return itemsUnder(aws, meetingKey(meetingId).pk, 'ATTENDEE#');
    },
    async drainMail() {
      // Until nothing due is left: one pass handles a batch of items. The meetings' news
      // first, as the worker does.
      for (let pass = 0; pass < 20; pass++) {
        await tellMeetingNews({ db: aws.db, tableName: aws.tableName, clock: base.now });
        // A sign-up's mail waits a moment for its meeting write: the worker runs later.
        const result = await drainOutbox(
          localWorker(aws, () => new Date(base.now().getTime() + 10_000)),
        );
        if (result.sent + result.failed + result.retried === 0) return;
      }
    },
    async mails() {
      const response = await fetch(`${aws.localSes.endpoint}/store`);
      return ((await response.json()) as { emails: CaughtRawMail[] }).emails;
    },
    async clearMails() {
      await fetch(`${aws.localSes.endpoint}/clear-store`, { method: 'POST' });
    },
  };
  return harness;
}

/** The invariants of a meeting item, checked on the stored truth. */
export function placesOf(item: MeetingItem) {
  const confirmed = Object.values(item.confirmed).reduce((sum, n) => sum + n, 0);
  const waitingIds = item.waiting.map((entry) => entry.slice(0, entry.lastIndexOf(':')));
  return { confirmed, free: item.free, waitingIds, confirmedIds: Object.keys(item.confirmed) };
}
