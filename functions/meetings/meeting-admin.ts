/**
 * What staff do with meetings: create (a series makes more meetings), edit, cancel, mark
 * attendance. Edits and the cancellation rewrite the whole outbox map in one write (a
 * change mails everyone, which would not fit in an expression clause by clause),
 * conditioned on `version`, `placesSeq` and the worker's `mailsSeq`: nothing changed
 * since the read, or read again.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { outboxPartition, outboxSortKey, type MailEntry } from '../mail/outbox.ts';
import type { Staff } from '../auth/tenant-access.ts';
import { backoff, type MeetingDeps } from './meeting-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import {
  agendaPartition,
  agendaSortKey,
  meetingKey,
  meetingPurgePartition,
  meetingPurgeSortKey,
  meetingSummaryMark,
  seriesMeetingId,
} from './meeting-keys.ts';
import { meetingMail, meetingMailId } from './meeting-mails.ts';
import { confirmedPersons, parseQueueEntry, type MeetingItem } from './meeting-model.ts';
import { getMeeting } from './meeting-read.ts';
import { allTenants, type MeetingEditInput, type MeetingInput } from './meeting-schema.ts';
import { amsterdamInstant, closesAt, reminderAt, sameWeekdayOfMonth } from './meeting-time.ts';
import { planPromotion, placeMails } from './promotion.ts';

export interface SteunpuntInfo {
  steunpunt: string;
  steunpuntName: string;
  steunpuntEmail: string;
  /** The SWV slugs the steunpunt serves now ('alle' means these). */
  tenants: string[];
  retentionDays: number;
}

const dayMs = 86_400_000;

/** Attributes an edit may leave out: removed then, not left behind from before. */
const optionalFields = ['location', 'onlineUrl', 'signUpDeadline'] as const;

/** The fields a meeting takes from its form input. */
function fromInput(input: MeetingEditInput, info: SteunpuntInfo, meetingId: string) {
  const startsAt = amsterdamInstant(input.date, input.startTime);
  const endsAt = amsterdamInstant(input.date, input.endTime);
  const eraseAfter = new Date(Date.parse(endsAt) + info.retentionDays * dayMs).toISOString();
  return {
    tenants: input.tenant === allTenants ? info.tenants : [input.tenant],
    title: input.title,
    description: input.description,
    startsAt,
    endsAt,
    closesAt: closesAt(startsAt, input.signUpDeadline),
    ...(input.signUpDeadline ? { signUpDeadline: input.signUpDeadline } : {}),
    locationKind: input.locationKind,
    ...(input.locationKind === 'plaats' && input.location ? { location: input.location } : {}),
    ...(input.locationKind === 'online' && input.onlineUrl ? { onlineUrl: input.onlineUrl } : {}),
    audience: input.audience,
    capacity: input.capacity,
    reminderDays: input.reminderDays,
    input,
    inboxPk: agendaPartition(info.steunpunt),
    inboxSk: agendaSortKey(startsAt, meetingId),
    purgePk: meetingPurgePartition,
    purgeSk: meetingPurgeSortKey(eraseAfter, meetingId),
  };
}

