/**
 * What staff do with meetings: create (a series makes more meetings), edit, cancel, mark
 * attendance. An edit or a cancellation is one write of the meeting, conditioned on what
 * it read; the mails it causes are not in it: it leaves a notice that the fan-out
 * (`meeting-news.ts`) turns into one mail on each attendee's own item.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
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
  newsEntry,
  seriesMeetingId,
} from './meeting-keys.ts';
import { confirmedPersons, type MeetingItem, type MeetingNotice } from './meeting-model.ts';
import { noticeId } from './meeting-news.ts';
import { getMeeting } from './meeting-read.ts';
import { allTenants } from './meeting-schema.ts';
import { type MeetingEditInput, type MeetingInput } from './meeting-staff-schema.ts';
import { amsterdamInstant, closesAt, reminderAt, sameWeekdayOfMonth } from './meeting-time.ts';
import { markForNews, planPromotion } from './promotion.ts';
import { UpdateBuilder } from './update-expression.ts';

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
    waitingMax: input.waitingListMax,
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
      // Kept empty: the mails are on the attendee items (meeting-mails.ts).
      mails: {},
      notices: {},
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
    const plan = planPromotion(input.capacity - taken, meeting.waiting);
    const confirmed = { ...meeting.confirmed };
    for (const entry of plan.promoted) confirmed[entry.id] = entry.persons;
    // Everyone hears of a new time or place; a new reminder moment only moves reminders.
    const kind = whereOrWhenChanged(meeting, fields)
      ? 'changed'
      : reminderAt(meeting.startsAt, meeting.reminderDays) !==
          reminderAt(fields.startsAt, fields.reminderDays)
        ? 'reminder'
        : undefined;
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
        requestKeys: { ...meeting.requestKeys, edit: idempotencyKey },
        placesSeq: meeting.placesSeq + (plan.promoted.length ? 1 : 0),
        // It may move to another month or other SWVs: both the old and the new count.
        ...meetingSummaryMark(now, meeting, fields),
      },
      {
        removes: optionalFields.filter((field) => !(field in fields)),
        tell: plan.promoted.map((entry) => newsEntry('promoted', entry.id)),
        ...(kind
          ? {
              notice: {
                kind,
                version,
                at: now.toISOString(),
                ...(plan.promoted.length ? { promoted: plan.promoted.map((e) => e.id) } : {}),
              },
            }
          : {}),
        placesChecked: true,
      },
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
    const version = meeting.version + 1;
    // Not conditioned on the places: a rush of sign-ups cannot keep staff from cancelling.
    // Who is told is read by the fan-out from the meeting as it stands.
    const written = await rewrite(
      deps,
      meeting,
      now,
      {
        cancelled: true,
        ...(reason ? { cancelReason: reason } : {}),
        version,
        requestKeys: { ...meeting.requestKeys, cancel: idempotencyKey },
        ...meetingSummaryMark(now, meeting),
      },
      { notice: { kind: 'cancelled', version, at: now.toISOString() }, placesChecked: false },
    );
    if (written) return { kind: 'done', meeting: { ...meeting, ...written } as MeetingItem };
    await backoff(attempt);
  }
  throw new Error('meeting cancel: kept changing');
}

/**
 * One write of whole attributes, only if no staff change came first (`version`) and, for
 * an edit, no place changed (`placesSeq`: its promotion plan and capacity check read
 * them). The news goes with it: ids to tell and a notice for everyone, and the meeting
 * on the fan-out's list.
 */
async function rewrite(
  deps: MeetingDeps,
  meeting: MeetingItem,
  now: Date,
  changes: Record<string, unknown>,
  news: {
    removes?: readonly string[];
    tell?: readonly string[];
    notice?: MeetingNotice;
    placesChecked: boolean;
  },
): Promise<Record<string, unknown> | undefined> {
  const key = meetingKey(meeting.id);
  const update = new UpdateBuilder();
  for (const [field, value] of Object.entries(changes)) update.set(field, value);
  for (const field of news.removes ?? []) update.remove(field);
  if (news.notice) {
    const id = noticeId(news.notice);
    // Meetings made before notices existed have no map to add to.
    if (meeting.notices) update.set(`notices.${id}`, news.notice);
    else update.set('notices', { [id]: news.notice });
  }
  if (news.tell?.length) update.add('tell', new Set(news.tell));
  if (news.notice || news.tell?.length) markForNews(update, key, now);
  update.when(`${update.path('version')} = ${update.value(meeting.version)}`);
  if (news.placesChecked) {
    update.when(`${update.path('placesSeq')} = ${update.value(meeting.placesSeq)}`);
  }
  try {
    await deps.db.send(new UpdateCommand(update.command(deps.tableName, key)));
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
