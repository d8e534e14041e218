/**
 * Moving people up from the waiting list. Freed places go to the first in the queue who
 * fits; someone with more persons than there are places keeps their turn for the next
 * place that frees up, while people behind them who fit are let in (a place left empty
 * helps nobody). The plan is pure; the write that carries it is conditioned on the
 * meeting's `placesSeq`, so a plan made from a stale read is never applied.
 */
import type { MailEntry } from '../mail/outbox.ts';
import { outboxPartition, outboxSortKey } from '../mail/outbox.ts';
import { meetingMail, meetingMailId } from './meeting-mails.ts';
import { parseQueueEntry, type MeetingItem, type QueueEntry } from './meeting-model.ts';
import { reminderAt } from './meeting-time.ts';
import type { UpdateBuilder } from './update-expression.ts';

export interface PromotionPlan {
  promoted: QueueEntry[];
  waiting: string[];
  free: number;
}

export function planPromotion(free: number, waiting: readonly string[]): PromotionPlan {
  const promoted: QueueEntry[] = [];
  const rest: string[] = [];
  let left = free;
  for (const raw of waiting) {
    const entry = parseQueueEntry(raw);
    if (entry.persons <= left) {
      promoted.push(entry);
      left -= entry.persons;
    } else {
      rest.push(raw);
    }
  }
  return { promoted, waiting: rest, free: left };
}

/** The mails of someone who got a place: the news (`kind`) and, when due later, the reminder. */
export function placeMails(
  item: Pick<MeetingItem, 'id' | 'startsAt' | 'reminderDays' | 'steunpuntEmail'>,
  kind: 'confirmed' | 'promoted',
  attendeeId: string,
  persons: number,
  now: Date,
  extraParams: Record<string, string> = {},
): Record<string, MailEntry> {
  const mails: Record<string, MailEntry> = {
    [meetingMailId(kind, attendeeId)]: meetingMail(
      kind,
      item.id,
      attendeeId,
      { persons: String(persons), ...extraParams },
      now,
      item.steunpuntEmail,
    ),
  };
  return { ...mails, ...reminderMail(item, attendeeId, persons, now) };
}

/** The reminder of someone with a place, when it is still ahead. */
export function reminderMail(
  item: Pick<MeetingItem, 'id' | 'startsAt' | 'reminderDays' | 'steunpuntEmail'>,
  attendeeId: string,
  persons: number,
  now: Date,
): Record<string, MailEntry> {
  const remindAt = reminderAt(item.startsAt, item.reminderDays);
  if (!remindAt || remindAt <= now.toISOString()) return {};
  return {
    [meetingMailId('reminder', attendeeId)]: meetingMail(
      'reminder',
      item.id,
      attendeeId,
      { persons: String(persons) },
      remindAt,
      item.steunpuntEmail,
    ),
  };
}

/**
 * Adds mails to the write. The outbox key is moved to now: the worker then looks at the
 * item at once, sends what is due and sorts it under the earliest mail still waiting
 * (a far-off reminder neither blocks an earlier mail nor goes early).
 */
export function addMails(
  update: UpdateBuilder,
  key: { pk: string; sk: string },
  mails: Record<string, MailEntry>,
  now: Date,
): void {
  const ids = Object.keys(mails);
  if (ids.length === 0) return;
  for (const id of ids) update.set(`mails.${id}`, mails[id]);
  update.set('outboxPk', outboxPartition);
  update.set('outboxSk', outboxSortKey(now.toISOString(), key.pk, key.sk));
  update.add('pendingMails', new Set(ids));
}

/** Puts a plan into a write: places taken, queue rewritten, mails added. */
export function applyPromotion(
  update: UpdateBuilder,
  item: MeetingItem,
  plan: PromotionPlan,
  now: Date,
): Record<string, MailEntry> {
  let mails: Record<string, MailEntry> = {};
  for (const entry of plan.promoted) {
    update.set(`confirmed.${entry.id}`, entry.persons);
    mails = { ...mails, ...placeMails(item, 'promoted', entry.id, entry.persons, now) };
  }
  update.set('free', plan.free);
  update.set('waiting', plan.waiting);
  return mails;
}
