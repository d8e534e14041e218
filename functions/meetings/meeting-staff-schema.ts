/**
 * The Oudercafé's schemas for staff: a meeting as a steunpunt creates and edits it, its
 * cancellation and an attendee's presence. Apart from meeting-schema.ts (the parent's
 * sign-up and what the agenda shows), so that the public function carries none of them.
 */
import * as z from 'zod/mini';
import { keys, optionalText, requiredText } from '../core/fields.ts';
import {
  audiences,
  isCalendarDate,
  locationKinds,
  timePattern,
  wholeNumber,
  type Attendee,
  type StaffMeetingSummary,
} from './meeting-schema.ts';
import { meetingLimits } from './meeting-limits.ts';

/** Like wholeNumber, but empty means the default. */
const wholeNumberWithDefault = (fallback: number, ...args: Parameters<typeof wholeNumber>) =>
  z.pipe(
    z.pipe(
      z.optional(z.union([z.number(), z.string().check(z.trim())])),
      z.transform((value: number | string | undefined) =>
        value === undefined || value === '' ? fallback : value,
      ),
    ),
    wholeNumber(...args),
  );

const meetingFields = {
  title: requiredText('Vul een titel in').check(
    z.minLength(meetingLimits.titleMin, {
      error: `De titel is te kort. Gebruik minstens ${meetingLimits.titleMin} tekens`,
    }),
    z.maxLength(meetingLimits.titleMax, {
      error: `De titel is te lang. Gebruik hoogstens ${meetingLimits.titleMax} tekens`,
    }),
  ),
  description: requiredText('Vul een beschrijving in').check(
    z.minLength(meetingLimits.descriptionMin, {
      error: `De beschrijving is te kort. Gebruik minstens ${meetingLimits.descriptionMin} tekens`,
    }),
    z.maxLength(meetingLimits.descriptionMax, {
      error: `De beschrijving is te lang. Gebruik hoogstens ${meetingLimits.descriptionMax} tekens`,
    }),
  ),
  date: requiredText('Vul de datum in').check(
    z.refine(isCalendarDate, { error: 'Vul een bestaande datum in, zoals 2026-03-17' }),
  ),
  startTime: requiredText('Vul de begintijd in').check(
    z.regex(timePattern, { error: 'Vul de begintijd in zoals 19:30' }),
  ),
  endTime: requiredText('Vul de eindtijd in').check(
    z.regex(timePattern, { error: 'Vul de eindtijd in zoals 21:00' }),
  ),
  locationKind: z.enum(keys(locationKinds), {
    error: 'Kies of de bijeenkomst op een plek of online is',
  }),
  location: optionalText(
    (value) => value,
    z.string().check(
      z.maxLength(meetingLimits.locationMax, {
        error: `Het adres is te lang. Gebruik hoogstens ${meetingLimits.locationMax} tekens`,
      }),
    ),
  ),
  onlineUrl: optionalText(
    (value) => value,
    z
      .url({
        protocol: /^https$/,
        hostname: z.regexes.domain,
        error: 'Vul een link in die begint met https://, zoals https://meet.voorbeeld.nl/oudercafe',
      })
      .check(z.maxLength(500, { error: 'De link is te lang. Gebruik hoogstens 500 tekens' })),
  ),
  capacity: wholeNumber(
    'Vul het aantal plaatsen in',
    1,
    meetingLimits.capacityMax,
    `Vul een aantal plaatsen in van 1 tot en met ${meetingLimits.capacityMax}`,
  ),
  signUpDeadline: optionalText(
    (value) => value,
    z.string().check(
      z.refine(isCalendarDate, {
        error: 'Vul een bestaande datum in voor de sluiting van de aanmelding, zoals 2026-03-15',
      }),
    ),
  ),
  audience: z.enum(keys(audiences), { error: 'Kies voor wie de bijeenkomst is' }),
  tenant: requiredText('Kies voor welk samenwerkingsverband de bijeenkomst is').check(
    z.maxLength(64, { error: 'Kies een samenwerkingsverband uit de lijst' }),
  ),
  reminderDays: wholeNumberWithDefault(
    meetingLimits.reminderDaysDefault,
    'Vul in hoeveel dagen van tevoren we een herinnering sturen',
    0,
    meetingLimits.reminderDaysMax,
    `Vul een aantal dagen in van 0 tot en met ${meetingLimits.reminderDaysMax}`,
  ),
  waitingListMax: wholeNumberWithDefault(
    meetingLimits.waitingListDefault,
    'Vul in hoeveel aanmeldingen er op de wachtlijst mogen',
    0,
    meetingLimits.waitingListMax,
    `Vul een aantal aanmeldingen in van 0 tot en met ${meetingLimits.waitingListMax}`,
  ),
};

