/**
 * The fan-out: news about a meeting, put as mails on its attendees' own items. A change
 * to the meeting records only what must be told, in the same write as the change (so it
 * cannot be lost): the meeting's `tell` set for one attendee each (moved up, left) and a
 * notice in `notices` for everyone (moved, cancelled, new reminder time). This job then
 * writes one mail per attendee on their item, in pages, where that mail's id is not there
 * yet, so it can stop anywhere and run again: each attendee gets one mail per event. The
 * meeting item holds ids and notices, never mails, and stays small whatever the crowd.
 *
 * It runs at the start of each mail worker run (functions/mail-worker/lambda.ts) and
 * locally with the poller; nothing depends on its timing but how soon mails go.
 */
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TableDeps } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import { errorName, log } from '../lib/log.ts';
import {
  outboxPartition,
  outboxSortKey,
  outboxUpperBound,
  type MailEntry,
} from '../mail/outbox.ts';
import {
  attendeePrefix,
  attendeeSortKey,
  meetingKey,
  newsPartition,
  parseNewsEntry,
} from './meeting-keys.ts';
import { attendeeMail, attendeeMailId } from './meeting-mails.ts';
import type { MeetingItem, MeetingNotice } from './meeting-model.ts';
import { reminderAt } from './meeting-time.ts';

/** A projection by placeholders: no reserved-word surprises. */
function projection(names: readonly string[]) {
  const placeholders = Object.fromEntries(names.map((name, i) => [`#p${i}`, name]));
  return {
    ProjectionExpression: Object.keys(placeholders).join(', '),
    ExpressionAttributeNames: placeholders,
  };
}

const rowProjection = {
  ProjectionExpression: '#sk, #id, #at, #personal.#email',
  ExpressionAttributeNames: {
    '#sk': 'sk',
    '#id': 'attendeeId',
    '#at': 'signedUpAt',
    '#personal': 'personal',
    '#email': 'email',
  },
};

/** Attendee items read per page, and written side by side. */
const pageSize = 200;
const parallelWrites = 25;

type NewsMeeting = Pick<
  MeetingItem,
  | 'id'
  | 'startsAt'
  | 'reminderDays'
  | 'steunpuntEmail'
  | 'confirmed'
  | 'waiting'
  | 'tell'
  | 'notices'
  | 'pendingMails'
>;

type AttendeeRow = {
  sk: string;
  attendeeId: string;
  signedUpAt?: string;
  personal?: { email?: string };
};

/** The notice id of an event: one per change (its version), one cancellation. */
export const noticeId = (notice: Pick<MeetingNotice, 'kind' | 'version'>) =>
  notice.kind === 'cancelled' ? 'cancelled' : `${notice.kind}${notice.version}`;

/** The reminder mail of an attendee item, when it is still ahead; keyed for `mails`. */
export function reminderFor(
  meeting: Pick<MeetingItem, 'id' | 'startsAt' | 'reminderDays' | 'steunpuntEmail'>,
  to: string,
  attendeeId: string,
  now: Date,
): Record<string, MailEntry> {
  const remindAt = reminderAt(meeting.startsAt, meeting.reminderDays);
  if (!remindAt || remindAt <= now.toISOString()) return {};
  return {
    [attendeeMailId('reminder')]: attendeeMail(
      'reminder',
      meeting.id,
      to,
      // The moment it is for: moved or re-timed since, the template drops it.
      { attendeeId, remindAt },
      remindAt,
      meeting.steunpuntEmail,
    ),
  };
}

export interface NewsResult {
  meetings: number;
  mails: number;
  /** Meetings left for a next run because the time was up. */
  unfinished: number;
}

/**
 * Tells the news of every meeting that has some, until `deadline` (ms since the epoch):
 * what is left then waits for the next run, where this one stopped.
 */
export async function tellMeetingNews(
  deps: TableDeps,
  options: { deadline?: number; limit?: number } = {},
): Promise<NewsResult> {
  const result: NewsResult = { meetings: 0, mails: 0, unfinished: 0 };
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'outbox',
      KeyConditionExpression: 'outboxPk = :p AND outboxSk < :bound',
      ExpressionAttributeValues: { ':p': newsPartition, ':bound': outboxUpperBound(deps.clock()) },
      ProjectionExpression: 'pk, sk',
      Limit: options.limit ?? 25,
    }),
  );
  for (const key of Items ?? []) {
    result.meetings++;
    try {
      const done = await tellMeeting(
        deps,
        { pk: String(key.pk), sk: String(key.sk) },
        options.deadline ?? Infinity,
        result,
      );
      if (!done) result.unfinished++;
    } catch (error) {
      // One meeting's trouble must not hold up the others' news: it stays on the list, and
      // the next run goes on where this one stopped.
      result.unfinished++;
      log.error('meeting.news.failed', { errorName: errorName(error) });
    }
  }
  if (result.mails > 0) log.info('meeting.news', { count: result.mails });
  return result;
}

