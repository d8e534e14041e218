/**
 * A demo history for the monitor: made-up anonymous facts for every demo SWV over the 18
 * complete months before the first start, and their month summaries, so the SWV reader
 * sees trends at once. The facts are made by the real `factOf` from case-like records
 * (no case items: nobody needs to open these), and the summaries by the real rebuild.
 *
 * The spread is drawn from a fixed seed per SWV and month, so it is the same on every
 * machine; volumes differ per SWV and per season (quiet summer holidays), so most counts
 * are well above 5 and some rare topics, routes and school types fall below it. A month
 * that already has a summary is left alone: a restart adds nothing, and a start a month
 * later only adds the month that has ended since. Each steunpunt also held one oudercafé
 * a month for all its SWVs: made by the back office's code, then left as retention leaves
 * a past meeting (its counts kept, no attendees), so no mail goes out for it.
 */
import {
  BatchWriteCommand,
  GetCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { SignalCategory } from '../../functions/cases/case.ts';
import { complaintRoutes } from '../../functions/cases/intakes/complaint-schema.ts';
import type { Staff } from '../../functions/auth/tenant-access.ts';
import { defaultMeetingRetentionDays } from '../../functions/cases/case-settings.ts';
import { createMeetings } from '../../functions/meetings/meeting-admin.ts';
import { meetingKey } from '../../functions/meetings/meeting-keys.ts';
import type { MeetingCounts } from '../../functions/meetings/meeting-retention.ts';
import { meetingInput } from '../../functions/meetings/meeting-staff-schema.ts';
import { factOf, type MonitorFact } from '../../functions/monitor/facts.ts';
import { rebuildSummary, summaryKey } from '../../functions/monitor/month-summary.ts';
import { lastComplete, periodBefore } from '../../functions/monitor/periods.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';

const monthsBack = 18;

/** mulberry32: a tiny seeded generator, so the demo is the same everywhere. */
function generator(seedText: string): () => number {
  let seed = [...seedText].reduce(
    (hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619),
    2166136261,
  );
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One key of `weights`, drawn in proportion to its weight. */
function pick<K extends string>(random: () => number, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let left = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [key, weight] of entries) {
    left -= weight;
    if (left < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

const topicWeights = {
  ondersteuning: 24,
  thuiszitten: 14,
  'speciaal-onderwijs': 12,
  opp: 10,
  overstap: 8,
  schoolkeuze: 8,
  'contact-school': 9,
  'onderwijs-zorg': 6,
  'examen-vo': 2,
  anders: 3,
};
const channelWeights = { formulier: 50, telefoon: 30, whatsapp: 12, inloop: 8 };
const roleWeights = { ouder: 80, professional: 13, jongere: 7 };
const schoolTypeWeights = { po: 42, vo: 24, so: 9, sbo: 8, vso: 5, geen: 6, onbekend: 6 };
const signalWeights: Record<SignalCategory, number> = {
  'ondersteuning-school': 6,
  'toegang-speciaal-onderwijs': 4,
  thuiszitten: 5,
  'communicatie-school': 3,
  'onderwijs-zorg': 2,
  informatie: 2,
  wachttijden: 3,
  anders: 1,
};
// Quiet in the summer holidays, busy when the school year starts.
const season = [1, 1, 1.1, 1, 1, 1, 0.5, 0.6, 1.3, 1.1, 1, 0.8];

/** The facts of one SWV's month. */
function demoFacts(tenant: Tenant, month: string): MonitorFact[] {
  const random = generator(`${tenant.slug}#${month}`);
  const base = 18 + generator(tenant.slug)() * 30;
  const count = Math.round(base * season[Number(month.slice(5)) - 1]! * (0.85 + random() * 0.3));
  const gemeenteWeights: Record<string, number> = Object.fromEntries(
    tenant.gemeenten.map((gemeente, index) => [gemeente, 1 / (index + 1)]),
  );
  if (tenant.gemeenten.length === 0) gemeenteWeights.onbekend = 1;
  return Array.from({ length: count }, (_, n) => {
    const day = 1 + Math.floor(random() * 27);
    const createdAt = `${month}-${String(day).padStart(2, '0')}T10:00:00.000Z`;
    const dueAt = new Date(Date.parse(createdAt) + 7 * 86_400_000).toISOString();
    const answer = random();
    const complaint = random() < 0.06;
    const caseId = `demo-monitor-${month}-${n}`;
    const signal = random() < 0.15;
    return factOf(
      {
        pk: `SWV#${tenant.slug}#Q#${caseId}`,
        sk: 'QUESTION',
        caseId,
        tenant: tenant.slug,
        steunpunt: tenant.steunpunt,
        createdAt,
        dueAt,
        // Most answered within the target, some late, a few not recorded.
        ...(answer < 0.95
          ? {
              firstResponseAt:
                answer < 0.85 ? createdAt : new Date(Date.parse(dueAt) + 86_400_000).toISOString(),
            }
          : {}),
        kind: complaint ? 'complaint' : 'question',
        ...(complaint
          ? { route: pick(random, Object.fromEntries(complaintRoutes.map((r) => [r, 1]))) }
          : {}),
        channel: pick(random, channelWeights),
        topic: complaint ? 'klacht-geschil' : pick(random, topicWeights),
        role: pick(random, roleWeights),
        schoolType: pick(random, schoolTypeWeights),
        gemeente: pick(random, gemeenteWeights),
        status: 'afgerond',
        // A category only: the texts are the medewerkers' own words, which the demo
        // leaves to the demo cases (and their review).
        ...(signal
          ? { signal: { category: pick(random, signalWeights), text: '', markedAt: createdAt } }
          : {}),
      },
      createdAt,
    );
  });
}

async function writeAll(db: DynamoDBDocumentClient, tableName: string, items: MonitorFact[]) {
  for (let at = 0; at < items.length; at += 25) {
    let requests: Record<string, { PutRequest: { Item: MonitorFact } }[]> | undefined = {
      [tableName]: items.slice(at, at + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    while (requests && Object.keys(requests).length > 0) {
      const { UnprocessedItems } = await db.send(new BatchWriteCommand({ RequestItems: requests }));
      requests = UnprocessedItems as typeof requests;
    }
  }
}

/** A past oudercafé of the steunpunt in this month, as retention leaves it. */
async function demoMeeting(
  db: DynamoDBDocumentClient,
  tableName: string,
  own: readonly Tenant[],
  month: string,
): Promise<void> {
  const first = own[0]!;
  const random = generator(`${first.steunpunt}#${month}#oudercafe`);
  const date = `${month}-${String(8 + Math.floor(random() * 14)).padStart(2, '0')}`;
  const made = new Date(Date.parse(`${month}-01T09:00:00.000Z`) - 14 * 86_400_000);
  const staff = {
    userId: 'demo-seed',
    name: 'Demo',
    email: 'demo@steunpunt-portaal.example',
    role: 'coordinator',
    steunpunt: first.steunpunt,
  } as Staff;
  const { ids, created } = await createMeetings(
    { db, tableName, clock: () => made, siteOrigin: 'http://localhost' },
    {
      steunpunt: first.steunpunt,
      steunpuntName: first.steunpuntName,
      steunpuntEmail: first.steunpuntEmail ?? '',
      tenants: own.map((tenant) => tenant.slug),
      retentionDays: defaultMeetingRetentionDays,
    },
    staff,
    meetingInput.parse({
      title: 'Oudercafé: passend onderwijs, hoe werkt het?',
      description: 'Een avond voor ouders en verzorgers over passend onderwijs.',
      date,
      startTime: '19:30',
      endTime: '21:00',
      locationKind: 'plaats',
      location: 'Bibliotheek, zaal 1 (begane grond, rolstoeltoegankelijk)',
      capacity: 12,
      audience: 'ouders',
      tenant: 'alle',
    }),
    `demo-monitor-oudercafe-${first.steunpunt}-${month}`,
  );
  if (!created) return;
  const signedUp = 5 + Math.floor(random() * 11);
  const confirmed = Math.min(12, signedUp);
  const counts: MeetingCounts = {
    tenants: own.map((tenant) => tenant.slug),
    month,
    audience: 'ouders',
    cancelledMeeting: false,
    signedUpPersons: signedUp,
    confirmedPersons: confirmed,
    attendedPersons: Math.round(confirmed * (0.65 + random() * 0.3)),
    cancelledPersons: 0,
    waitingAtStart: signedUp - confirmed,
  };
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: meetingKey(ids[0]!),
      // What retention (meeting-retention.ts) leaves; without purge keys it never runs here.
      UpdateExpression:
        'SET signedUpPersons = :signedUp, erasedAt = :at, finalCounts = :counts REMOVE purgePk, purgeSk',
      ExpressionAttributeValues: {
        ':signedUp': signedUp,
        ':at': made.toISOString(),
        ':counts': counts,
      },
    }),
  );
}

/** Seeds the months that have no summary yet; returns how many months it added. */
export async function seedDemoMonitor(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenants: readonly Tenant[],
  now: Date,
): Promise<number> {
  const last = lastComplete('maand', now);
  const months = Array.from({ length: monthsBack }, (_, i) => periodBefore(last, i).id);
  const deps = { db, tableName, clock: () => now };
  let added = 0;
  // The oudercafés first: a month's summary counts them.
  const bySteunpunt = new Map<string, Tenant[]>();
  for (const tenant of tenants) {
    bySteunpunt.set(tenant.steunpunt, [...(bySteunpunt.get(tenant.steunpunt) ?? []), tenant]);
  }
  for (const own of bySteunpunt.values()) {
    for (const month of months) {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: summaryKey(own[0]!.slug, month) }),
      );
      if (!Item) await demoMeeting(db, tableName, own, month);
    }
  }
  await Promise.all(
    tenants.map(async (tenant) => {
      for (const month of months) {
        const { Item } = await db.send(
          new GetCommand({ TableName: tableName, Key: summaryKey(tenant.slug, month) }),
        );
        if (Item) continue;
        await writeAll(db, tableName, demoFacts(tenant, month));
        await rebuildSummary(deps, tenant.steunpunt, { tenant: tenant.slug, month });
        added++;
      }
    }),
  );
  return added;
}
