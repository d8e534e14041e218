/**
 * A meeting that cannot outgrow its item (#13): the waiting list has a cap, kept by the
 * meeting write's own condition, and the mails of a change or a cancellation go onto the
 * attendee items through the fan-out, one per attendee per event, even when it stops
 * midway. 5,000 sign-ups through the sign-up route, then a move and a cancellation, each
 * mail counted on the items and at the local SES. Against dynalite.
 */
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutbox } from '../../functions/mail/mail-worker.ts';
import { attendeeIdFor, meetingKey } from '../../functions/meetings/meeting-keys.ts';
import { tellMeetingNews } from '../../functions/meetings/meeting-news.ts';
import {
  placesOf,
  startMeetingHarness,
  validMeeting,
  type MeetingHarness,
} from '../support/api-harness.ts';
import { dynamoItemSize } from '../support/item-size.ts';
import { localWorker } from '../support/local-aws.ts';

let h: MeetingHarness;
beforeAll(async () => {
  h = await startMeetingHarness();
});
afterAll(() => h.stop());

const tableDeps = () => ({ db: h.aws.db, tableName: h.aws.tableName, clock: h.now });

/** Every attendee item of a meeting, page by page. */
async function attendees(meetingId: string) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await h.aws.db.send(
      new QueryCommand({
        TableName: h.aws.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': meetingKey(meetingId).pk, ':prefix': 'ATTENDEE#' },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The mail worker until nothing is due, as many runs as that takes. */
async function drainAll() {
  for (let run = 0; run < 500; run++) {
    const result = await drainOutbox(
      localWorker(h.aws, () => new Date(h.now().getTime() + 10_000)),
      200,
    );
    if (result.sent + result.failed + result.retried + result.skipped === 0) return;
  }
}

/** How many mails with this subject each address got. */
async function perAddress(subjectStart: string) {
  const counts = new Map<string, number>();
  for (const mail of await h.mails()) {
    if (!mail.subject.startsWith(subjectStart)) continue;
    for (const to of mail.destination.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

/** Sign-ups in waves of `parallel`, each through the public route. */
async function signUpMany(meetingId: string, count: number, parallel = 100) {
  const keys = Array.from({ length: count }, () => randomUUID());
  const answers: { status: number; body: { message?: string; errors?: { field: string }[] } }[] =
    [];
  for (let i = 0; i < count; i += parallel) {
    answers.push(
      ...(await Promise.all(
        keys.slice(i, i + parallel).map(async (key, j) => {
          const response = await h.signUp(
            meetingId,
            { email: `ouder-${i + j}-${meetingId.slice(0, 6)}@example.nl` },
            key,
          );
          return { status: response.status, body: (await response.json()) as never };
        }),
      )),
    );
  }
  return { keys, answers };
}

describe('the waiting list has a cap', () => {
  it('refuses sign-ups past it with 409 and the steunpunt, storing and mailing nothing', async () => {
    const meetingId = await h.createMeeting({ capacity: 3, waitingListMax: 5 });
    const { keys, answers } = await signUpMany(meetingId, 60, 60);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(8);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(52);
    const message = refused[0]!.body.message!;
    expect(message).toMatch(/^De wachtlijst is vol\. /);
    expect(message).toContain(h.tenants.a.steunpuntEmail!);
    expect(refused[0]!.body.errors).toEqual([{ field: 'form', message }]);

    const places = placesOf(await h.meeting(meetingId));
    expect(places.confirmed).toBe(3);
    expect(places.waitingIds).toHaveLength(5);
    const placed = new Set([...places.confirmedIds, ...places.waitingIds]);
    const stored = await attendees(meetingId);
    // Nothing stored for a refused sign-up: exactly the placed ones have an item.
    expect(new Set(stored.map((a) => String(a.attendeeId)))).toEqual(placed);
    expect(keys.filter((key) => placed.has(attendeeIdFor(meetingId, key)))).toHaveLength(8);

    await h.clearMails();
    await h.drainMail();
    const sentTo = new Set((await h.mails()).flatMap((m) => m.destination.to));
    expect(sentTo.size).toBe(8);
    expect([...sentTo].every((to) => stored.some((a) => JSON.stringify(a).includes(to)))).toBe(
      true,
    );

    // The public page says so too: full list, no place, no sign-up.
    const page = (await (
      await h.call(null, 'GET', `/swv/swv-a/bijeenkomsten/${meetingId}`)
    ).json()) as {
      state: string;
      signUpOpen: boolean;
    };
    expect(page).toMatchObject({ state: 'wachtlijst-vol', signUpOpen: false });
  });
});

describe('a fan-out that dies midway', () => {
  it('goes on at the next run and still mails each attendee once', async () => {
    const meetingId = await h.createMeeting({ capacity: 40, waitingListMax: 60 });
    await signUpMany(meetingId, 90, 30);
    await drainAll();
    await h.clearMails();
    const cancelled = await h.call(
      'anna',
      'POST',
      `/backoffice/bijeenkomsten/${meetingId}/annuleren`,
      { reason: 'De spreker is ziek' },
    );
    expect(cancelled.status).toBe(200);
    // The table fails after 30 mails are written: the run stops there, as a crash would.
    let writes = 0;
    const dying = {
      ...tableDeps(),
      db: {
        send: (command: { input: { UpdateExpression?: string } }) => {
          if (command.input.UpdateExpression?.includes('pendingMails') && ++writes > 30) {
            return Promise.reject(new Error('the process stopped'));
          }
          return h.aws.db.send(command as never);
        },
      } as unknown as typeof h.aws.db,
    };
    expect(await tellMeetingNews(dying)).toMatchObject({ unfinished: 1 });
    const halfway = await attendees(meetingId);
    const told = halfway.filter((a) => 'cancelled' in (a.mails as object)).length;
    expect(told).toBeGreaterThan(0);
    expect(told).toBeLessThan(90);
    while ((await tellMeetingNews(tableDeps())).unfinished > 0);
    await drainAll();
    const gone = await perAddress('Gaat niet door');
    expect(gone.size).toBe(90);
    expect([...gone.values()].every((n) => n === 1)).toBe(true);
  });
});

describe('5,000 sign-ups, then a move and a cancellation', () => {
  it('keeps the meeting item small and gives every attendee exactly one mail per event', async () => {
    const meetingId = await h.createMeeting({ capacity: 500, waitingListMax: 1000 });
    const { answers } = await signUpMany(meetingId, 5_000);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1_500);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(3_500);
    const item = await h.meeting(meetingId);
    expect(placesOf(item).confirmed).toBe(500);
    expect(item.waiting).toHaveLength(1_000);
    const full = dynamoItemSize(item as never);
    expect(full).toBeLessThan(100_000);
    const people = await attendees(meetingId);
    expect(people).toHaveLength(1_500);
    await h.clearMails();
    await drainAll();
    expect((await perAddress('Je bent aangemeld')).size).toBe(500);
    expect((await perAddress('Je staat op de wachtlijst')).size).toBe(1_000);
    await h.clearMails();

    // The move: one write, well under the limit.
    const moved = await h.call(
      'anna',
      'PUT',
      `/backoffice/bijeenkomsten/${meetingId}`,
      validMeeting({
        capacity: 500,
        waitingListMax: 1000,
        location: 'De grote zaal, Marktplein 2',
      }),
    );
    expect(moved.status).toBe(200);
    const afterMove = await h.meeting(meetingId);
    expect(dynamoItemSize(afterMove as never)).toBeLessThan(full + 1_000);
    const version = afterMove.version;

    // A fan-out that stops after its first page goes on where it stopped.
    const first = await tellMeetingNews(tableDeps(), { deadline: 0 });
    expect(first.unfinished).toBe(1);
    expect(first.mails).toBeGreaterThan(0);
    expect(first.mails).toBeLessThan(1_500);
    expect((await h.meeting(meetingId)).notices?.[`changed${version}`]?.after).toBeDefined();
    while ((await tellMeetingNews(tableDeps())).unfinished > 0);
    expect((await tellMeetingNews(tableDeps())).mails).toBe(0);
    const changedIds = (await attendees(meetingId)).map(
      (a) => Object.keys(a.mails as object).filter((id) => id === `changed${version}`).length,
    );
    expect(changedIds.filter((n) => n === 1)).toHaveLength(1_500);
    await drainAll();
    const changed = await perAddress('Gewijzigd');
    expect(changed.size).toBe(1_500);
    expect([...changed.values()].every((n) => n === 1)).toBe(true);
    await h.clearMails();

    // The cancellation: one write; the same fan-out, each attendee once.
    const cancelled = await h.call(
      'anna',
      'POST',
      `/backoffice/bijeenkomsten/${meetingId}/annuleren`,
      { reason: 'De zaal is te klein' },
    );
    expect(cancelled.status).toBe(200);
    expect(dynamoItemSize((await h.meeting(meetingId)) as never)).toBeLessThan(full + 1_000);
    while ((await tellMeetingNews(tableDeps())).unfinished > 0);
    await drainAll();
    const gone = await perAddress('Gaat niet door');
    expect(gone.size).toBe(1_500);
    expect([...gone.values()].every((n) => n === 1)).toBe(true);
    const withCalendar = (await h.mails()).filter(
      (m) => m.subject.startsWith('Gaat niet door') && (m.attachments ?? []).length > 0,
    );
    // Only those with a place had it in their calendar.
    expect(withCalendar).toHaveLength(500);
    const meeting = await h.meeting(meetingId);
    expect(meeting.notices).toEqual({});
    expect(meeting.tell).toBeUndefined();
  }, 600_000);
});
