/**
 * A steunpunt's topics: the national topics (core/vocabulary.ts, the same for every
 * steunpunt, so the monitor can compare regions) and the steunpunt's own topics. A
 * coördinator hides national topics from the form and adds, renames or hides own ones;
 * nothing is ever deleted, so every case keeps a topic with a label.
 */
import * as z from 'zod/mini';
import { topicKeyPattern, topics as nationalTopics } from '../core/vocabulary.ts';

export { nationalTopics, topicKeyPattern };

export type NationalTopicKey = keyof typeof nationalTopics;

/** Always on the form: whoever finds no topic of their own can still ask. */
export const alwaysOfferedTopic = 'anders' satisfies NationalTopicKey;

/** An own topic's key: made once by the API, never changed (cases and facts keep it). */
export const ownTopicKeyPattern = /^eigen-[a-z0-9]{4,16}$/;
export const isOwnTopicKey = (key: string) => ownTopicKeyPattern.test(key);
export const isNationalTopicKey = (key: string): key is NationalTopicKey =>
  Object.hasOwn(nationalTopics, key);

export const ownTopicLimits = { labelMin: 3, labelMax: 80, count: 40 } as const;

/** The name of an own topic as a parent reads it on the form. */
export const ownTopicLabel = z.string({ error: 'Vul de naam van het onderwerp in' }).check(
  z.trim(),
  z.minLength(1, { error: 'Vul de naam van het onderwerp in' }),
  z.minLength(ownTopicLimits.labelMin, {
    error: `De naam is te kort. Gebruik minstens ${ownTopicLimits.labelMin} tekens`,
  }),
  z.maxLength(ownTopicLimits.labelMax, {
    error: `De naam is te lang. Gebruik hoogstens ${ownTopicLimits.labelMax} tekens`,
  }),
);

/**
 * PUT /api/backoffice/onderwerpen: the whole list at once. `own` is in form order; an own
 * topic without a key is new. The labels are checked per row by `planTopics`, so that
 * each row's error names its own field.
 */
export const topicSettingsInput = z.object({
  hiddenNational: z.array(z.string({ error: 'Kies een landelijk onderwerp uit de lijst' }), {
    error: 'Geef de verborgen landelijke onderwerpen als lijst',
  }),
  own: z.array(
    z.object({
      key: z.optional(z.string({ error: 'Dit eigen onderwerp bestaat niet' })),
      label: z.string({ error: 'Vul de naam van het onderwerp in' }),
      hidden: z.boolean({ error: 'Geef aan of het onderwerp verborgen is' }),
    }),
    { error: 'Geef de eigen onderwerpen als lijst' },
  ),
  /** The version the coördinator saw: a change by someone else meanwhile is a conflict. */
  version: z.int({ error: 'Laad de pagina opnieuw en probeer het nog eens' }),
});
export type TopicSettingsInput = z.output<typeof topicSettingsInput>;
export const topicSettingsFieldOrder = ['hiddenNational', 'own', 'version'] as const;

/** The field of an own topic's label in a 400 answer: `own.<index>.label`. */
export const ownLabelField = (index: number) => `own.${index}.label`;

export interface OwnTopic {
  key: string;
  label: string;
  hidden: boolean;
}

/** What is stored per steunpunt (`pk=SP#<steunpunt>, sk=TOPICS`); version 0 = never saved. */
export interface TopicSettings {
  hiddenNational: string[];
  own: OwnTopic[];
  version: number;
  updatedAt?: string;
}

/** A topic as the back office lists it: national or own, shown on the form or hidden. */
export interface SteunpuntTopic {
  key: string;
  label: string;
  national: boolean;
  hidden: boolean;
}

export const publicTopics = z
  .object({
    topics: z.array(
      z.object({
        key: z.string().register(z.globalRegistry, { examples: ['ondersteuning'] }),
        label: z.string(),
      }),
    ),
  })
  .register(z.globalRegistry, {
    id: 'PublicTopics',
    description: 'De onderwerpen op het vraagformulier van een samenwerkingsverband, op volgorde',
  });
export type PublicTopics = z.output<typeof publicTopics>;