async function tellMeeting(
  deps: TableDeps,
  key: { pk: string; sk: string },
  deadline: number,
  result: NewsResult,
): Promise<boolean> {
  const { pk } = key;
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: key,
      ConsistentRead: true,
      ...projection([
        'id',
        'startsAt',
        'reminderDays',
        'steunpuntEmail',
        'confirmed',
        'waiting',
        'tell',
        'notices',
        'pendingMails',
      ]),
    }),
  );
  if (!Item) return true;
  const meeting = {
    ...(Item as NewsMeeting),
    confirmed: Item.confirmed ?? {},
    waiting: Item.waiting ?? [],
  } as NewsMeeting;
  const now = deps.clock();

  const tell = [...(meeting.tell ?? [])];
  if (tell.length > 0) {
    await inParallel(tell, async (entry) => {
      const { kind, attendeeId } = parseNewsEntry(entry);
      const row = await readAttendee(deps, pk, attendeeId);
      if (
        row &&
        (await putMail(deps, pk, row, attendeeMailId(kind), mailOf(meeting, kind, row, now)))
      )
        result.mails++;
    });
    // Each of these is now on its item (or its person is gone): out of the set.
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: 'DELETE #tell :done',
        ExpressionAttributeNames: { '#tell': 'tell' },
        ExpressionAttributeValues: { ':done': new Set(tell) },
      }),
    );
  }

  const notices = Object.entries(meeting.notices ?? {}).sort(
    ([, a], [, b]) => a.version - b.version,
  );
  for (const [id, notice] of notices) {
    if (!(await tellEveryone(deps, meeting, id, notice, deadline, result))) return false;
  }
  await takeOffList(deps, key, meeting, now);
  return true;
}

/** One notice to every attendee, page by page; false when the time ran out first. */
async function tellEveryone(
  deps: TableDeps,
  meeting: NewsMeeting,
  id: string,
  notice: MeetingNotice,
  deadline: number,
  result: NewsResult,
): Promise<boolean> {
  const pk = meetingKey(meeting.id).pk;
  let after = notice.after;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': attendeePrefix },
        ...rowProjection,
        Limit: pageSize,
        ...(after ? { ExclusiveStartKey: { pk, sk: after } } : {}),
      }),
    );
    const rows = (page.Items ?? []) as AttendeeRow[];
    const now = deps.clock();
    await inParallel(rows, async (row) => {
      // Only who holds a place or waits; later sign-ups hear it from their own mail.
      if (!isPlaced(meeting, row.attendeeId) || (row.signedUpAt ?? '') > notice.at) return;
      // Moved up by this very change: their place mail tells the new details; only the
      // reminder moves.
      const kind =
        notice.kind === 'changed' && notice.promoted?.includes(row.attendeeId)
          ? 'reminder'
          : notice.kind;
      if (await putNotice(deps, pk, row, meeting, { ...notice, kind }, now)) result.mails++;
    });
    after = page.LastEvaluatedKey ? String(page.LastEvaluatedKey.sk) : undefined;
    if (after) {
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: meetingKey(meeting.id),
          UpdateExpression: 'SET #notices.#n.#after = :after',
          ConditionExpression: 'attribute_exists(#notices.#n)',
          ExpressionAttributeNames: { '#notices': 'notices', '#n': id, '#after': 'after' },
          ExpressionAttributeValues: { ':after': after },
        }),
      );
      if (Date.now() >= deadline) return false;
    }
  } while (after);
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.tableName,
      Key: meetingKey(meeting.id),
      UpdateExpression: 'REMOVE #notices.#n',
      ExpressionAttributeNames: { '#notices': 'notices', '#n': id },
    }),
  );
  return true;
}

const isPlaced = (meeting: NewsMeeting, attendeeId: string) =>
  meeting.confirmed[attendeeId] !== undefined ||
  meeting.waiting.some((entry) => entry.startsWith(`${attendeeId}:`));

