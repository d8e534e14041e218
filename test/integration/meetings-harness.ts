/**
 * The meeting routes (public and back office) on dynalite and the local SES, behind the
 * same stand-in for the auth middleware as backoffice-harness.ts (`x-test-user`).
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { backofficeMeetingRoutes } from '../../functions/api/backoffice-meeting-routes.ts';
import { meetingRoutes } from '../../functions/api/meeting-routes.ts';
import type { BackofficeEnv as CaseEnv } from '../../functions/auth/middleware.ts';
import { drainOutbox } from '../../functions/mail/mail-worker.ts';
import { mailTemplates } from '../../functions/mail-worker/mail-templates.ts';
import { meetingKey } from '../../functions/meetings/meeting-keys.ts';
import type { MeetingItem } from '../../functions/meetings/meeting-model.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { addTenant, startLocalAws, testTenant, type LocalAws } from '../support/local-aws.ts';
import { otherSteunpunt, steunpunt, users, type User } from './backoffice-harness.ts';

export { users, type User };

export const siteOrigin = 'https://portaal.test';

export interface CaughtRawMail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments?: { filename?: string; contentType?: string; content: string }[];
}

export interface MeetingHarness {
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
  stop(): Promise<void>;
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
  const deps = {
    db: aws.db,
    tableName: aws.tableName,
    clock: () => now,
    siteOrigin,
    tenants: cachedTenantLookup(aws.db, aws.tableName),
  };
  const app = new Hono<CaseEnv>().basePath('/api');
  app.use('*', async (c, next) => {
    const name = c.req.header('x-test-user') as User | undefined;
    c.set('principal', name ? users[name] : undefined);
    await next();
  });
  app.route('/', meetingRoutes(deps));
  app.route('/', backofficeMeetingRoutes(deps));
  app.notFound((c) => c.json({ message: 'Deze pagina bestaat niet' }, 404));

  const harness: MeetingHarness = {
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
      const { Item } = await aws.db.send(
        new GetCommand({
          TableName: aws.tableName,
          Key: meetingKey(meetingId),
          ConsistentRead: true,
        }),
      );
      return Item as MeetingItem;
    },
    async attendeeItems(meetingId) {
      const { Items } = await aws.db.send(
        new QueryCommand({
          TableName: aws.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :a)',
          ExpressionAttributeValues: { ':pk': meetingKey(meetingId).pk, ':a': 'ATTENDEE#' },
          ConsistentRead: true,
        }),
      );
      return Items ?? [];
    },
    async drainMail() {
      // Until nothing due is left: one pass handles a batch of items.
      for (let pass = 0; pass < 20; pass++) {
        const result = await drainOutbox({
          db: aws.db,
          ses: aws.ses,
          tableName: aws.tableName,
          mailFrom: 'Steunpunt <noreply@steunpunt-portaal.example>',
          templates: mailTemplates,
          // A sign-up's mail waits a moment for its meeting write: the worker runs later.
          clock: () => new Date(now.getTime() + 10_000),
          random: () => 0.5,
        });
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
    stop: () => aws.stop(),
  };
  return harness;
}

/** The invariants of a meeting item, checked on the stored truth. */
export function placesOf(item: MeetingItem) {
  const confirmed = Object.values(item.confirmed).reduce((sum, n) => sum + n, 0);
  const waitingIds = item.waiting.map((entry) => entry.slice(0, entry.lastIndexOf(':')));
  return { confirmed, free: item.free, waitingIds, confirmedIds: Object.keys(item.confirmed) };
}