export async function createMeetings(
  deps: MeetingDeps,
  info: SteunpuntInfo,
  staff: Staff,
  input: MeetingInput,
  idempotencyKey: string,
): Promise<{ ids: string[]; created: boolean }> {
  const { repeatMonthly, ...first } = input;
  const seriesId =
    repeatMonthly > 0 ? seriesMeetingId(idempotencyKey, info.steunpunt, -1) : undefined;
  const ids: string[] = [];
  let created = false;
  for (let index = 0; index <= repeatMonthly; index++) {
    const id = seriesMeetingId(idempotencyKey, info.steunpunt, index);
    const edit: MeetingEditInput = {
      ...first,
      date: sameWeekdayOfMonth(first.date, index),
      ...(first.signUpDeadline && index > 0
        ? { signUpDeadline: shiftDeadline(first.date, first.signUpDeadline, index) }
        : {}),
    };
    const item = {
      ...meetingKey(id),
      kind: 'meeting',
      id,
      steunpunt: info.steunpunt,
      steunpuntName: info.steunpuntName,
      steunpuntEmail: info.steunpuntEmail,
      ...fromInput(edit, info, id),
      ...(seriesId ? { seriesId } : {}),
      free: edit.capacity,
      confirmed: {},
      waiting: [],
      left: {},
      attended: {},
      placesSeq: 0,
      version: 0,
      signedUpPersons: 0,
      cancelledPersons: 0,
      cancelled: false,
      mails: {},
      createdAt: deps.clock().toISOString(),
      createdBy: staff.userId,
    };
    const withMark = { ...item, ...meetingSummaryMark(deps.clock(), item) };
    try {
      await deps.db.send(
        new PutCommand({
          TableName: deps.tableName,
          Item: withMark,
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      created = true;
    } catch (error) {
      // Made by the first attempt of this very request (the id comes from its key).
      if (!isConditionFailure(error)) throw error;
    }
    ids.push(id);
  }
  return { ids, created };
}

/** A series keeps the gap between deadline and meeting (in days). */
function shiftDeadline(date: string, deadline: string, months: number): string {
  const gap = (Date.parse(date) - Date.parse(deadline)) / dayMs;
  const next = sameWeekdayOfMonth(date, months);
  return new Date(Date.parse(next) - gap * dayMs).toISOString().slice(0, 10);
}

export type AdminOutcome =
  | { kind: 'done'; meeting: MeetingItem }
  | { kind: 'not-found' }
  | { kind: 'cancelled' }
  | { kind: 'started' }
  | { kind: 'capacity-too-low'; confirmed: number };

/** The meeting when it exists and belongs to the caller's steunpunt; else undefined (a 404). */
export async function ownMeeting(
  deps: MeetingDeps,
  staff: Staff,
  meetingId: string,
  withMails = false,
): Promise<MeetingItem | undefined> {
  const meeting = await getMeeting(deps, meetingId, { withMails });
  return meeting && meeting.steunpunt === staff.steunpunt ? meeting : undefined;
}

const whereOrWhenChanged = (before: MeetingItem, after: ReturnType<typeof fromInput>) =>
  before.startsAt !== after.startsAt ||
  before.endsAt !== after.endsAt ||
  before.locationKind !== after.locationKind ||
  (before.location ?? '') !== (after.location ?? '') ||
  (before.onlineUrl ?? '') !== (after.onlineUrl ?? '');

export async function updateMeeting(
  deps: MeetingDeps,
  info: SteunpuntInfo,
  staff: Staff,
  meetingId: string,
  input: MeetingEditInput,
  idempotencyKey: string,
): Promise<AdminOutcome> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const meeting = await ownMeeting(deps, staff, meetingId, true);
    if (!meeting) return { kind: 'not-found' };
    if (meeting.requestKeys?.edit === idempotencyKey) return { kind: 'done', meeting };
    const now = deps.clock();
    if (meeting.cancelled) return { kind: 'cancelled' };
    if (meeting.startsAt <= now.toISOString()) return { kind: 'started' };
    const taken = confirmedPersons(meeting);
    if (input.capacity < taken) return { kind: 'capacity-too-low', confirmed: taken };

    const fields = fromInput(input, info, meetingId);
    const version = meeting.version + 1;
    const changed = whereOrWhenChanged(meeting, fields);
    const mails: Record<string, MailEntry> = { ...meeting.mails };
    const next = { ...meeting, ...fields, version };
    const plan = planPromotion(input.capacity - taken, meeting.waiting);
    const confirmed = { ...meeting.confirmed };
    for (const [attendeeId, persons] of Object.entries(meeting.confirmed)) {
      // Reminders follow the new date and the new number of days.
      delete mails[meetingMailId('reminder', attendeeId)];
      const when = reminderAt(next.startsAt, next.reminderDays);
      if (when && when > now.toISOString()) {
        mails[meetingMailId('reminder', attendeeId)] = meetingMail(
          'reminder',
          meetingId,
          attendeeId,
          { persons: String(persons) },
          when,
          meeting.steunpuntEmail,
        );
      }
      if (changed) {
        mails[meetingMailId('changed', attendeeId, version)] = meetingMail(
          'changed',
          meetingId,
          attendeeId,
          { status: 'bevestigd' },
          now,
          meeting.steunpuntEmail,
        );
      }
    }
    for (const entry of plan.waiting.map(parseQueueEntry)) {
      if (changed) {
        mails[meetingMailId('changed', entry.id, version)] = meetingMail(
          'changed',
          meetingId,
          entry.id,
          { status: 'wachtlijst' },
          now,
          meeting.steunpuntEmail,
        );
      }
    }
    for (const entry of plan.promoted) {
      confirmed[entry.id] = entry.persons;
      Object.assign(mails, placeMails(next, 'promoted', entry.id, entry.persons, now));
    }
    const written = await rewrite(
      deps,
      meeting,
      now,
      {
        ...fields,
        version,
        free: plan.free,
        waiting: plan.waiting,
        confirmed,
        mails,
        requestKeys: { ...meeting.requestKeys, edit: idempotencyKey },
        placesSeq: meeting.placesSeq + (plan.promoted.length ? 1 : 0),
        // It may move to another month or other SWVs: both the old and the new count.
        ...meetingSummaryMark(now, meeting, fields),
      },
      optionalFields.filter((field) => !(field in fields)),
    );
    if (written) return { kind: 'done', meeting: { ...meeting, ...written } as MeetingItem };
    await backoff(attempt);
  }
  throw new Error('meeting edit: kept changing');
}

export async function cancelMeeting(
  deps: MeetingDeps,
  staff: Staff,
  meetingId: string,
  reason: string | undefined,
  idempotencyKey: string,
): Promise<AdminOutcome> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const meeting = await ownMeeting(deps, staff, meetingId, true);
    if (!meeting) return { kind: 'not-found' };
    if (meeting.cancelled) return { kind: 'done', meeting };
    const now = deps.clock();
    if (meeting.startsAt <= now.toISOString()) return { kind: 'started' };
    const mails: Record<string, MailEntry> = { ...meeting.mails };
    const notify = (attendeeId: string, status: string) => {
      mails[meetingMailId('cancelled', attendeeId)] = meetingMail(
        'cancelled',
        meetingId,
        attendeeId,
        { status },
        now,
        meeting.steunpuntEmail,
      );
    };
    for (const attendeeId of Object.keys(meeting.confirmed)) {
      delete mails[meetingMailId('reminder', attendeeId)];
      notify(attendeeId, 'bevestigd');
    }
    for (const entry of meeting.waiting.map(parseQueueEntry)) notify(entry.id, 'wachtlijst');
    const written = await rewrite(deps, meeting, now, {
      cancelled: true,
      ...(reason ? { cancelReason: reason } : {}),
      version: meeting.version + 1,
      mails,
      requestKeys: { ...meeting.requestKeys, cancel: idempotencyKey },
      ...meetingSummaryMark(now, meeting),
    });
    if (written) return { kind: 'done', meeting: { ...meeting, ...written } as MeetingItem };
    await backoff(attempt);
  }
  throw new Error('meeting cancel: kept changing');
}

