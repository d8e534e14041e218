/**
 * A steunpunt's topic settings: one item, `pk=SP#<steunpunt>, sk=TOPICS`, written whole
 * with a version condition (optimistic concurrency). The request's idempotency key and a
 * fingerprint of its body stay on the item, so a retry answers as the first save did
 * instead of failing on the version it raised itself.
 */
import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { steunpuntPartition } from '../core/keys.ts';
import type { FieldError } from '../lib/field-errors.ts';
import { acceptsTopic, defaultTopicSettings, planTopics } from './topic-list.ts';
import {
  isNationalTopicKey,
  type OwnTopic,
  type TopicSettings,
  type TopicSettingsInput,
} from './topic-schema.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import type { TableHandle } from '../core/table-deps.ts';

export const topicsKey = (steunpunt: string) => ({
  pk: steunpuntPartition(steunpunt),
  sk: 'TOPICS',
});

interface StoredTopics extends TopicSettings {
  lastKey?: string;
  lastFingerprint?: string;
}

const ownTopicOf = (value: unknown): OwnTopic | undefined => {
  const topic = value as Partial<OwnTopic> | undefined;
  return typeof topic?.key === 'string' && typeof topic.label === 'string'
    ? { key: topic.key, label: topic.label, hidden: topic.hidden === true }
    : undefined;
};

async function readStored(
  deps: TableHandle,
  steunpunt: string,
  consistent: boolean,
): Promise<StoredTopics> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: topicsKey(steunpunt),
      ConsistentRead: consistent,
    }),
  );
  if (!Item) return { ...defaultTopicSettings };
  return {
    hiddenNational: Array.isArray(Item.hiddenNational)
      ? Item.hiddenNational.filter((key): key is string => typeof key === 'string')
      : [],
    own: Array.isArray(Item.own) ? Item.own.flatMap((t) => ownTopicOf(t) ?? []) : [],
    version: Number(Item.version ?? 0),
    ...(Item.updatedAt ? { updatedAt: String(Item.updatedAt) } : {}),
    ...(Item.lastKey ? { lastKey: String(Item.lastKey) } : {}),
    ...(Item.lastFingerprint ? { lastFingerprint: String(Item.lastFingerprint) } : {}),
  };
}

const strip = ({ lastKey: _key, lastFingerprint: _fp, ...settings }: StoredTopics) => settings;

/** The settings as stored; the national list alone while the coördinator has not chosen. */
export async function readTopicSettings(
  deps: TableHandle,
  steunpunt: string,
  consistent = false,
): Promise<TopicSettings> {
  return strip(await readStored(deps, steunpunt, consistent));
}

/**
 * Whether a case of this steunpunt may carry the key. National keys need no read; an own
 * key is read consistently, so a topic the coördinator just added is accepted at once.
 */
export async function topicAllowed(
  deps: TableHandle,
  steunpunt: string,
  key: string,
): Promise<boolean> {
  if (isNationalTopicKey(key)) return true;
  return acceptsTopic(await readTopicSettings(deps, steunpunt, true), key);
}

export type TopicSaveOutcome =
  | { kind: 'saved' | 'replayed'; settings: TopicSettings }
  | { kind: 'conflict'; settings: TopicSettings }
  | { kind: 'invalid'; errors: FieldError[] }
  /** The idempotency key was used before with another list. */
  | { kind: 'key-reused' };

const fingerprintOf = (input: TopicSettingsInput) =>
  createHash('sha256')
    .update(JSON.stringify([input.hiddenNational, input.own, input.version]))
    .digest('hex');

export async function saveTopicSettings(
  deps: TableHandle,
  steunpunt: string,
  input: TopicSettingsInput,
  idempotencyKey: string,
  now: Date,
): Promise<TopicSaveOutcome> {
  const fingerprint = fingerprintOf(input);
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await readStored(deps, steunpunt, true);
    if (current.lastKey === idempotencyKey) {
      return current.lastFingerprint === fingerprint
        ? { kind: 'replayed', settings: strip(current) }
        : { kind: 'key-reused' };
    }
    if (input.version !== current.version) return { kind: 'conflict', settings: strip(current) };
    const plan = planTopics(current, input, idempotencyKey);
    if (plan.kind === 'invalid') return plan;

    const next: TopicSettings = {
      ...plan.settings,
      version: current.version + 1,
      updatedAt: now.toISOString(),
    };
    try {
      await deps.db.send(
        new PutCommand({
          TableName: deps.tableName,
          Item: {
            ...topicsKey(steunpunt),
            kind: 'steunpunt-topics',
            ...next,
            lastKey: idempotencyKey,
            lastFingerprint: fingerprint,
          },
          ConditionExpression:
            current.version === 0 ? 'attribute_not_exists(pk)' : 'version = :current',
          ...(current.version === 0
            ? {}
            : { ExpressionAttributeValues: { ':current': current.version } }),
        }),
      );
      return { kind: 'saved', settings: next };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Saved by someone else (or by this request's twin) meanwhile: read again and decide.
    }
  }
  return { kind: 'conflict', settings: await readTopicSettings(deps, steunpunt, true) };
}
