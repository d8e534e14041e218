/**
 * The attendee list for staff: the meeting's places (the truth) joined with the
 * attendee items (the personal data), in one Query of the meeting's partition.
 * Attendees without a place (an unfinished sign-up) are not listed.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { isLocale } from '../core/locales.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { attendeePrefix, meetingKey } from './meeting-keys.ts';
import { parseQueueEntry, type MeetingItem } from './meeting-model.ts';
import type { Attendee } from './meeting-schema.ts';

interface AttendeeItem {
  attendeeId: string;
  persons: number;
  personal?: { name?: string; email?: string; phone?: string; needs?: string };
  signedUpAt: string;
  /** The language of the sign-up form; absent for Dutch. */
  language?: string;
}

export async function listAttendees(
  deps: Pick<MeetingDeps, 'db' | 'tableName'>,
  meeting: MeetingItem,
): Promise<Attendee[]> {
  const items: AttendeeItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': meetingKey(meeting.id).pk, ':prefix': attendeePrefix },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...((page.Items ?? []) as AttendeeItem[]));
    start = page.LastEvaluatedKey;
  } while (start);
  const byId = new Map(items.map((item) => [item.attendeeId, item]));
  const toAttendee = (
    id: string,
    status: Attendee['status'],
    position?: number,
  ): Attendee | undefined => {
    const item = byId.get(id);
    if (!item?.personal) return undefined;
    return {
      id,
      name: item.personal.name ?? '',
      email: item.personal.email ?? '',
      ...(item.personal.phone ? { phone: item.personal.phone } : {}),
      persons: Number(item.persons),
      ...(item.personal.needs ? { needs: item.personal.needs } : {}),
      status,
      ...(position ? { position } : {}),
      signedUpAt: item.signedUpAt,
      // Staff see who signed up in another language (a tolk may help at the meeting).
      ...(item.language && isLocale(item.language) ? { language: item.language } : {}),
      ...(meeting.attended[id] !== undefined ? { attended: meeting.attended[id] } : {}),
    };
  };
  const confirmed = Object.keys(meeting.confirmed)
    .map((id) => toAttendee(id, 'bevestigd'))
    .filter((a): a is Attendee => Boolean(a))
    .sort((a, b) => a.signedUpAt.localeCompare(b.signedUpAt));
  const waiting = meeting.waiting
    .map((entry, index) => toAttendee(parseQueueEntry(entry).id, 'wachtlijst', index + 1))
    .filter((a): a is Attendee => Boolean(a));
  const left = Object.keys(meeting.left)
    .map((id) => toAttendee(id, 'afgemeld'))
    .filter((a): a is Attendee => Boolean(a))
    .sort((a, b) => a.signedUpAt.localeCompare(b.signedUpAt));
  return [...confirmed, ...waiting, ...left];
}
