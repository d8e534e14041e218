/**
 * The back-office case routes on dynalite and the local SES, behind a stand-in for the
 * auth middleware that sets the principal named in the `x-test-user` header. That header
 * exists only here: the portal mounts the real auth middleware in front of these routes.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { backofficeCaseRoutes } from '../../functions/api/backoffice-case-routes.ts';
import type { Principal } from '../../functions/auth/principal.ts';
import type { CaseDeps } from '../../functions/cases/case-deps.ts';
import { caseKey, inboxPartition } from '../../functions/cases/case-keys.ts';
import type { CaseDetail, CaseStatus } from '../../functions/cases/case.ts';
import type { BackofficeEnv as CaseEnv } from '../../functions/auth/middleware.ts';
import { mailTemplates } from '../../functions/mail-worker/mail-templates.ts';
import { drainOutbox } from '../../functions/mail/mail-worker.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import {
  addTenant,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from '../support/local-aws.ts';

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

export interface Harness {
  aws: LocalAws;
  deps: CaseDeps;
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
  /** A question through the form's own code, at the current clock. */
  ask(
    tenant: Tenant,
    overrides?: Record<string, unknown>,
  ): Promise<{ caseId: string; reference: string }>;
  detail(user: User, tenant: string, caseId: string): Promise<CaseDetail>;
  item(tenant: string, caseId: string): Promise<Record<string, unknown>>;
  inboxKeys(status: CaseStatus): Promise<string[]>;
  drainMail(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHarness(options: { inboxReadLimit?: number } = {}): Promise<Harness> {
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
  const staff = [users.anna, users.bob, users.cora, users.xander];
  const deps: CaseDeps = {
    db: aws.db,
    tableName: aws.tableName,
    clock: () => now,
    tenants: cachedTenantLookup(aws.db, aws.tableName),
    steunpuntTenants: async (sp) =>
      Object.values(tenants)
        .filter((tenant) => tenant.steunpunt === sp)
        .map((tenant) => tenant.slug),
    colleague: async (sp, userId) => {
      const user = staff.find((u) => u.userId === userId && u.steunpunt === sp);
      return user ? { userId: user.userId, name: user.name } : undefined;
    },
    ...(options.inboxReadLimit ? { inboxReadLimit: options.inboxReadLimit } : {}),
  };

  const app = new Hono<CaseEnv>().basePath('/api');
  app.use('*', async (c, next) => {
    const name = c.req.header('x-test-user') as User | undefined;
    c.set('principal', name ? users[name] : undefined);
    await next();
  });
  app.route('/', backofficeCaseRoutes(deps));
  app.notFound((c) => c.json({ message: 'Deze pagina bestaat niet' }, 404));

  const harness: Harness = {
    aws,
    deps,
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
    async ask(tenant, overrides = {}) {
      const caseId = randomUUID();
      const outcome = await submitQuestion(
        { db: aws.db, tableName: aws.tableName, clock: () => now },
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
      const { Item } = await aws.db.send(
        new GetCommand({
          TableName: aws.tableName,
          Key: caseKey(tenant, caseId),
          ConsistentRead: true,
        }),
      );
      return Item!;
    },
    async inboxKeys(status) {
      const { Items } = await aws.db.send(
        new QueryCommand({
          TableName: aws.tableName,
          IndexName: 'inbox',
          KeyConditionExpression: 'inboxPk = :p',
          ExpressionAttributeValues: { ':p': inboxPartition(steunpunt, status) },
        }),
      );
      return (Items ?? []).map((item) => String(item.caseId));
    },
    async drainMail() {
      await drainOutbox({
        db: aws.db,
        ses: aws.ses,
        tableName: aws.tableName,
        mailFrom: 'Steunpunt <noreply@steunpunt-portaal.example>',
        templates: mailTemplates,
        clock: () => now,
        random: () => 0.5,
      });
    },
    stop: () => aws.stop(),
  };
  return harness;
}
