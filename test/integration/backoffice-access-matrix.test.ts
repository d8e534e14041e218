/**
 * Tenant isolation, proven exhaustively: every back-office route the app has (read from
 * the app itself, so a new route cannot slip past) is called by every role, on a case of
 * its own steunpunt and on one of another steunpunt. Nobody may see or change what is not
 * theirs, and the denial comes before any validation. Who may call a route is read from
 * its declaration (`who`, functions/api/route-kit.ts): the same data its guard is made of.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import type { Who } from '../../functions/api/guard.ts';
import { routeDeclarations } from '../../functions/api/routes.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import type { Staff } from '../../functions/auth/tenant-access.ts';
import { createMeetings } from '../../functions/meetings/meeting-admin.ts';
import { attendeeIdFor } from '../../functions/meetings/meeting-keys.ts';
import { signUpInput } from '../../functions/meetings/meeting-schema.ts';
import { meetingInput } from '../../functions/meetings/meeting-staff-schema.ts';
import { signUp } from '../../functions/meetings/sign-up.ts';
import { putTenant } from '../../functions/tenants/tenant-store.ts';
import { saveSteunpunt } from '../../functions/admin/steunpunten.ts';
import { demoUser } from '../../scripts/local/demo-users.ts';
import { testTenant, validQuestion, type LocalAws } from '../support/local-aws.ts';
import { readItem } from '../support/table-reads.ts';
import { caseKey } from '../../functions/cases/case-keys.ts';
import { fixtureReader } from '../support/monitor-fixtures.ts';
import { lastComplete } from '../../functions/monitor/periods.ts';
import { startSignedInApp, stopSignedInApp, type RunningIdp } from '../support/signed-in-app.ts';

let aws: LocalAws;
let idp: RunningIdp;
let app: ReturnType<typeof createApp>;

const own = { ...testTenant('po-haarlemmermeer'), steunpunt: 'amstel-en-meer' };
const foreign = { ...testTenant('vo-noord-kennemerland'), steunpunt: 'vo-noord-kennemerland' };
const cases: Record<'own' | 'foreign', { caseId: string; reference: string; slug: string }> = {
  own: { caseId: '', reference: '', slug: own.slug },
  foreign: { caseId: '', reference: '', slug: foreign.slug },
};
const tokens: Record<string, string> = {};
/** The opaque id of a signal text proposed on the own case (never a case id). */
let proposalId = '';
/** A half year that has ended, whose report the reader's routes read. */
const reportPeriod = lastComplete('halfjaar', new Date()).id;
/** A meeting of each steunpunt, with one attendee, for the meeting routes. */
const meetings: Record<'own' | 'foreign', { meetingId: string; attendeeId: string }> = {
  own: { meetingId: '', attendeeId: '' },
  foreign: { meetingId: '', attendeeId: '' },
};

