/**
 * Cancelling by the personal link, and moving people up. Both read the meeting, plan,
 * and write once conditioned on `placesSeq` (nothing about places changed since the
 * read); on a conflict they read again. The cancellation, the places it frees, the
 * promoted people's places and the news to tell them are one write.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { parseCancelCode, secretMatches } from './cancel-code.ts';
import { backoff, type MeetingDeps } from './meeting-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import { attendeeKey, meetingKey, newsEntry } from './meeting-keys.ts';
import { toPublicMeeting, type MeetingItem } from './meeting-model.ts';
import { getMeeting } from './meeting-read.ts';
import type { AttendeeStatus, PublicMeeting } from './meeting-schema.ts';
import { addNews, applyPromotion, planPromotion } from './promotion.ts';
import { UpdateBuilder } from './update-expression.ts';

const maxAttempts = 25;

export function attendeeStatus(
  meeting: MeetingItem,
  attendeeId: string,
): AttendeeStatus | undefined {
  if (meeting.left[attendeeId] !== undefined) return 'afgemeld';
  if (meeting.confirmed[attendeeId] !== undefined) return 'bevestigd';
  if (meeting.waiting.some((entry) => entry.startsWith(`${attendeeId}:`))) return 'wachtlijst';
  return undefined;
}

interface CodeTarget {
  meeting: MeetingItem;
  attendeeId: string;
  persons: number;
}

/** The meeting and attendee a code belongs to, if the code is right and the data still there. */
async function resolveCode(deps: MeetingDeps, code: string): Promise<CodeTarget | undefined> {
  const parsed = parseCancelCode(code);
  if (!parsed) return undefined;
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: attendeeKey(parsed.meetingId, parsed.attendeeId),
      ConsistentRead: true,
      ProjectionExpression: 'codeHash, persons',
    }),
  );
  if (!Item || !secretMatches(parsed.secret, String(Item.codeHash))) return undefined;
  const meeting = await getMeeting(deps, parsed.meetingId);
  if (!meeting) return undefined;
  return { meeting, attendeeId: parsed.attendeeId, persons: Number(Item.persons) };
}

export type LookupOutcome =
  | { kind: 'found'; meeting: PublicMeeting; status: AttendeeStatus; persons: number }
  | { kind: 'not-found' };

export async function lookupByCode(deps: MeetingDeps, code: string): Promise<LookupOutcome> {
  const target = await resolveCode(deps, code);
  const status = target && attendeeStatus(target.meeting, target.attendeeId);
  if (!target || !status) return { kind: 'not-found' };
  return {
    kind: 'found',
    meeting: toPublicMeeting(target.meeting, deps.clock()),
    status,
    persons: target.persons,
  };
}

export type CancelOutcome = { kind: 'cancelled' } | { kind: 'not-found' } | { kind: 'started' };

export async function cancelByCode(deps: MeetingDeps, code: string): Promise<CancelOutcome> {
  const target = await resolveCode(deps, code);
  if (!target) return { kind: 'not-found' };
  const { attendeeId } = target;
  let meeting: MeetingItem | undefined = target.meeting;
  for (let attempt = 0; attempt < maxAttempts && meeting; attempt++) {
    const now = deps.clock();
    if (meeting.left[attendeeId] !== undefined) return { kind: 'cancelled' };
    if (meeting.startsAt <= now.toISOString()) return { kind: 'started' };
    if (await tryCancel(deps, meeting, attendeeId, target.persons, now)) {
      return { kind: 'cancelled' };
    }
    await backoff(attempt);
    meeting = await getMeeting(deps, meeting.id);
  }
  if (!meeting) return { kind: 'not-found' };
  throw new Error('cancel: the meeting kept changing');
}

async function tryCancel(
  deps: MeetingDeps,
  meeting: MeetingItem,
  attendeeId: string,
  persons: number,
  now: Date,
): Promise<boolean> {
  const key = meetingKey(meeting.id);
  const update = new UpdateBuilder();
  update
    .when(`${update.path('placesSeq')} = ${update.value(meeting.placesSeq)}`)
    .when(`attribute_not_exists(${update.path(`left.${attendeeId}`)})`);
  const held = meeting.confirmed[attendeeId];
  let free = meeting.free;
  if (held !== undefined) {
    free += held;
    // A reminder, place or change mail of theirs not sent yet finds them gone when it is
    // rendered, and is dropped: it would put back in the calendar what this takes out.
    update.remove(`confirmed.${attendeeId}`);
  }
  const waiting = meeting.waiting.filter((entry) => !entry.startsWith(`${attendeeId}:`));
  // Someone who cancels is counted with the persons they signed up with, placed or not.
  update
    .set(`left.${attendeeId}`, persons)
    .increment('cancelledPersons', persons)
    .increment('placesSeq', 1);
  const plan = meeting.cancelled ? { promoted: [], waiting, free } : planPromotion(free, waiting);
  const news = applyPromotion(update, plan);
  // A place they held is in their calendar: the mail takes it out. The waiting list got
  // no calendar file, and a cancelled meeting was taken out already.
  if (held !== undefined && !meeting.cancelled) news.push(newsEntry('left', attendeeId));
  addNews(update, key, news, now);
  return write(deps, update, key);
}

/** One promotion pass; true when nothing (more) could move up. */
export async function promoteWaiting(deps: MeetingDeps, meetingId: string): Promise<void> {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const meeting = await getMeeting(deps, meetingId);
    const now = deps.clock();
    if (!meeting || meeting.cancelled || meeting.startsAt <= now.toISOString()) return;
    const plan = planPromotion(meeting.free, meeting.waiting);
    if (plan.promoted.length === 0) return;
    const key = meetingKey(meetingId);
    const update = new UpdateBuilder();
    update
      .when(`${update.path('placesSeq')} = ${update.value(meeting.placesSeq)}`)
      .increment('placesSeq', 1);
    addNews(update, key, applyPromotion(update, plan), now);
    if (await write(deps, update, key)) return;
    await backoff(attempt);
  }
}

async function write(
  deps: MeetingDeps,
  update: UpdateBuilder,
  key: { pk: string; sk: string },
): Promise<boolean> {
  try {
    await deps.db.send(new UpdateCommand(update.command(deps.tableName, key)));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