type MeetingShape = {
  startTime: string;
  endTime: string;
  date: string;
  locationKind: keyof typeof locationKinds;
  location?: string | undefined;
  onlineUrl?: string | undefined;
  signUpDeadline?: string | undefined;
};

/** Checks between fields; the deadline and the past are checked by the API (it knows the clock). */
const crossFieldChecks = z.superRefine((value: MeetingShape, ctx) => {
  if (value.endTime <= value.startTime) {
    ctx.addIssue({
      code: 'custom',
      path: ['endTime'],
      message: 'De eindtijd moet na de begintijd liggen',
    });
  }
  if (value.locationKind === 'plaats' && !value.location) {
    ctx.addIssue({
      code: 'custom',
      path: ['location'],
      message: 'Vul het adres of de plek in',
    });
  }
  if (value.locationKind === 'online' && !value.onlineUrl) {
    ctx.addIssue({
      code: 'custom',
      path: ['onlineUrl'],
      message: 'Vul de link naar de online bijeenkomst in',
    });
  }
  if (value.signUpDeadline && value.signUpDeadline > value.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['signUpDeadline'],
      message: 'De aanmelding moet sluiten op of voor de dag van de bijeenkomst',
    });
  }
});

/** The create form: the edit fields plus the series. */
export const meetingInput = z
  .object({
    ...meetingFields,
    repeatMonthly: wholeNumberWithDefault(
      0,
      'Vul in hoe vaak de bijeenkomst nog terugkomt',
      0,
      meetingLimits.repeatMonthlyMax,
      `Vul een getal in van 0 tot en met ${meetingLimits.repeatMonthlyMax}`,
    ),
  })
  .check(crossFieldChecks)
  // No id: the back-office document writes it in place (an id would make it a $ref).
  .register(z.globalRegistry, { description: 'Een bijeenkomst (oudercafé) van het steunpunt' });

/** The edit form: a series is made once, at creation. */
export const meetingEditInput = z.object(meetingFields).check(crossFieldChecks);

export type MeetingInput = z.output<typeof meetingInput>;
export type MeetingEditInput = z.output<typeof meetingEditInput>;
export type MeetingDraft = Partial<Record<keyof z.input<typeof meetingInput>, unknown>>;

export const meetingFieldOrder = [
  'title',
  'description',
  'date',
  'startTime',
  'endTime',
  'locationKind',
  'location',
  'onlineUrl',
  'capacity',
  'waitingListMax',
  'signUpDeadline',
  'audience',
  'tenant',
  'reminderDays',
  'repeatMonthly',
] as const satisfies readonly (keyof z.input<typeof meetingInput>)[];

export type MeetingField = (typeof meetingFieldOrder)[number];

export const meetingCancelInput = z.object({
  reason: optionalText(
    (value) => value,
    z.string().check(
      z.maxLength(meetingLimits.reasonMax, {
        error: `De reden is te lang. Gebruik hoogstens ${meetingLimits.reasonMax} tekens`,
      }),
    ),
  ),
});
export const meetingCancelFieldOrder = ['reason'] as const;

export const attendanceInput = z.object({
  attended: z.boolean({ error: 'Kies of deze persoon aanwezig was' }),
});
export const attendanceFieldOrder = ['attended'] as const;

export type MeetingFormValues = Omit<z.input<typeof meetingInput>, 'repeatMonthly'> & {
  date: string;
};

export interface StaffMeeting extends StaffMeetingSummary {
  input: MeetingEditInput;
  attendees: Attendee[];
}
