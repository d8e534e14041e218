/**
 * The keys of a meeting and the items around it. A meeting's id is its own partition:
 * the meeting item (the one truth of who holds a place) and its attendee items (the
 * personal data) live together, so the staff view is one Query and the public page one
 * GetItem.
 *
 *   meeting   pk=MEETING#<id>  sk=MEETING            + agenda keys on the `inbox` index
 *   attendee  pk=MEETING#<id>  sk=ATTENDEE#<attendeeId>
 *   counts    pk=MEETINGFACT#<steunpunt>  sk=<yyyy-mm>#<id>   (after retention)
 */
import { createHash, randomUUID } from 'node:crypto';
import { amsterdamMonth } from '../core/amsterdam-month.ts';
import { summaryDirtyAttributes } from '../core/keys.ts';

export const meetingIdPattern = /^[a-z0-9]{8,40}$/;
export const attendeeIdPattern = /^[A-Za-z0-9_-]{22}$/;

export const meetingKey = (meetingId: string) => ({ pk: `MEETING#${meetingId}`, sk: 'MEETING' });
export const attendeeSortKey = (attendeeId: string) => `ATTENDEE#${attendeeId}`;
export const attendeePrefix = 'ATTENDEE#';
export const attendeeKey = (meetingId: string, attendeeId: string) => ({
  pk: meetingKey(meetingId).pk,
  sk: attendeeSortKey(attendeeId),
});

/**
 * The agenda overloads the `inbox` index (no new index for one more sorted list): a
 * steunpunt's meetings sorted by start. The partition name cannot clash with a case
 * status partition (`SP#<steunpunt>#<status>`), as no status is called MEETINGS.
 */
export const agendaPartition = (steunpunt: string) => `SP#${steunpunt}#MEETINGS`;
export const agendaSortKey = (startsAt: string, meetingId: string) => `${startsAt}#${meetingId}`;

/** Meetings whose attendee data must go, on the `purge` index, apart from closed cases. */
export const meetingPurgePartition = 'PURGE#MEETING';
export const meetingPurgeSortKey = (eraseAfter: string, meetingId: string) =>
  `${eraseAfter}#${meetingId}`;

/**
 * A meeting with news still to put on its attendees' items sits on the `outbox` index
 * under its own partition (the mail worker only reads `PENDING`), due now; the fan-out
 * reads it there and takes it off when nothing is left to tell.
 */
export const newsPartition = 'MEETING-NEWS';

/** One attendee's news in the meeting's `tell` set: `p:<id>` moved up, `l:<id>` left. */
export const newsEntry = (kind: 'promoted' | 'left', attendeeId: string) =>
  `${kind === 'promoted' ? 'p' : 'l'}:${attendeeId}`;
export function parseNewsEntry(entry: string): { kind: 'promoted' | 'left'; attendeeId: string } {
  return { kind: entry.startsWith('p:') ? 'promoted' : 'left', attendeeId: entry.slice(2) };
}

export const meetingFactPartition = (steunpunt: string) => `MEETINGFACT#${steunpunt}`;

/**
 * The mark that queues the monitor's month summaries of a meeting's SWVs (core/keys.ts),
 * set in the same write as any change to what they count: the meeting itself (made,
 * cancelled), its sign-ups, its attendance. An edit that moves it names where it was too.
 */
export function meetingSummaryMark(
  now: Date,
  ...placements: { tenants: readonly string[]; startsAt: string }[]
) {
  const targets = [
    ...new Set(
      placements.flatMap(({ tenants, startsAt }) =>
        tenants.map((tenant) => `${tenant}#${amsterdamMonth(new Date(startsAt))}`),
      ),
    ),
  ] as [string, ...string[]];
  return summaryDirtyAttributes(targets, now.toISOString());
}

/** A new meeting id: lowercase, URL-safe, unguessable enough not to enumerate meetings. */
export const newMeetingId = () => randomUUID().replaceAll('-', '');

/**
 * An attendee's id follows from the client's idempotency key, so a retry lands on the
 * same attendee item and finds itself already placed on the meeting. Hashed, so the key
 * (which also derives the cancel code) is never stored.
 */
export function attendeeIdFor(meetingId: string, idempotencyKey: string): string {
  return createHash('sha256')
    .update(`attendee\n${meetingId}\n${idempotencyKey}`)
    .digest('base64url')
    .slice(0, 22);
}

/** Seed for a series' meeting ids: a retried create makes the very same meetings. */
export function seriesMeetingId(idempotencyKey: string, steunpunt: string, index: number): string {
  return createHash('sha256')
    .update(`meeting\n${steunpunt}\n${idempotencyKey}\n${index}`)
    .digest('hex')
    .slice(0, 32);
}
