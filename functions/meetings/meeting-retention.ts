/**
 * Retention for meetings: a set number of days after a meeting ends (the steunpunt's
 * `meetingRetentionDays`, fixed when the meeting is made or edited), its attendees'
 * personal data goes. Found through the `purge` index under its own partition.
 * In an order that is safe to stop anywhere and to run again:
 *   1. write the anonymous count item (only if it is not there yet),
 *   2. delete the attendee items,
 *   3. strip the attendee ids and the outbox from the meeting, and its purge keys.
 */
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { log } from '../lib/log.ts';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { type MeetingDeps } from './meeting-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import {
  attendeePrefix,
  meetingFactPartition,
  meetingKey,
  meetingPurgePartition,
} from './meeting-keys.ts';
import { confirmedPersons, waitingPersons, type MeetingItem } from './meeting-model.ts';
import { getMeeting } from './meeting-read.ts';

export interface MeetingCounts {
  tenants: string[];
  month: string;
  audience: string;
  cancelledMeeting: boolean;
  signedUpPersons: number;
  confirmedPersons: number;
  attendedPersons: number;
  cancelledPersons: number;
  waitingAtStart: number;
}

export function countsOf(meeting: MeetingItem): MeetingCounts {
  const attended = Object.entries(meeting.attended)
    .filter(([, present]) => present)
    .reduce((sum, [id]) => sum + (meeting.confirmed[id] ?? 0), 0);
  return {
    tenants: meeting.tenants,
    month: amsterdamMonth(new Date(meeting.startsAt)),
    audience: meeting.audience,
    cancelledMeeting: meeting.cancelled,
    signedUpPersons: meeting.signedUpPersons ?? 0,
    confirmedPersons: confirmedPersons(meeting),
    attendedPersons: attended,
    cancelledPersons: meeting.cancelledPersons ?? 0,
    // Sign-up closes and cancelling stops at the start: the queue is as it was then.
    waitingAtStart: waitingPersons(meeting),
  };
}

export async function purgeMeetings(
  deps: Pick<MeetingDeps, 'db' | 'tableName' | 'clock'>,
  limit = 25,
): Promise<{ erased: number }> {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      IndexName: 'purge',
      KeyConditionExpression: 'purgePk = :p AND purgeSk < :bound',
      ExpressionAttributeValues: {
        ':p': meetingPurgePartition,
        ':bound': `${deps.clock().toISOString()}$`,
      },
      ProjectionExpression: 'id, purgeSk',
      Limit: limit,
    }),
  );
  let erased = 0;
  for (const due of Items ?? []) {
    if (await eraseMeeting(deps, String(due.id), String(due.purgeSk))) erased++;
  }
  if (erased > 0) log.info('retention.meetings', { count: erased });
  return { erased };
}

async function eraseMeeting(
  deps: Pick<MeetingDeps, 'db' | 'tableName' | 'clock'>,
  meetingId: string,
  purgeSk: string,
): Promise<boolean> {
  const meeting = await getMeeting(deps, meetingId);
  if (!meeting) return false;
  const now = deps.clock().toISOString();
  const factKey = {
    pk: meetingFactPartition(meeting.steunpunt),
    sk: `${amsterdamMonth(new Date(meeting.startsAt))}#${meetingId}`,
  };
  if (!meeting.erasedAt) {
    try {
      await deps.db.send(
        new PutCommand({
          TableName: deps.tableName,
          Item: { ...factKey, kind: 'meeting-counts', meetingId, ...countsOf(meeting), at: now },
          // A run that stopped after this step wrote it from the full data: keep that one.
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  await deleteAttendees(deps, meetingId);
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: meetingKey(meetingId),
        UpdateExpression:
          'SET confirmed = :map, waiting = :list, #left = :map, attended = :map, mails = :map, erasedAt = :now, finalCounts = :counts REMOVE purgePk, purgeSk, pendingMails, outboxPk, outboxSk, tell, notices',
        // An edit that moved the meeting (and its term) since the query: not yet.
        ConditionExpression: 'purgeSk = :sk',
        ExpressionAttributeNames: { '#left': 'left' },
        ExpressionAttributeValues: {
          ':map': {},
          ':list': [],
          ':now': now,
          ':counts': countsOf(meeting),
          ':sk': purgeSk,
        },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
  return true;
}

async function deleteAttendees(
  deps: Pick<MeetingDeps, 'db' | 'tableName'>,
  meetingId: string,
): Promise<void> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': meetingKey(meetingId).pk, ':prefix': attendeePrefix },
        ProjectionExpression: 'pk, sk',
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const key of page.Items ?? []) {
      await deps.db.send(
        new DeleteCommand({
          TableName: deps.tableName,
          Key: { pk: String(key.pk), sk: String(key.sk) },
        }),
      );
    }
    start = page.LastEvaluatedKey;
  } while (start);
}
