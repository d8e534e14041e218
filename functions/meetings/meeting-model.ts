/**
 * The meeting item and what the public and staff see of it. The item is the single
 * truth of who holds a place: `free` places left (stored, because conditions cannot do
 * arithmetic), `confirmed` (attendeeId → persons), `waiting` (the queue, in order, as
 * `<attendeeId>:<persons>` so a promotion needs no other item), `left` (cancelled:
 * attendeeId → persons), `attended` (attendeeId → true/false). No names or addresses:
 * those live on the attendee items only.
 */
import type { MailEntry } from '../mail/outbox.ts';
import { meetingLimits } from './meeting-limits.ts';
import type {
  audiences,
  locationKinds,
  MeetingState,
  PublicMeeting,
  StaffMeetingSummary,
} from './meeting-schema.ts';
import type { MeetingEditInput } from './meeting-staff-schema.ts';

export interface MeetingItem {
  pk: string;
  sk: string;
  kind: 'meeting';
  id: string;
  steunpunt: string;
  steunpuntName: string;
  steunpuntEmail: string;
  tenants: string[];
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  closesAt: string;
  signUpDeadline?: string;
  locationKind: keyof typeof locationKinds;
  location?: string;
  onlineUrl?: string;
  audience: keyof typeof audiences;
  capacity: number;
  reminderDays: number;
  /** Sign-ups the waiting list may hold (older meetings: the default). */
  waitingMax?: number;
  seriesId?: string;
  input: MeetingEditInput;
  free: number;
  confirmed: Record<string, number>;
  waiting: string[];
  left: Record<string, number>;
  attended: Record<string, boolean>;
  /** Raised by every write that changes places, so read-then-write changes can check it. */
  placesSeq: number;
  /** Raised by every staff edit; the calendar file's SEQUENCE follows it. */
  version: number;
  signedUpPersons: number;
  cancelledPersons: number;
  cancelled: boolean;
  cancelReason?: string;
  /** The last staff request keys, so a retried edit or cancel answers as the first did. */
  requestKeys?: Record<string, string>;
  createdAt: string;
  erasedAt?: string;
  /** Meetings made before the news moved to the attendee items may still hold mails. */
  mails: Record<string, MailEntry>;
  pendingMails?: Set<string>;
  /** News for one attendee each, not yet on their item (`meeting-news.ts`). */
  tell?: Set<string>;
  /** News for every attendee, not yet on all their items, by notice id. */
  notices?: Record<string, MeetingNotice>;
}

/**
 * A change every attendee must hear of, kept on the meeting until the fan-out has put a
 * mail on each attendee item. `after`: the last attendee item done, so a stopped fan-out
 * goes on where it was.
 */
export interface MeetingNotice {
  kind: 'changed' | 'reminder' | 'cancelled';
  version: number;
  /** When it happened: who signs up later hears it from their own sign-up mail. */
  at: string;
  after?: string;
  /** Moved up by this very change: their place mail tells the new details already. */
  promoted?: string[];
}

export const waitingMaxOf = (item: Pick<MeetingItem, 'waitingMax'>) =>
  item.waitingMax ?? meetingLimits.waitingListDefault;

/** No more room on the waiting list: a sign-up that does not get a place is refused. */
export const waitingListFull = (item: Pick<MeetingItem, 'waitingMax' | 'waiting'>) =>
  item.waiting.length >= waitingMaxOf(item);

export interface QueueEntry {
  id: string;
  persons: number;
}

export const queueEntry = (id: string, persons: number) => `${id}:${persons}`;
export function parseQueueEntry(entry: string): QueueEntry {
  const at = entry.lastIndexOf(':');
  return { id: entry.slice(0, at), persons: Number(entry.slice(at + 1)) };
}

export const confirmedPersons = (item: Pick<MeetingItem, 'confirmed'>) =>
  Object.values(item.confirmed ?? {}).reduce((sum, persons) => sum + persons, 0);
export const waitingPersons = (item: Pick<MeetingItem, 'waiting'>) =>
  (item.waiting ?? []).reduce((sum, entry) => sum + parseQueueEntry(entry).persons, 0);

export function meetingState(item: MeetingItem, now: Date): MeetingState {
  if (item.cancelled) return 'geannuleerd';
  if (item.closesAt <= now.toISOString()) return 'gesloten';
  // The same test the sign-up makes: no place for anyone new, and no room to queue.
  if (item.free <= 0 || item.waiting.length > 0) {
    return waitingListFull(item) ? 'wachtlijst-vol' : 'vol';
  }
  return 'open';
}

export function toPublicMeeting(item: MeetingItem, now: Date): PublicMeeting {
  const state = meetingState(item, now);
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    audience: item.audience,
    locationKind: item.locationKind,
    ...(item.location ? { location: item.location } : {}),
    ...(item.onlineUrl ? { onlineUrl: item.onlineUrl } : {}),
    capacity: item.capacity,
    placesLeft: Math.max(0, item.free),
    waitingCount: item.waiting.length,
    signUpOpen: state === 'open' || state === 'vol',
    state,
    ...(item.signUpDeadline ? { signUpDeadline: item.closesAt } : {}),
    ...(item.seriesId ? { seriesId: item.seriesId } : {}),
  };
}

export function toStaffSummary(item: MeetingItem, now: Date): StaffMeetingSummary {
  return {
    ...toPublicMeeting(item, now),
    tenants: item.tenants,
    confirmedPersons: confirmedPersons(item),
    waitingPersons: waitingPersons(item),
    cancelled: item.cancelled,
  };
}

/** The attributes the public pages need: never the mails or the request keys. */
export const publicProjection = [
  'id',
  'steunpunt',
  'tenants',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'closesAt',
  'signUpDeadline',
  'locationKind',
  'location',
  'onlineUrl',
  'audience',
  'capacity',
  'seriesId',
  'free',
  'waiting',
  'cancelled',
  'confirmed',
] as const;
