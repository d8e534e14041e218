/**
 * The question a parent, young person or professional asks. One schema serves the
 * form (client-side checks), the API (the real check) and the OpenAPI document, so
 * the three can never disagree about what is valid or how an error reads.
 * Every message is Dutch and says how to fix the input (GOV.UK error-message style).
 * Written with zod/mini: it tree-shakes, so the Lambda and the form in a parent's
 * phone carry only the checks used here (zod's full build is over 400 KB).
 */
import * as z from 'zod/mini';

export const roles = {
  ouder: 'Ouder of verzorger',
  jongere: 'Jongere',
  professional: 'Professional (bijvoorbeeld leerkracht of hulpverlener)',
} as const;

/**
 * The national tag set ("trefwoordenset"), drawn from what steunpunten register most: the
 * common base every steunpunt shares, so the monitor can compare regions. A steunpunt may
 * hide some from its form and add its own (functions/topics), so a question's topic is a
 * key the API checks against the steunpunt's topics.
 */
export const topics = {
  ondersteuning: 'Hulp en ondersteuning op school',
  schoolkeuze: 'Een school kiezen of je kind aanmelden',
  overstap: 'De overstap naar de middelbare school',
  'speciaal-onderwijs': 'Speciaal onderwijs en de toelaatbaarheidsverklaring (TLV)',
  thuiszitten: 'Thuiszitten, schorsing of verwijdering',
  opp: 'Het ontwikkelingsperspectief (OPP)',
  'contact-school': 'Contact en samenwerking met school',
  'onderwijs-zorg': 'Onderwijs samen met zorg of jeugdhulp',
  'klacht-geschil': 'Een klacht, geschil of bezwaar',
  'examen-vo': 'Examens en extra hulp op de middelbare school',
  anders: 'Iets anders',
} as const;

export const schoolTypes = {
  po: 'Basisschool',
  sbo: 'Speciale basisschool (sbo)',
  so: 'Speciaal onderwijs (so)',
  vo: 'Middelbare school (vo)',
  vso: 'Voortgezet speciaal onderwijs (vso)',
  geen: 'Nu geen school',
  onbekend: 'Weet ik niet',
} as const;

export const contactChannels = {
  email: 'Per e-mail',
  telefoon: 'Bellen',
  whatsapp: 'WhatsApp',
} as const;

/** What a topic key looks like, national (`ondersteuning`) or a steunpunt's own (`eigen-…`). */
export const topicKeyPattern = /^[a-z0-9-]{2,40}$/;

/** Gemeente value for someone who lives outside the SWV's area. */
export const otherGemeente = 'anders';

const keys = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

export const questionLimits = { textMin: 10, textMax: 3000, nameMax: 80 } as const;

/** Spaces, dashes, dots and brackets are fine in a phone number: people type them. */
export function normalisePhone(input: string): string {
  return input.replace(/[\s\-.()]/g, '');
}
const phonePattern = /^(\+|00)?\d{10,15}$/;

const text = (...checks: Parameters<ReturnType<typeof z.string>['check']>) =>
  z.string({ error: 'Vul dit veld in' }).check(z.trim(), ...checks);

/** An optional text field: empty counts as not given. */
const optionalText = <T extends z.ZodMiniType<unknown, string>>(
  prepare: (value: string) => string,
  then: T,
) =>
  z.pipe(
    z.pipe(
      z.optional(z.string().check(z.trim())),
      z.transform((value: string | undefined) => (value ? prepare(value) : undefined)),
    ),
    z.optional(then),
  );

export const questionInput = z
  .object({
    role: z.enum(keys(roles), { error: 'Kies wie de vraag stelt' }),
    topic: z
      .string({ error: 'Kies waar je vraag over gaat' })
      .check(z.trim(), z.regex(topicKeyPattern, { error: 'Kies waar je vraag over gaat' }))
      .register(z.globalRegistry, {
        description:
          'De sleutel van een onderwerp uit GET /api/swv/{swv}/onderwerpen (landelijk of van het steunpunt)',
        examples: ['ondersteuning'],
      }),
    question: z.string({ error: 'Schrijf je vraag op' }).check(
      z.trim(),
      z.minLength(1, { error: 'Schrijf je vraag op' }),
      z.minLength(questionLimits.textMin, {
        error: `Je vraag is te kort. Schrijf minstens ${questionLimits.textMin} tekens`,
      }),
      z.maxLength(questionLimits.textMax, {
        error: `Je vraag is te lang. Gebruik hoogstens ${questionLimits.textMax} tekens`,
      }),
    ),
    schoolType: z.enum(keys(schoolTypes), { error: 'Kies het soort school' }),
    gemeente: z
      .string({ error: 'Kies je gemeente' })
      .check(
        z.trim(),
        z.minLength(1, { error: 'Kies je gemeente' }),
        z.maxLength(80, { error: 'Kies je gemeente uit de lijst' }),
      ),
    name: optionalText(
      (value) => value,
      text(
        z.maxLength(questionLimits.nameMax, {
          error: `Je naam is te lang. Gebruik hoogstens ${questionLimits.nameMax} tekens`,
        }),
      ),
    ),
    contactChannel: z.enum(keys(contactChannels), {
      error: 'Kies hoe we contact met je opnemen',
    }),
    email: optionalText(
      (value) => value.toLowerCase(),
      z
        .email({ error: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' })
        .check(z.maxLength(254, { error: 'Dit e-mailadres is te lang' })),
    ),
    phone: optionalText(
      normalisePhone,
      z
        .string()
        .check(z.regex(phonePattern, { error: 'Vul een telefoonnummer in zoals 06 12345678' })),
    ),
    consent: z.literal(true, {
      error: 'Geef aan dat je de privacyverklaring hebt gelezen',
    }),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.contactChannel === 'email' && !value.email) {
        ctx.addIssue({
          code: 'custom',
          path: ['email'],
          message: 'Vul je e-mailadres in, want je wilt contact per e-mail',
        });
      }
      if (value.contactChannel !== 'email' && !value.phone) {
        ctx.addIssue({
          code: 'custom',
          path: ['phone'],
          message: 'Vul je telefoonnummer in, want je wilt dat we bellen of appen',
        });
      }
    }),
  )
  .register(z.globalRegistry, {
    id: 'QuestionInput',
    description: 'Een vraag aan het ouder- en jeugdsteunpunt',
  });

export type QuestionInput = z.output<typeof questionInput>;
/** What a form holds before validation: every field may still be missing or wrong. */
export type QuestionDraft = Partial<Record<keyof z.input<typeof questionInput>, unknown>>;

/** The order fields appear on the form; error summaries list problems in this order. */
export const questionFieldOrder = [
  'role',
  'topic',
  'question',
  'schoolType',
  'gemeente',
  'name',
  'contactChannel',
  'email',
  'phone',
  'consent',
] as const satisfies readonly (keyof z.input<typeof questionInput>)[];

export type QuestionField = (typeof questionFieldOrder)[number];

export const questionCreated = z
  .object({
    reference: z.string().register(z.globalRegistry, { examples: ['V-2026-000123'] }),
    createdAt: z
      .string()
      .register(z.globalRegistry, { description: 'Moment van ontvangst (ISO 8601, UTC)' }),
  })
  .register(z.globalRegistry, { id: 'QuestionCreated' });
