/**
 * A sign-up, in two writes that each stand on their own:
 *  1. PutItem the attendee item (the personal data), its id derived from the client's
 *     idempotency key: new, or the same content again (a retry); other content → 422.
 *  2. ONE UpdateItem on the meeting item, the single truth of who holds a place: confirm
 *     when enough places are free and nobody waits (no jumping the queue), else join the
 *     queue while it has room (`waitingMax`, in the write's condition). The mails (this
 *     news and the reminder) are in the attendee item's outbox, written in step 1.
 * A full waiting list refuses the sign-up, and the attendee item of step 1 is deleted:
 * nothing stays and nothing is mailed.
 * A crash between the two leaves an attendee without a place: an unfinished sign-up that
 * the client's retry completes, and that retention removes otherwise.
 * The route's limits may be written beside the meeting's read (`admitted`, awaited before
 * step 1): a refused sign-up writes nothing.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../core/locales.ts';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { cancelCode, cancelSecret, hashSecret } from './cancel-code.ts';
import { backoff, type MeetingDeps } from './meeting-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import { attendeeIdFor, attendeeKey, meetingKey, meetingSummaryMark } from './meeting-keys.ts';
import { newMail, outboxAttributes, type MailEntry } from '../mail/outbox.ts';
import {
  queueEntry,
  toPublicMeeting,
  waitingListFull,
  waitingMaxOf,
  type MeetingItem,
} from './meeting-model.ts';
import { getMeeting } from './meeting-read.ts';
import type { PublicMeeting, SignUpInput, SignUpStatus } from './meeting-schema.ts';
import { reminderFor } from './meeting-news.ts';
import { promoteWaiting } from './cancel-attendee.ts';
import { UpdateBuilder } from './update-expression.ts';

export type SignUpOutcome =
  | { kind: 'not-found' }
  /** `admitted` said no: the route's limits refused it. */
  | { kind: 'refused' }
  | { kind: 'closed'; cancelled: boolean }
  | { kind: 'key-reused' }
  | { kind: 'left' }
  | { kind: 'waiting-full'; steunpuntName: string; steunpuntEmail: string }
  | {
      kind: 'placed';
      created: boolean;
      status: SignUpStatus;
      position?: number;
      meeting: PublicMeeting;
    };

const fingerprintOf = (swv: string, input: SignUpInput) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        swv,
        input.name,
        input.email,
        input.phone ?? '',
        input.persons,
        input.needs ?? '',
      ]),
    )
    .digest('base64url');

/** The cancel page in the language of the sign-up: Dutch at `/<swv>/…`, others at `/<lang>/<swv>/…`. */
export const cancelUrl = (siteOrigin: string, swv: string, code: string, lang: Locale = 'nl') =>
  `${siteOrigin}/${lang === 'nl' ? '' : `${lang}/`}${swv}/oudercafe/afmelden/?code=${encodeURIComponent(code)}`;

export async function signUp(
  deps: MeetingDeps,
  swv: string,
  meetingId: string,
  input: SignUpInput,
  idempotencyKey: string,
  /** Whether the request may write: awaited after the meeting's read, before step 1. */
  admitted: () => Promise<boolean> = async () => true,
): Promise<SignUpOutcome> {
  const verdict = admitted();
  // Awaited below before any write; when an earlier answer leaves it, the route answers it.
  verdict.catch(() => undefined);
  let meeting = await getMeeting(deps, meetingId);
  if (!meeting || !meeting.tenants.includes(swv)) return { kind: 'not-found' };
  const attendeeId = attendeeIdFor(meetingId, idempotencyKey);
  const already = placeOf(meeting, attendeeId, deps.clock(), false);
  if (already) {
    const same =
      (await storedFingerprint(deps, meetingId, attendeeId)) === fingerprintOf(swv, input);
    return same ? already : { kind: 'key-reused' };
  }
  if (meeting.cancelled || meeting.closesAt <= deps.clock().toISOString()) {
    return { kind: 'closed', cancelled: meeting.cancelled };
  }
  // Under a flood most sign-ups end here, before anything is written.
  if (!mayConfirm(meeting, input.persons) && waitingListFull(meeting)) return fullOutcome(meeting);

  if (!(await verdict)) return { kind: 'refused' };
  const secret = cancelSecret(meetingId, idempotencyKey);
  const link = cancelUrl(
    deps.siteOrigin,
    swv,
    cancelCode(meetingId, attendeeId, secret),
    input.lang,
  );
  const stored = await storeAttendee(deps, meeting, attendeeId, swv, input, secret, link);
  if (stored === 'key-reused') return { kind: 'key-reused' };
  const created = stored === 'created';

  for (let attempt = 0; attempt < 8; attempt++) {
    const now = deps.clock();
    // A full meeting or a queue as read would fail the confirm's condition anyway: under a
    // rush (hundreds at once on one item) skipping that write halves the work per sign-up.
    const confirmable = mayConfirm(meeting, input.persons);
    if (!confirmable && waitingListFull(meeting)) {
      await forgetAttendee(deps, meetingId, attendeeId, fingerprintOf(swv, input));
      return fullOutcome(meeting);
    }
    if (confirmable && (await tryConfirm(deps, meeting, attendeeId, input.persons, now))) {
      meeting = { ...meeting, free: meeting.free - input.persons };
      return {
        kind: 'placed',
        created,
        status: 'bevestigd',
        meeting: toPublicMeeting(meeting, now),
      };
    }
    const queued = await tryQueue(deps, meeting, attendeeId, input.persons, now);
    if (queued) {
      // Places were free but too few for this group: let in whoever behind it fits.
      if (queued.free > 0) await promoteWaiting(deps, meetingId);
      // Without a promotion pass the write's own answer says where this person stands.
      const after =
        queued.free > 0
          ? ((await getMeeting(deps, meetingId)) ?? meeting)
          : { ...meeting, waiting: queued.waiting };
      const placed = placeOf(after, attendeeId, now, created);
      if (placed) return placed;
    }
    // Someone changed the meeting since our read (or this is a retry already placed).
    meeting = await getMeeting(deps, meetingId);
    if (!meeting) return { kind: 'not-found' };
    const placed = placeOf(meeting, attendeeId, now, created);
    if (placed) return placed;
    if (meeting.cancelled || meeting.closesAt <= now.toISOString()) {
      return { kind: 'closed', cancelled: meeting.cancelled };
    }
    await backoff(attempt);
  }
  throw new Error('sign-up: the meeting kept changing');
}