/** One write of whole attributes (mails included), only if nobody changed the meeting. */
async function rewrite(
  deps: MeetingDeps,
  meeting: MeetingItem & { mailsSeq?: number },
  now: Date,
  changes: Record<string, unknown> & { mails: Record<string, MailEntry> },
  removes: readonly string[] = [],
): Promise<Record<string, unknown> | undefined> {
  const key = meetingKey(meeting.id);
  const pending = Object.entries(changes.mails)
    .filter(([, mail]) => mail.status === 'pending' || mail.status === 'sending')
    .map(([id]) => id);
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(changes).map(([field, value], i) => {
    names[`#f${i}`] = field;
    values[`:f${i}`] = value;
    return `#f${i} = :f${i}`;
  });
  if (pending.length > 0) {
    sets.push('pendingMails = :pending', 'outboxPk = :op', 'outboxSk = :os');
    values[':pending'] = new Set(pending);
    values[':op'] = outboxPartition;
    values[':os'] = outboxSortKey(now.toISOString(), key.pk, key.sk);
  }
  const removed = removes.map((field, i) => {
    names[`#r${i}`] = field;
    return `#r${i}`;
  });
  if (pending.length === 0) removed.push('pendingMails');
  values[':version'] = meeting.version;
  values[':seq'] = meeting.placesSeq;
  const mailsSeqCondition =
    meeting.mailsSeq === undefined ? 'attribute_not_exists(mailsSeq)' : 'mailsSeq = :mailsSeq';
  if (meeting.mailsSeq !== undefined) values[':mailsSeq'] = meeting.mailsSeq;
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')}${removed.length ? ` REMOVE ${removed.join(', ')}` : ''}`,
        ConditionExpression: `version = :version AND placesSeq = :seq AND ${mailsSeqCondition}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return changes;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

export type AttendanceOutcome = 'done' | 'not-started' | 'not-found';

export async function setAttendance(
  deps: MeetingDeps,
  meeting: MeetingItem,
  attendeeId: string,
  attended: boolean,
): Promise<AttendanceOutcome> {
  if (meeting.confirmed[attendeeId] === undefined) return 'not-found';
  if (meeting.startsAt > deps.clock().toISOString()) return 'not-started';
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: meetingKey(meeting.id),
        UpdateExpression:
          'SET attended.#a = :value, sumPk = :sumPk, sumSk = :sumSk, sumTargets = :sumTargets',
        ConditionExpression: 'attribute_exists(confirmed.#a) AND attribute_not_exists(erasedAt)',
        ExpressionAttributeNames: { '#a': attendeeId },
        ExpressionAttributeValues: {
          ':value': attended,
          ...Object.fromEntries(
            Object.entries(meetingSummaryMark(deps.clock(), meeting)).map(([k, v]) => [`:${k}`, v]),
          ),
        },
      }),
    );
    return 'done';
  } catch (error) {
    if (isConditionFailure(error)) return 'not-found';
    throw error;
  }
}
