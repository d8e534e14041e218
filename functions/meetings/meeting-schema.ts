/**
 * The Oudercafé: a meeting a steunpunt holds for parents or young people, and the
 * sign-up for it. One schema per concept serves the forms (client-side checks), the
 * API (the real check) and the OpenAPI document. Messages are Dutch, GOV.UK style.
 * Form fields arrive as strings and the API gets numbers: number fields take both.
 */
import * as z from 'zod/mini';
import {
  consentGiven,
  emailAddress,
  keys,
  optionalPhone,
  optionalText,
  requiredText,
} from '../core/fields.ts';
import { meetingLimits } from './meeting-limits.ts';

export const audiences = {
  ouders: 'Ouders en verzorgers',
  jongeren: 'Jongeren',
  iedereen: 'Ouders en jongeren',
} as const;

export const locationKinds = { plaats: 'Op een plek', online: 'Online' } as const;

/** The `tenant` value for a meeting meant for every SWV of the steunpunt. */
export const allTenants = 'alle';

export const maxPersons = 4;

export { meetingLimits };

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar day, not only the right shape (no 31 February). */
export function isCalendarDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A whole number typed in a form (a string) or sent as JSON (a number). */
const wholeNumber = (missing: string, min: number, max: number, outOfRange: string) =>
  z.pipe(
    z.pipe(
      z.union([z.number(), z.string().check(z.trim())], { error: missing }),
      z.transform((value: number | string) =>
        typeof value === 'number' ? value : value === '' ? Number.NaN : Number(value),
      ),
    ),
    z
      .number({ error: missing })
      .check(
        z.int({ error: 'Vul een heel getal in' }),
        z.minimum(min, { error: outOfRange }),
        z.maximum(max, { error: outOfRange }),
      ),
  );

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

export const signUpInput = z
  .object({
    name: requiredText('Vul je naam in').check(
      z.maxLength(meetingLimits.nameMax, {
        error: `Je naam is te lang. Gebruik hoogstens ${meetingLimits.nameMax} tekens`,
      }),
    ),
    email: z.pipe(requiredText('Vul je e-mailadres in').check(z.toLowerCase()), emailAddress()),
    phone: optionalPhone(),
    persons: wholeNumber(
      'Vul in met hoeveel personen je komt',
      1,
      maxPersons,
      `Je kunt je aanmelden met 1 tot en met ${maxPersons} personen`,
    ),
    needs: optionalText(
      (value) => value,
      z.string().check(
        z.maxLength(meetingLimits.needsMax, {
          error: `Je wensen zijn te lang. Gebruik hoogstens ${meetingLimits.needsMax} tekens`,
        }),
      ),
    ),
    consent: consentGiven(),
  })
  .register(z.globalRegistry, {
    id: 'SignUpInput',
    description: 'Een aanmelding voor een bijeenkomst',
  });

export type SignUpInput = z.output<typeof signUpInput>;
export type SignUpDraft = Partial<Record<keyof z.input<typeof signUpInput>, unknown>>;

export const signUpFieldOrder = [
  'name',
  'email',
  'phone',
  'persons',
  'needs',
  'consent',
] as const satisfies readonly (keyof z.input<typeof signUpInput>)[];

export type SignUpField = (typeof signUpFieldOrder)[number];

export const cancelCodeInput = z
  .object({
    code: z
      .string({ error: 'Deze afmeldlink klopt niet' })
      .check(z.regex(/^[A-Za-z0-9._-]{20,200}$/, { error: 'Deze afmeldlink klopt niet' })),
  })
  .register(z.globalRegistry, { id: 'CancelCodeInput' });

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
}

/** The edit form's values: what `meetingInput` accepts, without the series. */
export type MeetingFormValues = Omit<z.input<typeof meetingInput>, 'repeatMonthly'> & {
  date: string;
};

export interface StaffMeeting extends StaffMeetingSummary {
  input: MeetingEditInput;
  attendees: Attendee[];
}
