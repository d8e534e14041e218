/**
 * 1,000 simultaneous sign-ups for one meeting with 40 places, through the HTTP routes of
 * an in-process app on dynalite: confirmed, waiting, lost, duplicates and latency, next
 * to a baseline measured in the same run: 1,000 plain conditional PutItems of an item of
 * the same size (the attendee item), at the same concurrency, on the same dynalite.
 *
 * Then a crowded meeting (#13): 5,000 sign-ups for 500 places and a waiting list of 1,000,
 * a move and a cancellation, each timed as the staff request and as the fan-out that puts
 * the mails on the attendee items, with the meeting item's size; the baseline is the same
 * on a meeting with 10 sign-ups, in the same run.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { backofficeMeetingRoutes } from '../functions/api/backoffice-meeting-routes.ts';
import { meetingRoutes } from '../functions/api/meeting-routes.ts';
import type { BackofficeEnv as CaseEnv } from '../functions/auth/middleware.ts';
import { attendeeIdFor, meetingKey } from '../functions/meetings/meeting-keys.ts';
import type { MeetingItem } from '../functions/meetings/meeting-model.ts';
import { cachedTenantLookup, putTenant } from '../functions/tenants/tenant-store.ts';
import { startLocalAws, testTenant } from '../test/support/local-aws.ts';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { percentile, ratio, table } from './stats.ts';
import { tellMeetingNews } from '../functions/meetings/meeting-news.ts';
import { dynamoItemSize } from '../test/support/item-size.ts';

const staff = {
  userId: 'bench',
  name: 'Bench',
  email: 'bench@steunpunt.example',
  role: 'medewerker',
  steunpunt: 'amstel-en-meer',
} as const;

const signUpBody = (n: number) =>
  JSON.stringify({
    name: `Ouder ${n}`,
    email: `ouder-${n}@example.nl`,
    phone: '06 12345678',
    persons: n % 10 === 0 ? 2 : 1,
    needs: '',
    consent: true,
  });

async function timed<T>(work: () => Promise<T>, latencies: number[]): Promise<T> {
  const t = performance.now();
  try {
    return await work();
  } finally {
    latencies.push(performance.now() - t);
  }
}

export async function benchMeetings(total = 1_000, places = 40) {
  const aws = await startLocalAws();
  try {
    const tenant = { ...testTenant('po-haarlemmermeer'), steunpunt: staff.steunpunt };
    await putTenant(aws.db, aws.tableName, tenant);
    const deps = {
      db: aws.db,
      tableName: aws.tableName,
      clock: () => new Date(),
      siteOrigin: 'https://portaal.test',
      tenants: cachedTenantLookup(aws.db, aws.tableName),
    };
    const app = new Hono<CaseEnv>().basePath('/api');
    app.use('*', async (c, next) => {
      c.set('principal', staff);
      await next();
    });
    app.route('/', meetingRoutes(deps));
    app.route('/', backofficeMeetingRoutes(deps));

    const created = await app.request('/api/backoffice/bijeenkomsten', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        title: 'Oudercafé',
        description: 'Een avond voor ouders over passend onderwijs.',
        date: `${new Date().getUTCFullYear() + 1}-03-10`,
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'plaats',
        location: 'Bibliotheek',
        capacity: places,
        // Room for the whole rush on the list: this part measures the race, not the cap.
        waitingListMax: 1000,
        audience: 'ouders',
        tenant: tenant.slug,
      }),
    });
    const meetingId = ((await created.json()) as { meetings: { id: string }[] }).meetings[0]!.id;

    // Baseline: the attendee item alone, one conditional PutItem each, same concurrency.
    const baseline: number[] = [];
    await Promise.all(
      Array.from({ length: total }, (_, n) =>
        timed(
          () =>
            aws.db.send(
              new PutCommand({
                TableName: aws.tableName,
                Item: {
                  pk: `BENCH#${randomUUID()}`,
                  sk: 'ATTENDEE',
                  personal: JSON.parse(signUpBody(n)) as unknown,
                  codeHash: 'x'.repeat(43),
                  fingerprint: 'y'.repeat(43),
                  signedUpAt: new Date().toISOString(),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              }),
            ),
          baseline,
        ),
      ),
    );

    const keys = Array.from({ length: total }, () => randomUUID());
    const latencies: number[] = [];
    const started = performance.now();
    const statuses = await Promise.all(
      keys.map((key, n) =>
        timed(async () => {
          const response = await app.request(
            `/api/swv/${tenant.slug}/bijeenkomsten/${meetingId}/aanmeldingen`,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': key },
              body: signUpBody(n),
            },
          );
          await response.arrayBuffer();
          return response.status;
        }, latencies),
      ),
    );
    const seconds = (performance.now() - started) / 1000;

    const { Item } = await aws.db.send(
      new GetCommand({
        TableName: aws.tableName,
        Key: meetingKey(meetingId),
        ConsistentRead: true,
      }),
    );
    const meeting = Item as MeetingItem;
    const confirmedPersons = Object.values(meeting.confirmed).reduce((a, b) => a + b, 0);
    const placed = [
      ...Object.keys(meeting.confirmed),
      ...meeting.waiting.map((entry) => entry.slice(0, entry.lastIndexOf(':'))),
    ];
    const expected = new Set(keys.map((key) => attendeeIdFor(meetingId, key)));
    const lost = [...expected].filter((id) => !placed.includes(id)).length;
    const duplicates = placed.length - new Set(placed).size;
    latencies.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);

    console.log(
      `\nOudercafé: ${total} simultaneous sign-ups for ${places} places (in-process app, dynalite)`,
    );
    table([
      {
        confirmed: `${confirmedPersons} persons (${Object.keys(meeting.confirmed).length} sign-ups)`,
        waiting: meeting.waiting.length,
        lost,
        duplicates,
        'non-201 answers': statuses.filter((s) => s !== 201).length,
        'free places left': meeting.free,
        seconds: seconds.toFixed(2),
      },
    ]);
    table([
      {
        what: 'sign-up (HTTP, 2 writes + reads)',
        p50: `${percentile(latencies, 50).toFixed(1)} ms`,
        p99: `${percentile(latencies, 99).toFixed(1)} ms`,
      },
      {
        what: 'baseline: 1 conditional PutItem',
        p50: `${percentile(baseline, 50).toFixed(1)} ms`,
        p99: `${percentile(baseline, 99).toFixed(1)} ms`,
      },
      {
        what: 'ratio',
        p50: ratio(percentile(latencies, 50), percentile(baseline, 50)),
        p99: ratio(percentile(latencies, 99), percentile(baseline, 99)),
      },
    ]);
    if (confirmedPersons > places || lost > 0 || duplicates > 0) {
      throw new Error('Oudercafé invariant broken under load');
    }
    await benchCrowd(app, aws, tenant.slug, deps);
  } finally {
    await aws.stop();
  }
}

type BenchApp = Hono<CaseEnv>;

const crowdMeeting = (overrides: Record<string, unknown>) => ({
  title: 'Informatieavond',
  description: 'Een avond voor ouders over passend onderwijs.',
  date: `${new Date().getUTCFullYear() + 1}-03-10`,
  startTime: '19:30',
  endTime: '21:00',
  locationKind: 'plaats',
  location: 'Bibliotheek',
  capacity: 500,
  waitingListMax: 1000,
  audience: 'ouders',
  tenant: 'alle',
  ...overrides,
});

async function send(app: BenchApp, method: string, path: string, body: unknown) {
  const response = await app.request(`/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as unknown;
}

/** One meeting with `signUps` sign-ups; a move and a cancellation, each with its fan-out. */
async function crowdRun(
  app: BenchApp,
  aws: Awaited<ReturnType<typeof startLocalAws>>,
  slug: string,
  deps: { db: typeof aws.db; tableName: string; clock: () => Date },
  signUps: number,
) {
  const created = (await send(app, 'POST', '/backoffice/bijeenkomsten', crowdMeeting({}))) as {
    meetings: { id: string }[];
  };
  const id = created.meetings[0]!.id;
  let refused = 0;
  for (let i = 0; i < signUps; i += 100) {
    const statuses = await Promise.all(
      Array.from({ length: Math.min(100, signUps - i) }, async (_, j) => {
        const response = await app.request(`/api/swv/${slug}/bijeenkomsten/${id}/aanmeldingen`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify({ ...JSON.parse(signUpBody(i + j)), persons: 1 }),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    refused += statuses.filter((status) => status === 409).length;
  }
  const size = async () => {
    const { Item } = await aws.db.send(
      new GetCommand({ TableName: aws.tableName, Key: meetingKey(id), ConsistentRead: true }),
    );
    return dynamoItemSize(Item ?? {});
  };
  const fanOut = async () => {
    const t = performance.now();
    let mails = 0;
    for (;;) {
      const result = await tellMeetingNews(deps);
      mails += result.mails;
      if (result.unfinished === 0) break;
    }
    return { ms: performance.now() - t, mails };
  };
  const before = await size();
  let t = performance.now();
  await send(
    app,
    'PUT',
    `/backoffice/bijeenkomsten/${id}`,
    crowdMeeting({ location: 'Grote zaal' }),
  );
  const moveMs = performance.now() - t;
  const moveSize = await size();
  const moveFan = await fanOut();
  t = performance.now();
  await send(app, 'POST', `/backoffice/bijeenkomsten/${id}/annuleren`, { reason: 'Te druk' });
  const cancelMs = performance.now() - t;
  const cancelSize = await size();
  const cancelFan = await fanOut();
  return { refused, before, moveMs, moveSize, moveFan, cancelMs, cancelSize, cancelFan };
}

async function benchCrowd(
  app: BenchApp,
  aws: Awaited<ReturnType<typeof startLocalAws>>,
  slug: string,
  deps: { db: typeof aws.db; tableName: string; clock: () => Date },
) {
  const small = await crowdRun(app, aws, slug, deps, 10);
  const crowd = await crowdRun(app, aws, slug, deps, 5_000);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `\nOudercafé: a crowded meeting, 5,000 sign-ups for 500 places and a waiting list of 1,000 (${crowd.refused} refused: list full), against 10 sign-ups, same run`,
  );
  type Run = typeof crowd;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const fan = (f: Run['moveFan']) => `${ms(f.ms)}, ${f.mails} items`;
  /** One measure for both runs, compared by the number `of` gives. */
  const row = <T>(
    what: string,
    pick: (run: Run) => T,
    show: (v: T) => string,
    of: (v: T) => number,
  ) => ({
    what,
    '10 sign-ups': show(pick(small)),
    '5,000 sign-ups': show(pick(crowd)),
    ratio: ratio(of(pick(crowd)), of(pick(small))),
  });
  const same = (v: number) => v;
  table([
    row('meeting item after the sign-ups', (r) => r.before, kb, same),
    row('move: staff request', (r) => r.moveMs, ms, same),
    row('move: meeting item after', (r) => r.moveSize, kb, same),
    row(
      'move: fan-out (mails on attendee items)',
      (r) => r.moveFan,
      fan,
      (f) => f.ms,
    ),
    row('cancel: staff request', (r) => r.cancelMs, ms, same),
    row('cancel: meeting item after', (r) => r.cancelSize, kb, same),
    row(
      'cancel: fan-out (mails on attendee items)',
      (r) => r.cancelFan,
      fan,
      (f) => f.ms,
    ),
  ]);
}
