/**
 * The topics of one steunpunt, merged from the national base and its own settings. Pure
 * functions: the form, the back office and the API all order and label topics the same.
 *
 * Form order: the national topics in their fixed order, then the steunpunt's own topics
 * in the order the coördinator gave them, then "Iets anders" last.
 */
import { createHash } from 'node:crypto';
import type { FieldError } from '../lib/field-errors.ts';
import {
  alwaysOfferedTopic,
  isNationalTopicKey,
  nationalTopics,
  ownLabelField,
  ownTopicKeyPattern,
  ownTopicLabel,
  ownTopicLimits,
  type OwnTopic,
  type SteunpuntTopic,
  type TopicSettings,
  type TopicSettingsInput,
} from './topic-schema.ts';

export const defaultTopicSettings: TopicSettings = { hiddenNational: [], own: [], version: 0 };

/** Every topic of the steunpunt, hidden ones included, in form order. */
export function mergedTopics(settings: TopicSettings): SteunpuntTopic[] {
  const hidden = new Set(settings.hiddenNational);
  const national = (key: string): SteunpuntTopic => ({
    key,
    label: nationalTopics[key as keyof typeof nationalTopics],
    national: true,
    hidden: key !== alwaysOfferedTopic && hidden.has(key),
  });
  return [
    ...Object.keys(nationalTopics)
      .filter((key) => key !== alwaysOfferedTopic)
      .map(national),
    ...settings.own.map((topic) => ({ ...topic, national: false })),
    national(alwaysOfferedTopic),
  ];
}

/** What the form offers: the topics not hidden, in form order. */
export function offeredTopics(settings: TopicSettings): { key: string; label: string }[] {
  return mergedTopics(settings)
    .filter((topic) => !topic.hidden)
    .map(({ key, label }) => ({ key, label }));
}

/**
 * Whether a case may carry this topic. Every national topic, hidden or not: a hidden one
 * does no harm (the monitor counts it like any other) and a form opened before the
 * coördinator hid it still sends. For the same reason a hidden own topic is accepted; an
 * own topic of another steunpunt, or a made-up key, is not.
 */
export function acceptsTopic(settings: TopicSettings, key: string): boolean {
  return isNationalTopicKey(key) || settings.own.some((topic) => topic.key === key);
}

/** The label of a topic key; an unknown key shows as itself rather than not at all. */
export function labelOf(settings: TopicSettings, key: string): string {
  if (isNationalTopicKey(key)) return nationalTopics[key];
  return settings.own.find((topic) => topic.key === key)?.label ?? key;
}

/** The same name, whatever the capitals or spaces: two such topics confuse a parent. */
const sameName = (label: string) => label.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');

/** A new own topic's key: a function of the request, so a retry makes the same key. */
export function ownTopicKey(idempotencyKey: string, index: number, taken: Set<string>): string {
  for (let salt = 0; ; salt++) {
    const digest = createHash('sha256')
      .update(`${idempotencyKey}#${index}#${salt}`)
      .digest('hex')
      .slice(0, 8);
    const key = `eigen-${digest}`;
    if (!taken.has(key)) return key;
  }
}

export type TopicPlan =
  | { kind: 'ok'; settings: Omit<TopicSettings, 'version' | 'updatedAt'> }
  | { kind: 'invalid'; errors: FieldError[] };

/**
 * The settings after the coördinator's list, or what is wrong with the list (Dutch, in
 * the order of the page). Own topics are never removed: leaving one out is refused.
 */
export function planTopics(
  current: TopicSettings,
  input: TopicSettingsInput,
  idempotencyKey: string,
): TopicPlan {
  const errors: FieldError[] = [];
  const problem = (field: string, message: string) => {
    if (!errors.some((error) => error.field === field)) errors.push({ field, message });
  };

  const hiddenNational = [...new Set(input.hiddenNational)];
  for (const key of hiddenNational) {
    if (key === alwaysOfferedTopic) {
      problem(
        'hiddenNational',
        `Het onderwerp ‘${nationalTopics[alwaysOfferedTopic]}’ staat altijd op het formulier`,
      );
    } else if (!isNationalTopicKey(key)) {
      problem('hiddenNational', 'Kies een landelijk onderwerp uit de lijst');
    }
  }

  const existing = new Map(current.own.map((topic) => [topic.key, topic]));
  const given = input.own.flatMap((topic) => (topic.key ? [topic.key] : []));
  if (input.own.length > ownTopicLimits.count) {
    problem('own', `Je kunt hoogstens ${ownTopicLimits.count} eigen onderwerpen maken`);
  }
  if (given.some((key) => !ownTopicKeyPattern.test(key) || !existing.has(key))) {
    problem('own', 'Een eigen onderwerp in de lijst bestaat niet. Laad de pagina opnieuw.');
  } else if (new Set(given).size !== given.length) {
    problem('own', 'Een eigen onderwerp staat twee keer in de lijst. Laad de pagina opnieuw.');
  } else if (current.own.some((topic) => !given.includes(topic.key))) {
    problem(
      'own',
      'Een eigen onderwerp kan niet weg, want vragen houden hun onderwerp. Verberg het als het niet meer op het formulier moet staan.',
    );
  }

  const names = new Set(Object.values(nationalTopics).map(sameName));
  const taken = new Set(existing.keys());
  const own: OwnTopic[] = [];
  input.own.forEach((topic, index) => {
    const label = ownTopicLabel.safeParse(topic.label);
    if (!label.success) {
      problem(ownLabelField(index), label.error.issues[0]?.message ?? 'Vul de naam in');
      return;
    }
    if (names.has(sameName(label.data))) {
      problem(
        ownLabelField(index),
        `Er is al een onderwerp dat ‘${label.data}’ heet. Kies een andere naam`,
      );
      return;
    }
    names.add(sameName(label.data));
    const key = topic.key ?? ownTopicKey(idempotencyKey, index, taken);
    taken.add(key);
    own.push({ key, label: label.data, hidden: topic.hidden });
  });

  if (errors.length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'ok',
    settings: { hiddenNational: hiddenNational.filter(isNationalTopicKey), own },
  };
}
