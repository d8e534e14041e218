/**
 * A count per key and window, kept by one conditional write: `ADD n` only while `n` is
 * below the limit. The window is part of the sort key, so a new window is a new item and
 * nothing has to be reset; `expiresAt` lets DynamoDB's TTL clear old windows in AWS, but
 * no answer depends on it (dynalite has no TTL and is right all the same).
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { amsterdamDay } from '../core/amsterdam-month.ts';
import type { TableDeps } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

/** A fixed window: its id (part of the key) and the moment it ends. */
export interface Window {
  id: string;
  endsAt: Date;
}

/** How a limit cuts time into windows. */
export type Windows = (now: Date) => Window;

/** Windows of `minutes` minutes, counted from the epoch (so every container agrees). */
export const perMinutes =
  (minutes: number): Windows =>
  (now) => {
    const length = minutes * 60_000;
    const start = Math.floor(now.getTime() / length) * length;
    return { id: `M${minutes}#${new Date(start).toISOString()}`, endsAt: new Date(start + length) };
  };

/** The calendar day in Amsterdam ("per day" as a parent reads it). */
export const perAmsterdamDay: Windows = (now) => ({
  id: `D#${amsterdamDay(now)}`,
  // At most a day and an hour on: TTL needs no exact end, only one that is not too early.
  endsAt: new Date(now.getTime() + 25 * 60 * 60_000),
});

/** The partition of one limit's counters for one key (a hash, never an address). */
export const limitPartition = (limit: string, key: string) => `LIMIT#${limit}#${key}`;

export interface CountedLimit {
  /** Names the limit in the key: `submit`, `confirm`. */
  name: string;
  max: number;
  windows: Windows;
}

/** Counts one more for `key`; false when the window already holds `max` (nothing counted). */
export async function countOne(
  deps: TableDeps,
  limit: CountedLimit,
  key: string,
  window: Window = limit.windows(deps.clock()),
): Promise<boolean> {
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: { pk: limitPartition(limit.name, key), sk: window.id },
        UpdateExpression: 'ADD #n :one SET expiresAt = if_not_exists(expiresAt, :expires)',
        ConditionExpression: 'attribute_not_exists(#n) OR #n < :max',
        ExpressionAttributeNames: { '#n': 'n' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':max': limit.max,
          // Seconds, as DynamoDB's TTL reads it; an hour past the end, for clocks that drift.
          ':expires': Math.ceil(window.endsAt.getTime() / 1000) + 3600,
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Takes back one count of `countOne` in the same window (a request refused by another
 * check). Never below zero; a give-back that fails or never runs leaves the count one too
 * high, which only holds back a mail sooner, never lets one more through.
 */
export async function giveBackOne(
  deps: TableDeps,
  limit: CountedLimit,
  key: string,
  window: Window,
): Promise<void> {
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: { pk: limitPartition(limit.name, key), sk: window.id },
        UpdateExpression: 'ADD #n :minusOne',
        ConditionExpression: '#n > :zero',
        ExpressionAttributeNames: { '#n': 'n' },
        ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
