/** A steunpunt's reply templates: the placeholders they may hold and the form that keeps them. */
import * as z from 'zod/mini';
import { boundedText } from '../core/fields.ts';
import { localeCodes, type Locale } from '../core/locales.ts';

/** The placeholders a reply template may hold, filled in per case when replying. */
export const templatePlaceholders = {
  naam: 'De naam van wie de vraag stelde',
  referentie: 'Het referentienummer',
  steunpunt: 'De naam van het steunpunt',
  medewerker: 'Jouw naam',
} as const;
export type TemplatePlaceholder = keyof typeof templatePlaceholders;

const placeholderList = Object.keys(templatePlaceholders)
  .map((name) => `{${name}}`)
  .join(', ');
/** The `{name}`s in a text that are not placeholders, so nothing would fill them in. */
export const unknownPlaceholders = (value: string) =>
  [...value.matchAll(/\{([^{}\s]{1,40})\}/g)]
    .filter(([, name]) => !(name! in templatePlaceholders))
    .map(([whole]) => whole);
const knownPlaceholders = (value: string) => unknownPlaceholders(value).length === 0;

/**
 * A template's instructions to the medewerker, such as "[Schrijf hier je antwoord.]": text
 * between square brackets that holds a word. A reply must not reach a parent with one in it.
 */
export const templateInstructions = (value: string) =>
  [...value.matchAll(/\[[^[\]\n]*\p{L}{2}[^[\]\n]*\]/gu)].map(([whole]) => whole);

/** What a reply still holds of its template, or undefined when it is all written out. */
export function unfinishedTemplateMessage(value: string): string | undefined {
  const left = [...templateInstructions(value), ...unknownPlaceholders(value)];
  if (left.length === 0) return undefined;
  return `Er staat nog tekst uit het sjabloon in: ${left.join(', ')}. Vervang die door je eigen tekst.`;
}
const templateText = (max: number, message: string) =>
  boundedText(max, message).check(
    z.refine(knownPlaceholders, {
      error: `Gebruik alleen deze invulplekken: ${placeholderList}`,
    }),
  );

/** A reply template of a steunpunt, kept by the coördinator. */
export const templateInput = z.object({
  name: boundedText(80, 'Geef het sjabloon een naam'),
  subject: templateText(200, 'Vul een onderwerp in'),
  body: templateText(10_000, 'Schrijf de tekst van het sjabloon'),
  /** The language the template is written in (issue #14); Dutch when left out. */
  lang: z.optional(z.enum(localeCodes, { error: 'Kies een taal uit de lijst' })),
  /** Required when changing an existing template. */
  version: z.optional(z.number()),
});
export type TemplateInput = z.output<typeof templateInput>;
export const templateFieldOrder = ['name', 'subject', 'body', 'lang', 'version'] as const;

export interface ReplyTemplate {
  id: string;
  name: string;
  subject: string;
  body: string;
  /** The language it is written in: `nl` for every template from before #14. */
  lang: Locale;
  version: number;
  updatedAt: string;
}

/**
 * The templates a medewerker is offered for a case in `lang`: those in that language first
 * (by name), then the Dutch ones, since staff may always write in Dutch; those in other
 * languages last. A Dutch case gets the Dutch ones first.
 */
export function templatesFor<T extends Pick<ReplyTemplate, 'lang' | 'name'>>(
  templates: readonly T[],
  lang: Locale,
): T[] {
  const rank = (template: T) => (template.lang === lang ? 0 : template.lang === 'nl' ? 1 : 2);
  return [...templates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nl'));
}

/**
 * Whether a reply asks the parent to answer by e-mail ("Beantwoord dan deze e-mail", "Wil
 * je deze e-mail beantwoorden?"). Read from the wording, so a steunpunt's own templates and
 * a medewerker's own text count as well; since #14 also in the portal's other languages, for
 * a reply written from a template in the parent's language ("Bu e-postayı yanıtlayın").
 * A safety net for the usual phrasings, not a guarantee.
 */
const replyRequests: readonly RegExp[] = [
  // Dutch
  /\bbeantwoord(?:en)?\b[^.?!\n]*\bdeze (?:e-?)?mail\b|\bdeze (?:e-?)?mail\b[^.?!\n]*\bbeantwoord(?:en)?\b|\breageer\b[^.?!\n]*\bop deze (?:e-?)?mail\b/iu,
  // English: "reply to this e-mail", "answer this email"
  /\b(?:reply|respond|answer)\b[^.?!\n]*\bthis (?:e-?mail|message)\b/iu,
  // Turkish: "bu e-postayı yanıtlayın", "bu e-postaya cevap verin"
  /\bbu e-?posta(?:y[ıi]|ya)[^.?!\n]*(?:yan[ıi]t|cevap)/iu,
  // Polish: "odpowiedz na tego e-maila", "odpowiedz na tę wiadomość"
  /odpowied[zź]\p{L}*[^.?!\n]*\bna (?:tego|ten|tę) (?:e-?mail|wiadomo)/iu,
  // Ukrainian: "відповідайте на цей лист"
  /відповід\p{L}*[^.?!\n]*на (?:цей|цього) (?:лист|e-?mail|імейл)/iu,
  // Arabic: "رد على هذا البريد", "أجب على هذا البريد الإلكتروني"
  /(?:^|[\s،.])(?:ر[\u064B-\u0652]*د[\u064B-\u0652]*(?:وا)?|أجب|أجيبوا)[^.?!\n؟]*هذا البريد/u,
];
export const asksForReply = (text: string) => replyRequests.some((pattern) => pattern.test(text));

/** Why a reply on a complaint about the steunpunt cannot ask for an answer by mail. */
export const noRestrictedReplyAddressMessage =
  'In dit antwoord vraag je de ouder om deze e-mail te beantwoorden. Maar voor klachten over het steunpunt is nog geen e-mailadres gekozen, dus dat antwoord leest niemand. Vraag de coördinator om dat adres in te vullen (Instellingen). Of haal die zin weg.';

/** Why a reply that asks for an answer cannot go out while the steunpunt has no address. */
export const noReplyAddressMessage =
  'In dit antwoord vraag je de ouder om deze e-mail te beantwoorden. Maar het steunpunt heeft nog geen e-mailadres, dus dat antwoord komt nergens aan. Vraag de coördinator om het e-mailadres van het steunpunt in te vullen (Contactgegevens). Of haal die zin weg.';
