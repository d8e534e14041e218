/**
 * The public contact of a steunpunt: how parents reach it, and where a complaint about the
 * steunpunt itself goes. One schema for the back-office form, the API and the OpenAPI
 * document; the site's contact block reads the same shape from the public route.
 * Every field may stay empty: the site then shows the question form and the national line.
 */
import * as z from 'zod/mini';
import { emailAddress, optionalEmail, optionalText } from '../core/fields.ts';

/** A number as people write it ("020 123 45 67", "0800-5010", "+31 6 12345678"). */
const phoneSpelling = /^\+?[\d\s\-().]+$/;
const digitCount = (value: string) => value.replace(/\D/g, '').length;

/** Kept as typed, so the site shows it the way the steunpunt writes it. */
const optionalPhoneText = (example: string) =>
  optionalText(
    (value) => value,
    z.string().check(
      z.regex(phoneSpelling, { error: `Vul een telefoonnummer in zoals ${example}` }),
      z.refine((value) => digitCount(value) >= 7 && digitCount(value) <= 15, {
        error: `Vul een telefoonnummer in zoals ${example}`,
      }),
    ),
  );

const optionalLine = (max: number, tooLong: string) =>
  optionalText((value) => value, z.string().check(z.maxLength(max, { error: tooLong })));

const contactFields = z.object({
  email: optionalEmail(),
  phone: optionalPhoneText('020 123 45 67'),
  hours: optionalLine(160, 'Schrijf de tijden korter op. Gebruik hoogstens 160 tekens'),
  whatsapp: optionalPhoneText('06 12345678'),
  visitingAddress: optionalLine(200, 'Dit adres is te lang. Gebruik hoogstens 200 tekens'),
  complaintsName: optionalLine(120, 'Deze naam is te lang. Gebruik hoogstens 120 tekens'),
  complaintsAddress: optionalLine(200, 'Dit adres is te lang. Gebruik hoogstens 200 tekens'),
});

/** A complaint needs both someone to send it to and where: both or neither. */
const complaintsComplete = z.superRefine(
  (value: { complaintsName?: string | undefined; complaintsAddress?: string | undefined }, ctx) => {
    if (value.complaintsName && !value.complaintsAddress) {
      ctx.addIssue({
        code: 'custom',
        path: ['complaintsAddress'],
        message: 'Vul ook het adres voor klachten in, of maak beide velden leeg',
      });
    }
    if (value.complaintsAddress && !value.complaintsName) {
      ctx.addIssue({
        code: 'custom',
        path: ['complaintsName'],
        message: 'Vul ook in wie klachten behandelt, of maak beide velden leeg',
      });
    }
  },
);

/**
 * The form's fields, flat (each field its own error); the output is the register's shape,
 * with `complaints: { name, address }`.
 */
export const steunpuntContactInput = z.pipe(
  contactFields.check(complaintsComplete),
  z.transform(({ complaintsName, complaintsAddress, ...rest }) => ({
    ...rest,
    ...(complaintsName && complaintsAddress
      ? { complaints: { name: complaintsName, address: complaintsAddress } }
      : {}),
  })),
);
export type SteunpuntContactInput = z.output<typeof steunpuntContactInput>;
export const steunpuntContactFieldOrder = [
  'email',
  'phone',
  'hours',
  'whatsapp',
  'visitingAddress',
  'complaintsName',
  'complaintsAddress',
] as const;

/** What the public route answers: the contact and whose it is. Never staff data. */
export const publicSteunpuntContact = z.object({
  steunpunt: z.string(),
  name: z.string(),
  email: z.optional(emailAddress()),
  phone: z.optional(z.string()),
  hours: z.optional(z.string()),
  whatsapp: z.optional(z.string()),
  visitingAddress: z.optional(z.string()),
  complaints: z.optional(z.object({ name: z.string(), address: z.string() })),
});
export type PublicSteunpuntContact = z.output<typeof publicSteunpuntContact>;
