/**
 * Moving people up from the waiting list. Freed places go to the first in the queue who
 * fits; someone with more persons than there are places keeps their turn for the next
 * place that frees up, while people behind them who fit are let in (a place left empty
 * helps nobody). The plan is pure; the write that carries it is conditioned on the
 * meeting's `placesSeq`, so a plan made from a stale read is never applied.
 */
import { outboxSortKey } from '../mail/outbox.ts';
import { newsEntry, newsPartition } from './meeting-keys.ts';
import { parseQueueEntry, type QueueEntry } from './meeting-model.ts';
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

/**
 * News for one attendee each (someone moved up, someone who left), added to the meeting's
 * `tell` set in the same write as the change: an id and a letter, not a mail, so the
 * meeting stays small. The fan-out (`meeting-news.ts`) turns each into a mail on the
 * attendee's own item and then takes it out of the set.
 */
export function addNews(
  update: UpdateBuilder,
  key: { pk: string; sk: string },
  news: readonly string[],
  now: Date,
): void {
  if (news.length === 0) return;
  update.add('tell', new Set(news));
  markForNews(update, key, now);
}

/** Puts the meeting on the fan-out's list, due now. */
export function markForNews(update: UpdateBuilder, key: { pk: string; sk: string }, now: Date) {
  update.set('outboxPk', newsPartition);
  update.set('outboxSk', outboxSortKey(now.toISOString(), key.pk, key.sk));
}

/** Puts a plan into a write: places taken, queue rewritten; the news to tell. */
export function applyPromotion(update: UpdateBuilder, plan: PromotionPlan): string[] {
  for (const entry of plan.promoted) update.set(`confirmed.${entry.id}`, entry.persons);
  update.set('free', plan.free);
  update.set('waiting', plan.waiting);
  return plan.promoted.map((entry) => newsEntry('promoted', entry.id));
}
