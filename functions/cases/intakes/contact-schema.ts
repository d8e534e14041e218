/**
 * The schema of a contact by phone, WhatsApp or walk-in, as the back office registers it:
 * browser-safe, so the contact page checks the same rules as the API.
 */
import * as z from 'zod/mini';
import {
  boundedText,
  keys,
  optionalEmail,
  optionalPhone,
  optionalText,
} from '../../core/fields.ts';
import { localeCodes } from '../../core/locales.ts';
import { questionLimits, roles, schoolTypes, topicKeyPattern } from '../../core/vocabulary.ts';
import { statusField } from '../changes-input.ts';

/** The channels a medewerker registers a contact from; the form registers itself. */
export const contactIntakeChannels = ['telefoon', 'whatsapp', 'inloop'] as const;
export type ContactIntakeChannel = (typeof contactIntakeChannels)[number];

/** A contact by phone, WhatsApp or walk-in, registered as a new case by a medewerker. */
export const contactInput = z.object({
  swv: z
    .string({ error: 'Kies het samenwerkingsverband' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Kies het samenwerkingsverband' }),
      z.maxLength(64, { error: 'Kies het samenwerkingsverband uit de lijst' }),
    ),
  channel: z.enum(contactIntakeChannels, { error: 'Kies hoe het contact binnenkwam' }),
  role: z.enum(keys(roles), { error: 'Kies wie contact opnam' }),
  // A national or an own topic key; whether it is one of the steunpunt's is the intake's tenant check.
  topic: z
    .string({ error: 'Kies waar de vraag over gaat' })
    .check(z.trim(), z.regex(topicKeyPattern, { error: 'Kies waar de vraag over gaat' })),
  schoolType: z.enum(keys(schoolTypes), { error: 'Kies het soort school' }),
  gemeente: z
    .string({ error: 'Kies de gemeente' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'Kies de gemeente' }),
      z.maxLength(80, { error: 'Kies de gemeente uit de lijst' }),
    ),
  summary: boundedText(questionLimits.textMax, 'Schrijf kort op waar het contact over ging'),
  name: optionalText(
    (value) => value,
    z.string().check(
      z.maxLength(questionLimits.nameMax, {
        error: `De naam is te lang. Gebruik hoogstens ${questionLimits.nameMax} tekens`,
      }),
    ),
  ),
  email: optionalEmail(),
  phone: optionalPhone(),
  /** The language the person speaks, as the medewerker heard it (issue #14); Dutch when left out. */
  language: z.optional(z.enum(localeCodes, { error: 'Kies een taal uit de lijst' })),
  /** The person would like a tolk (interpreter) next time. */
  tolk: z.optional(z.boolean({ error: 'Kies of er een tolk nodig is' })),
  /** The status the case starts in; `in-behandeling` when left out. */
  status: z.optional(statusField),
});
export type ContactInput = z.output<typeof contactInput>;
export const contactFieldOrder = [
  'swv',
  'channel',
  'role',
  'topic',
  'schoolType',
  'gemeente',
  'summary',
  'name',
  'email',
  'phone',
  'language',
  'tolk',
  'status',
] as const;
