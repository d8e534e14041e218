/**
 * "Hulp bij een klacht of geschil": what a parent, young person or someone helping them
 * tells the steunpunt about a complaint or dispute. One schema serves the (multi-page)
 * form, the API and the OpenAPI document, like the question's. Every message is Dutch
 * and says how to fix the input. The child is named by first name or initials only: the
 * form never asks for a BSN or a date of birth, and there are no attachments.
 */
import * as z from 'zod/mini';
import {
  channelNeedsAddress,
  consentGiven,
  crossFieldCheck,
  keys,
  optionalEmail,
  optionalPhone,
  optionalText,
  text,
  type CrossFieldRule,
} from '../../core/fields.ts';
import { parseIsoDay } from '../../core/filing-deadlines.ts';
import { outcomes, type IntakeRoute } from '../../core/route-chooser/outcomes.ts';
import { contactChannels, questionLimits } from '../../core/vocabulary.ts';

/** Who asks for help; the same keys as the question's roles, so the monitor counts alike. */
export const complaintRoles = {
  ouder: 'Ouder of verzorger',
  jongere: 'Jongere',
  professional: 'Iemand die de ouder of jongere helpt of vertegenwoordigt',
} as const;

/** The parent does not know the route yet: the steunpunt helps choose. */
export const unknownRoute = 'weet-ik-niet' as const;

export type ComplaintRoute = IntakeRoute | typeof unknownRoute;

/** The routes of the chooser's outcomes (route-chooser/outcomes.ts), plus "weet ik niet". */
const routeList: ComplaintRoute[] = [
  ...outcomes.map((outcome) => outcome.intakeRoute),
  unknownRoute,
];
export const complaintRoutes = routeList as [ComplaintRoute, ...ComplaintRoute[]];

export const complaintLimits = {
  aboutMax: 200,
  whatHappenedMin: 10,
  whatHappenedMax: 2000,
  spokenWithMax: 500,
  outcomeWantedMax: 1000,
  childNameMax: 40,
} as const;

/** Today in Amsterdam as "2026-12-05": a decision date may not lie after it. */
export const amsterdamToday = (moment = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment);

const tooLong = (what: string, max: number) =>
  z.maxLength(max, { error: `${what} is te lang. Gebruik hoogstens ${max} tekens` });

/** A required short text with its own Dutch messages. */
const shortText = (missing: string, what: string, max: number) =>
  z
    .string({ error: missing })
    .check(z.trim(), z.minLength(1, { error: missing }), tooLong(what, max));

/** The fields, each with its own checks; complaintInput adds the checks across them. */
const complaintFields = z.object({
  role: z.enum(keys(complaintRoles), { error: 'Kies wie om hulp vraagt' }),
  route: z.enum(complaintRoutes, { error: 'Kies waar je hulp bij wilt, of kies "Weet ik niet"' }),
  about: shortText(
    'Schrijf op over welke school, welk schoolbestuur of welke organisatie het gaat',
    'De naam van de school of organisatie',
    complaintLimits.aboutMax,
  ),
  decisionDate: optionalText(
    (value) => value,
    z.string().check(
      z.refine((value) => parseIsoDay(value) !== undefined, {
        error: 'Vul een bestaande datum in, zoals 17-04-2025',
      }),
      z.refine((value) => parseIsoDay(value) === undefined || value <= amsterdamToday(), {
        error: 'De datum kan niet in de toekomst liggen',
      }),
    ),
  ),
  whatHappened: z.string({ error: 'Schrijf kort op wat er is gebeurd' }).check(
    z.trim(),
    z.minLength(1, { error: 'Schrijf kort op wat er is gebeurd' }),
    z.minLength(complaintLimits.whatHappenedMin, {
      error: `Je tekst is te kort. Schrijf minstens ${complaintLimits.whatHappenedMin} tekens`,
    }),
    tooLong('Je tekst', complaintLimits.whatHappenedMax),
  ),
  spokenWith: optionalText(
    (value) => value,
    text(tooLong('Je antwoord', complaintLimits.spokenWithMax)),
  ),
  outcomeWanted: shortText(
    'Schrijf op wat je wilt bereiken',
    'Je antwoord',
    complaintLimits.outcomeWantedMax,
  ),
  wantsLetterHelp: z.boolean({ error: 'Kies of je hulp wilt bij het schrijven van een brief' }),
  childName: optionalText(
    (value) => value,
    text(
      tooLong('De naam van je kind', complaintLimits.childNameMax),
      z.regex(/^[^\d]*$/, { error: 'Vul alleen de voornaam of de voorletters van je kind in' }),
    ),
  ),
  name: optionalText((value) => value, text(tooLong('Je naam', questionLimits.nameMax))),
  contactChannel: z.enum(keys(contactChannels), {
    error: 'Kies hoe we contact met je opnemen',
  }),
  email: optionalEmail(),
  phone: optionalPhone(),
  reminder: z.boolean({ error: 'Kies of je een herinnering wilt voor de termijn' }),
  consent: consentGiven(),
});

type ComplaintFields = z.output<typeof complaintFields>;

/** The reminder is a mail, so it needs an e-mail address whatever the channel. */
export const reminderNeedsEmail: CrossFieldRule<Pick<ComplaintFields, 'reminder' | 'email'>> = {
  reads: ['reminder', 'email'],
  issues: (value) =>
    value.reminder && !value.email
      ? [{ field: 'email', message: 'Vul je e-mailadres in, want de herinnering komt per e-mail' }]
      : [],
};

/**
 * The checks across fields, declared once: the schema runs them here, and the form's pages
 * run them on the page that asks their fields (the contact page), with the same messages.
 */
export const complaintRules: readonly CrossFieldRule<ComplaintFields>[] = [
  channelNeedsAddress,
  reminderNeedsEmail,
];

export const complaintInput = complaintFields
  .check(crossFieldCheck(complaintRules))
  .register(z.globalRegistry, {
    id: 'ComplaintInput',
    description: 'Een vraag om hulp bij een klacht of geschil',
  });

export type ComplaintInput = z.output<typeof complaintInput>;
/** What a form holds before validation: every field may still be missing or wrong. */
export type ComplaintDraft = Partial<Record<keyof z.input<typeof complaintInput>, unknown>>;

/** The order fields appear on the form; error summaries list problems in this order. */
export const complaintFieldOrder = [
  'role',
  'route',
  'about',
  'decisionDate',
  'whatHappened',
  'spokenWith',
  'outcomeWanted',
  'wantsLetterHelp',
  'childName',
  'name',
  'contactChannel',
  'email',
  'phone',
  'reminder',
  'consent',
] as const satisfies readonly (keyof z.input<typeof complaintInput>)[];

export type ComplaintField = (typeof complaintFieldOrder)[number];

export const complaintCreated = z
  .object({
    reference: z.string().register(z.globalRegistry, { examples: ['K-2026-000123'] }),
    createdAt: z
      .string()
      .register(z.globalRegistry, { description: 'Moment van ontvangst (ISO 8601, UTC)' }),
    dueAt: z.string().register(z.globalRegistry, {
      description:
        'Het steunpunt reageert uiterlijk dan (ISO 8601, UTC; werkdagen na ontvangst, nooit na de termijn)',
    }),
  })
  .register(z.globalRegistry, { id: 'ComplaintCreated' });