const mayConfirm = (meeting: MeetingItem, persons: number) =>
  meeting.free >= persons && meeting.waiting.length === 0;

const fullOutcome = (meeting: MeetingItem): SignUpOutcome => ({
  kind: 'waiting-full',
  steunpuntName: meeting.steunpuntName,
  steunpuntEmail: meeting.steunpuntEmail,
});

/**
 * The attendee item of a sign-up the full list refused: it never got a place, so it goes
 * at once (its mail waits two seconds and would find no place anyway). Only if it is still
 * this sign-up's content.
 */
async function forgetAttendee(
  deps: MeetingDeps,
  meetingId: string,
  attendeeId: string,
  fingerprint: string,
): Promise<void> {
  try {
    await deps.db.send(
      new DeleteCommand({
        TableName: deps.tableName,
        Key: attendeeKey(meetingId, attendeeId),
        ConditionExpression: 'fingerprint = :fingerprint',
        ExpressionAttributeValues: { ':fingerprint': fingerprint },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** Where this attendee stands on the meeting, if anywhere. */
function placeOf(
  meeting: MeetingItem,
  attendeeId: string,
  now: Date,
  created: boolean,
): SignUpOutcome | undefined {
  if (meeting.left[attendeeId] !== undefined) return { kind: 'left' };
  if (meeting.confirmed[attendeeId] !== undefined) {
    return { kind: 'placed', created, status: 'bevestigd', meeting: toPublicMeeting(meeting, now) };
  }
  const index = meeting.waiting.findIndex((entry) => entry.startsWith(`${attendeeId}:`));
  if (index >= 0) {
    return {
      kind: 'placed',
      created,
      status: 'wachtlijst',
      position: index + 1,
      meeting: toPublicMeeting(meeting, now),
    };
  }
  return undefined;
}

/**
 * The attendee item, with the sign-up's mail in its own outbox. That mail is not in the
 * meeting's write, on purpose: the meeting item is shared by every sign-up, and a
 * thousand queued mails in it pass DynamoDB's 400 KB item limit (bench/meetings.ts hit
 * it). The mail reads the meeting when it goes out, so it says what the meeting's truth
 * is then; a sign-up that never got placed has its mail retried and then given up.
 */
async function storeAttendee(
  deps: MeetingDeps,
  meeting: MeetingItem,
  attendeeId: string,
  swv: string,
  input: SignUpInput,
  secret: string,
  link: string,
): Promise<'created' | 'retry' | 'key-reused'> {
  const meetingId = meeting.id;
  const fingerprint = fingerprintOf(swv, input);
  const key = attendeeKey(meetingId, attendeeId);
  const now = deps.clock();
  // A moment's grace, so the worker usually finds the meeting write done.
  const mail: MailEntry = {
    ...newMail(
      'meeting-signup',
      input.email,
      { attendeeId, persons: String(input.persons), cancelUrl: link },
      new Date(now.getTime() + 2_000),
      meeting.steunpuntEmail,
    ),
    sourceRef: meetingKey(meetingId),
    // Sent, it goes: the link in it holds the cancel code, which is stored only hashed.
    forget: true,
  };
  // Everyone gets one, placed or waiting: it goes only to whoever holds a place when it is
  // due, and a change of date or reminder days writes a new one (meeting-news.ts).
  const reminder = reminderFor(meeting, input.email, attendeeId, now);
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: {
          ...key,
          kind: 'attendee',
          meetingId,
          attendeeId,
          tenant: swv,
          persons: input.persons,
          personal: {
            name: input.name,
            email: input.email,
            ...(input.phone ? { phone: input.phone } : {}),
            ...(input.needs ? { needs: input.needs } : {}),
          },
          codeHash: hashSecret(secret),
          fingerprint,
          signedUpAt: now.toISOString(),
          // The language of the form: every mail to this person goes in it. Not personal
          // data on its own; it goes with the item when retention deletes it.
          ...(input.lang !== 'nl' ? { language: input.lang } : {}),
          ...outboxAttributes(key.pk, key.sk, { signup: mail, ...reminder }),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return 'created';
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  return (await storedFingerprint(deps, meetingId, attendeeId)) === fingerprint
    ? 'retry'
    : 'key-reused';
}

async function storedFingerprint(
  deps: MeetingDeps,
  meetingId: string,
  attendeeId: string,
): Promise<string | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: attendeeKey(meetingId, attendeeId),
      ConsistentRead: true,
      ProjectionExpression: 'fingerprint',
    }),
  );
  return Item?.fingerprint === undefined ? undefined : String(Item.fingerprint);
}

/** A sign-up counts in the monitor: its month summaries are queued in the same write. */
function markSummaries(update: UpdateBuilder, meeting: MeetingItem, now: Date) {
  for (const [field, value] of Object.entries(meetingSummaryMark(now, meeting))) {
    update.set(field, value);
  }
}

/** Conditions every placing write shares: the meeting as read, open, and this person new. */
function openFor(update: UpdateBuilder, meeting: MeetingItem, attendeeId: string, now: Date) {
  update
    .when(`${update.path('version')} = ${update.value(meeting.version)}`)
    .when(`${update.path('cancelled')} = ${update.value(false)}`)
    .when(`${update.path('closesAt')} > ${update.value(now.toISOString())}`)
    .when(`attribute_not_exists(${update.path(`confirmed.${attendeeId}`)})`)
    .when(`attribute_not_exists(${update.path(`left.${attendeeId}`)})`);
}

async function tryConfirm(
  deps: MeetingDeps,
  meeting: MeetingItem,
  attendeeId: string,
  persons: number,
  now: Date,
): Promise<boolean> {
  const key = meetingKey(meeting.id);
  const update = new UpdateBuilder();
  openFor(update, meeting, attendeeId, now);
  update
    .when(`${update.path('free')} >= ${update.value(persons)}`)
    .when(`size(${update.path('waiting')}) = ${update.value(0)}`)
    .increment('free', -persons)
    .set(`confirmed.${attendeeId}`, persons)
    .increment('signedUpPersons', persons)
    .increment('placesSeq', 1);
  markSummaries(update, meeting, now);
  try {
    await deps.db.send(new UpdateCommand(update.command(deps.tableName, key)));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

async function tryQueue(
  deps: MeetingDeps,
  meeting: MeetingItem,
  attendeeId: string,
  persons: number,
  now: Date,
): Promise<{ free: number; waiting: string[] } | undefined> {
  const key = meetingKey(meeting.id);
  const entry = queueEntry(attendeeId, persons);
  const update = new UpdateBuilder();
  openFor(update, meeting, attendeeId, now);
  const waiting = update.path('waiting');
  update
    .when(`NOT contains(${waiting}, ${update.value(entry)})`)
    // The cap as read: an edit that changes it raises `version`, which openFor checks.
    .when(`size(${waiting}) < ${update.value(waitingMaxOf(meeting))}`)
    .setRaw(`${waiting} = list_append(${waiting}, ${update.value([entry])})`)
    .increment('signedUpPersons', persons)
    .increment('placesSeq', 1);
  markSummaries(update, meeting, now);
  try {
    // The meeting as this write left it: whether places are free now (then a promotion pass
    // is worth it) and where this person stands, without reading the meeting again.
    const { Attributes } = await deps.db.send(
      new UpdateCommand({
        ...update.command(deps.tableName, key),
        ReturnValues: 'ALL_NEW',
      }),
    );
    return {
      free: Number(Attributes?.free ?? meeting.free),
      waiting: (Attributes?.waiting as string[] | undefined) ?? [],
    };
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}
