/**
 * The Oudercafé: a meeting a steunpunt holds for parents or young people, and the
 * sign-up for it. One schema per concept serves the forms (client-side checks), the
 * API (the real check) and the OpenAPI document. Messages are GOV.UK style; the sign-up's
 * in every language of the portal (sign-up-input.ts, meeting-messages.ts), the rest Dutch.
 */
import * as z from 'zod/mini';
import { dutchFieldMessages } from '../core/field-messages.ts';
import type { Locale } from '../core/locales.ts';
import { keys } from '../core/fields.ts';
import { meetingLimits } from './meeting-limits.ts';
import { dutchSignUpMessages } from './meeting-messages.ts';
import {
  cancelCodeInputIn,
  maxPersons,
  signUpFieldOrder,
  signUpInputIn,
  wholeNumber,
  type SignUpField,
} from './sign-up-input.ts';

export const audiences = {
  ouders: 'Ouders en verzorgers',
  jongeren: 'Jongeren',
  iedereen: 'Ouders en jongeren',
} as const;

export const locationKinds = { plaats: 'Op een plek', online: 'Online' } as const;

/** The `tenant` value for a meeting meant for every SWV of the steunpunt. */
export const allTenants = 'alle';

export { meetingLimits };

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
export const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar day, not only the right shape (no 31 February). */
export function isCalendarDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export { maxPersons, signUpFieldOrder, signUpInputIn, cancelCodeInputIn, wholeNumber };
export type { SignUpField };

/** The sign-up in Dutch: the API's document describes this one. */
export const signUpInput = signUpInputIn(dutchSignUpMessages, dutchFieldMessages).register(
  z.globalRegistry,
  { id: 'SignUpInput', description: 'Een aanmelding voor een bijeenkomst' },
);

export type SignUpInput = z.output<typeof signUpInput>;
export type SignUpDraft = Partial<Record<keyof z.input<typeof signUpInput>, unknown>>;

export const cancelCodeInput = cancelCodeInputIn(dutchSignUpMessages).register(z.globalRegistry, {
  id: 'CancelCodeInput',
});

// ---- Answers ----

/**
 * Where a sign-up stands: `open` (places left), `vol` (only the waiting list),
 * `wachtlijst-vol` (no place and no room on the waiting list: a sign-up can only be
 * refused, so the site shows no form), `gesloten`, `geannuleerd`.
 */
export const meetingStates = ['open', 'vol', 'wachtlijst-vol', 'gesloten', 'geannuleerd'] as const;
export type MeetingState = (typeof meetingStates)[number];

export const publicMeeting = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    audience: z.enum(keys(audiences)),
    locationKind: z.enum(keys(locationKinds)),
    location: z.optional(z.string()),
    onlineUrl: z.optional(z.string()),
    capacity: z.number(),
    placesLeft: z.number(),
    waitingCount: z.number(),
    signUpOpen: z.boolean(),
    state: z.enum(meetingStates),
    signUpDeadline: z.optional(z.string()),
    seriesId: z.optional(z.string()),
  })
  .register(z.globalRegistry, { id: 'PublicMeeting' });
export type PublicMeeting = z.infer<typeof publicMeeting>;

export const publicMeetingList = z
  .object({ meetings: z.array(publicMeeting) })
  .register(z.globalRegistry, { id: 'PublicMeetingList' });

export const signUpStatuses = ['bevestigd', 'wachtlijst'] as const;
export type SignUpStatus = (typeof signUpStatuses)[number];
export const attendeeStatuses = ['bevestigd', 'wachtlijst', 'afgemeld'] as const;
export type AttendeeStatus = (typeof attendeeStatuses)[number];

export const signUpResult = z
  .object({
    status: z.enum(signUpStatuses),
    position: z.optional(z.number()),
    meeting: publicMeeting,
  })
  .register(z.globalRegistry, { id: 'SignUpResult' });
export type SignUpResult = z.infer<typeof signUpResult>;

export const cancelLookup = z
  .object({
    meeting: publicMeeting,
    status: z.enum(attendeeStatuses),
    persons: z.number(),
  })
  .register(z.globalRegistry, { id: 'CancelLookup' });
export type CancelLookup = z.infer<typeof cancelLookup>;

export const cancelDone = z
  .object({ status: z.literal('afgemeld') })
  .register(z.globalRegistry, { id: 'CancelDone' });

export interface StaffMeetingSummary extends PublicMeeting {
  tenants: string[];
  confirmedPersons: number;
  waitingPersons: number;
  cancelled: boolean;
}

export interface Attendee {
  id: string;
  name: string;
  email: string;
  phone?: string;
  persons: number;
  needs?: string;
  status: AttendeeStatus;
  position?: number;
  signedUpAt: string;
  attended?: boolean;
  /** The language the person signed up in, when not Dutch (issue #14). */
  language?: Locale;
}

/** The edit form's values: what `meetingInput` accepts, without the series. */