beforeAll(async () => {
  ({ aws, idp, app } = await startSignedInApp({
    seed: async (local) => {
      for (const tenant of [own, foreign]) {
        await saveSteunpunt(local, { id: tenant.steunpunt, name: tenant.steunpuntName });
        await putTenant(local.db, local.tableName, tenant);
      }
    },
    // The monitor's figures through its seam, so its route answers as it does with a store.
    deps: () => ({ readMonitor: fixtureReader() }),
  }));
  for (const [side, tenant] of [
    ['own', own],
    ['foreign', foreign],
  ] as const) {
    const caseId = randomUUID();
    const outcome = await submitQuestion(
      { db: aws.db, tableName: aws.tableName, clock: () => new Date() },
      tenant,
      questionInput.parse(validQuestion({ email: `ouder-${side}@example.nl` })),
      caseId,
    );
    if (outcome.kind === 'key-reused') throw new Error('unexpected');
    cases[side] = { caseId, reference: outcome.reference, slug: tenant.slug };
    const meetingDeps = {
      db: aws.db,
      tableName: aws.tableName,
      clock: () => new Date(),
      siteOrigin: 'https://portaal.test',
    };
    const { ids } = await createMeetings(
      meetingDeps,
      {
        steunpunt: tenant.steunpunt,
        steunpuntName: tenant.steunpuntName,
        steunpuntEmail: 'sp@test.example',
        tenants: [tenant.slug],
        retentionDays: 30,
      },
      {
        userId: 'seed',
        name: 'Seed',
        email: 'seed@test.example',
        role: 'coordinator',
        steunpunt: tenant.steunpunt,
      } as Staff,
      meetingInput.parse({
        title: 'Oudercafé',
        description: 'Een avond voor ouders over passend onderwijs.',
        date: `${new Date().getUTCFullYear() + 1}-06-10`,
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'plaats',
        location: 'Bibliotheek',
        capacity: 10,
        audience: 'ouders',
        tenant: tenant.slug,
      }),
      randomUUID(),
    );
    const signUpKey = randomUUID();
    await signUp(
      meetingDeps,
      tenant.slug,
      ids[0]!,
      signUpInput.parse({
        name: 'Ouder',
        email: `ouder-${side}@example.nl`,
        persons: 1,
        consent: true,
      }),
      signUpKey,
    );
    meetings[side] = { meetingId: ids[0]!, attendeeId: attendeeIdFor(ids[0]!, signUpKey) };
  }
  for (const id of [
    'sanne-medewerker',
    'ruud-coordinator',
    'fatima-medewerker',
    'joost-swv-lezer',
    'ingrid-beheerder',
  ]) {
    tokens[id] = await idp.tokenFor(demoUser(id)!);
    // Signing in (GET /me) puts staff in their steunpunt's directory.
    await app.request('/api/backoffice/me', { headers: { authorization: `Bearer ${tokens[id]}` } });
  }
  // A signal text on the own case, so the review routes have a proposal to name.
  await app.request(`/api/backoffice/cases/${own.slug}/${cases.own.caseId}/signal`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${tokens['sanne-medewerker']}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({ hasSignal: true, category: 'wachttijden', text: 'Lange wachttijd' }),
  });
  const tagged = await readItem<{ signal: { proposalId: string } }>(
    aws,
    caseKey(own.slug, cases.own.caseId),
  );
  proposalId = tagged!.signal.proposalId;
  // A published half-year report of the own SWV, so its reader's routes have one to read.
  const ruud = { authorization: `Bearer ${tokens['ruud-coordinator']}` };
  const report = `/api/backoffice/rapportages/${own.slug}/${reportPeriod}`;
  for (const [method, path, body] of [
    ['PUT', `${report}/concept`, { intro: 'Inleiding.', recommendations: 'Advies.', version: 0 }],
    ['POST', `${report}/publiceren`, { version: 1 }],
  ] as const) {
    const response = await app.request(path, {
      method,
      headers: { ...ruud, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    if (response.status !== 200) throw new Error(`${method} ${path}: ${response.status}`);
  }
});
afterAll(() => stopSignedInApp({ aws, idp }));

interface Route {
  method: string;
  path: string;
  /** Who may call it, from the route's declaration. */
  who: Who;
}

const declared = new Map(
  routeDeclarations.map((d) => [`${d.method.toUpperCase()} /api${d.path}`, d.who]),
);

/** Every back-office route of the app, as Hono registered it, with its declared `who`. */
function backofficeRoutes(): Route[] {
  const seen = new Set<string>();
  return app.routes
    .filter((r) => r.path.startsWith('/api/backoffice/') && r.method !== 'ALL')
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`))
    .map((r) => {
      const who = declared.get(`${r.method} ${r.path}`);
      // A route without a declaration has no known rule: the matrix cannot pass it.
      if (!who) throw new Error(`${r.method} ${r.path} has no route declaration`);
      return { method: r.method, path: r.path, who };
    });
}

/** The route with its parameters filled in for a case of `side`. */
function concrete(route: Route, side: 'own' | 'foreign'): string {
  const target = cases[side];
  return route.path
    .replace(':swv', target.slug)
    .replace(':caseId', target.caseId)
    .replace(':meetingId', meetings[side].meetingId)
    .replace(':attendeeId', meetings[side].attendeeId)
    .replace(':proposalId', proposalId)
    .replace(':period', reportPeriod)
    .replace(':id', 'standaard-antwoord')
    .replace(':steunpunt', side === 'own' ? own.steunpunt : foreign.steunpunt);
}

async function call(route: Route, side: 'own' | 'foreign', user?: string) {
  const url =
    concrete(route, side) +
    (route.path.endsWith('by-reference') ? `?ref=${cases[side].reference}` : '');
  return app.request(url, {
    method: route.method,
    headers: {
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
      ...(user ? { authorization: `Bearer ${tokens[user]}` } : {}),
    },
    ...(route.method === 'GET' ? {} : { body: JSON.stringify({ email: 'ouder-own@example.nl' }) }),
  });
}

const routes = () => backofficeRoutes();
/** The beheerder's routes: the portal's organisations and accounts, never a case. */
const adminRoute = (route: Route) => route.who.role === 'beheerder';
/** Routes on one case or meeting, which must be of the caller's own steunpunt. */
const caseRoute = (route: Route) => route.who.tenant !== undefined;
const coordinatorOnly = (route: Route) => route.who.role === 'coordinator';
/** A steunpunt's register entry (its contact): its own coördinator, or any beheerder. */
const keeperRoute = (route: Route) => route.who.role === 'steunpunt-keeper';
/** Routes a coördinator may call and a medewerker may not. */
const coordinatorRoute = (route: Route) => coordinatorOnly(route) || keeperRoute(route);
/** An SWV's monitor: its reader and the coördinatoren of its steunpunt, nobody else. */
const monitorRoute = (route: Route) => route.who.role === 'swv-reader';
/** Routes for anyone signed in (who am I). */
const signedInOnly = (route: Route) => route.who.role === 'signed-in';

describe('back-office access, every route × every role', () => {
  it('covers the routes it should (so the matrix cannot pass empty)', () => {
    const paths = routes().map((r) => `${r.method} ${r.path}`);
    expect(paths.length).toBeGreaterThanOrEqual(15);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /api/backoffice/cases',
        'GET /api/backoffice/cases/:swv/:caseId',
        'POST /api/backoffice/cases/:swv/:caseId/status',
        'POST /api/backoffice/personen/verwijderen',
        'GET /api/backoffice/bijeenkomsten/:meetingId',
        'GET /api/backoffice/nog-in-te-vullen',
        'GET /api/backoffice/beheer/nog-in-te-vullen',
        'GET /api/backoffice/monitor/:swv',
        'GET /api/backoffice/monitor/:swv/export.csv',
        'GET /api/backoffice/monitor/:swv/export.xlsx',
        'GET /api/backoffice/beheer/monitor',
        'GET /api/backoffice/rapportages/:swv/:period',
        'POST /api/backoffice/rapportages/:swv/:period/publiceren',
      ]),
    );
  });

  it('declares a tenant rule on every route that names a case or a meeting', () => {
    const named = routes().filter((r) => /:(caseId|meetingId)\b/.test(r.path));
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const route of named) {
      expect(route.who.tenant, `${route.method} ${route.path}`).toBeDefined();
    }
  });

  it('refuses every route without a token', async () => {
    for (const route of routes()) {
      const response = await call(route, 'own');
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
    }
  });

  it.each([
    ['joost-swv-lezer', (route: Route) => !monitorRoute(route)],
    ['ingrid-beheerder', (route: Route) => !adminRoute(route) && !keeperRoute(route)],
  ] as const)(
    'gives %s no case, template, settings, audit or person route at all',
    async (user, applies) => {
      for (const route of routes().filter((r) => !signedInOnly(r) && applies(r))) {
        for (const side of ['own', 'foreign'] as const) {
          const response = await call(route, side, user);
          expect(response.status, `${route.method} ${route.path} (${side})`).toBe(403);
        }
      }
    },
  );

  it.each(['sanne-medewerker', 'ruud-coordinator'])(
    'never lets %s reach a case of another steunpunt, whatever it sends',
    async (user) => {
      for (const route of routes().filter(caseRoute)) {
        const response = await call(route, 'foreign', user);
        expect([403, 404], `${route.method} ${route.path}`).toContain(response.status);
        expect(JSON.stringify(await response.json())).not.toContain(cases.foreign.caseId);
      }
    },
  );

  it.each(['sanne-medewerker', 'ruud-coordinator', 'fatima-medewerker'])(
    'shows %s nothing of another steunpunt in any list or search',
    async (user) => {
      const foreignSide = user === 'fatima-medewerker' ? 'own' : 'foreign';
      const theirs = cases[foreignSide];
      for (const route of routes().filter((r) => r.method === 'GET' && !caseRoute(r))) {
        const response = await call(route, foreignSide, user);
        const text = await response.text();
        // References are numbered per SWV, so only the case id is unique to their case.
        expect(text, `${route.method} ${route.path}`).not.toContain(theirs.caseId);
        expect(text, `${route.method} ${route.path}`).not.toContain(
          meetings[foreignSide].meetingId,
        );
      }
    },
  );

  it('keeps coördinator routes from a medewerker', async () => {
    for (const route of routes().filter(coordinatorRoute)) {
      const response = await call(route, 'own', 'sanne-medewerker');
      expect(response.status, `${route.method} ${route.path}`).toBe(403);
    }
  });

  it.each(['sanne-medewerker', 'ruud-coordinator', 'joost-swv-lezer'])(
    'keeps the beheer routes from %s',
    async (user) => {
      const adminRoutes = routes().filter(adminRoute);
      expect(adminRoutes.length).toBeGreaterThanOrEqual(6);
      for (const route of adminRoutes) {
        const response = await call(route, 'own', user);
        expect(response.status, `${route.method} ${route.path}`).toBe(403);
      }
    },
  );

  it('lets the beheerder use every beheer route, and keep any steunpunt’s contact', async () => {
    expect(routes().filter(keeperRoute).length).toBeGreaterThanOrEqual(2);
    for (const route of routes().filter(adminRoute)) {
      const response = await call(route, 'own', 'ingrid-beheerder');
      // An empty body is still refused by validation, and an unknown account is not found.
      expect([401, 403], `${route.method} ${route.path}`).not.toContain(response.status);
    }
    for (const route of routes().filter(keeperRoute)) {
      for (const side of ['own', 'foreign'] as const) {
        const response = await call(route, side, 'ingrid-beheerder');
        expect([401, 403], `${route.method} ${route.path} (${side})`).not.toContain(
          response.status,
        );
      }
    }
  });

  it('keeps a steunpunt’s contact from the coördinator of another steunpunt, as not found', async () => {
    for (const route of routes().filter(keeperRoute)) {
      const response = await call(route, 'foreign', 'ruud-coordinator');
      expect(response.status, `${route.method} ${route.path}`).toBe(404);
    }
  });

  it('lets an SWV’s reader and its steunpunt’s coördinator read its monitor, and nobody else', async () => {
    const monitorRoutes = routes().filter(monitorRoute);
    expect(monitorRoutes.length).toBeGreaterThanOrEqual(1);
    for (const route of monitorRoutes) {
      for (const user of ['joost-swv-lezer', 'ruud-coordinator']) {
        const mine = await call(route, 'own', user);
        expect(mine.status, `${route.method} ${route.path} as ${user}`).toBe(200);
        // Another steunpunt's SWV answers as one that does not exist.
        const theirs = await call(route, 'foreign', user);
        expect(theirs.status, `${route.method} ${route.path} as ${user}`).toBe(404);
      }
      for (const user of ['sanne-medewerker', 'fatima-medewerker', 'ingrid-beheerder']) {
        for (const side of ['own', 'foreign'] as const) {
          const response = await call(route, side, user);
          expect(response.status, `${route.method} ${route.path} (${side}) as ${user}`).toBe(403);
        }
      }
    }
  });

  it('lets staff of the steunpunt use every route meant for them on their own cases', async () => {
    for (const route of routes().filter((r) => !adminRoute(r))) {
      const user =
        coordinatorRoute(route) || monitorRoute(route) ? 'ruud-coordinator' : 'sanne-medewerker';
      const response = await call(route, 'own', user);
      // Validation may still refuse the empty body, but access itself is granted.
      expect([401, 403, 404], `${route.method} ${route.path} as ${user}`).not.toContain(
        response.status,
      );
    }
  });
});