function mailOf(
  meeting: NewsMeeting,
  kind: 'promoted' | 'left' | 'changed' | 'cancelled',
  row: AttendeeRow,
  now: Date,
): MailEntry {
  return attendeeMail(
    kind,
    meeting.id,
    row.personal?.email ?? '',
    { attendeeId: row.attendeeId },
    now,
    meeting.steunpuntEmail,
  );
}

/** The notice's mail on one attendee item, with the reminder at its new time. */
async function putNotice(
  deps: TableDeps,
  pk: string,
  row: AttendeeRow,
  meeting: NewsMeeting,
  notice: MeetingNotice,
  now: Date,
): Promise<boolean> {
  const email = row.personal?.email ?? '';
  const reminder =
    notice.kind === 'cancelled' ? {} : reminderFor(meeting, email, row.attendeeId, now);
  if (notice.kind === 'reminder') {
    // No mail of its own: only the reminder moves. Written again on a rerun, the same.
    const [id, mail] = Object.entries(reminder)[0] ?? [];
    return id && mail ? putMail(deps, pk, row, id, mail, { overwrite: true }) : false;
  }
  const id = attendeeMailId(notice.kind, notice.version);
  return putMail(deps, pk, row, id, mailOf(meeting, notice.kind, row, now), { also: reminder });
}

/**
 * One mail on an attendee item, only where its id is not yet there (unless `overwrite`),
 * in the item's own outbox. False when it was there already or the person is gone.
 */
async function putMail(
  deps: TableDeps,
  pk: string,
  row: AttendeeRow,
  id: string,
  mail: MailEntry,
  options: { also?: Record<string, MailEntry>; overwrite?: boolean } = {},
): Promise<boolean> {
  if (!mail.to) return false;
  const mails = { [id]: mail, ...options.also };
  const names: Record<string, string> = { '#mails': 'mails' };
  const values: Record<string, unknown> = {
    ':op': outboxPartition,
    // Due now, whatever this mail's own moment: the item may hold an earlier one.
    ':os': outboxSortKey(deps.clock().toISOString(), pk, row.sk),
    ':ids': new Set(Object.keys(mails)),
  };
  const sets = Object.entries(mails).map(([mailId, entry], i) => {
    names[`#m${i}`] = mailId;
    values[`:m${i}`] = entry;
    return `#mails.#m${i} = :m${i}`;
  });
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: { pk, sk: row.sk },
        // The worker looks at once and sorts the item under its earliest due mail again.
        UpdateExpression: `SET ${sets.join(', ')}, outboxPk = :op, outboxSk = :os ADD pendingMails :ids`,
        ConditionExpression: options.overwrite
          ? 'attribute_exists(pk)'
          : 'attribute_exists(pk) AND attribute_not_exists(#mails.#m0)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

async function readAttendee(
  deps: TableDeps,
  pk: string,
  attendeeId: string,
): Promise<AttendeeRow | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: { pk, sk: attendeeSortKey(attendeeId) },
      ConsistentRead: true,
      ...rowProjection,
    }),
  );
  return Item as AttendeeRow | undefined;
}

/**
 * Off the fan-out's list once nothing is left to tell; a change since the read (a new
 * id or notice) keeps it on. A meeting from before this change that still holds mails of
 * its own goes back to the mail worker's partition.
 */
async function takeOffList(
  deps: TableDeps,
  key: { pk: string; sk: string },
  meeting: NewsMeeting,
  now: Date,
) {
  const legacy = (meeting.pendingMails?.size ?? 0) > 0;
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: legacy
          ? 'SET outboxPk = :op, outboxSk = :os'
          : 'REMOVE outboxPk, outboxSk',
        ConditionExpression:
          'outboxPk = :news AND attribute_not_exists(#tell) AND (attribute_not_exists(#notices) OR size(#notices) = :zero)',
        ExpressionAttributeNames: { '#tell': 'tell', '#notices': 'notices' },
        ExpressionAttributeValues: {
          ':news': newsPartition,
          ':zero': 0,
          ...(legacy
            ? { ':op': outboxPartition, ':os': outboxSortKey(now.toISOString(), key.pk, key.sk) }
            : {}),
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += parallelWrites) {
    await Promise.all(items.slice(i, i + parallelWrites).map(work));
  }
}
