/**
 * 1,000 simultaneous sign-ups for one meeting with 40 places, through the HTTP routes of
 * an in-process app on dynalite: confirmed, waiting, lost, duplicates and latency, next
 * to a baseline measured in the same run: 1,000 plain conditional PutItems of an item of
 * the same size (the attendee item), at the same concurrency, on the same dynalite.
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
  } finally {
    await aws.stop();
  }
}
