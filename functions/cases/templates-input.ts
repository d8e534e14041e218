/** A steunpunt's reply templates: the placeholders they may hold and the form that keeps them. */
import * as z from 'zod/mini';
import { boundedText } from '../core/fields.ts';

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
const knownPlaceholders = (value: string) =>
  [...value.matchAll(/\{([^{}\s]{1,40})\}/g)].every(([, name]) => name! in templatePlaceholders);
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
  /** Required when changing an existing template. */
  version: z.optional(z.number()),
});
export type TemplateInput = z.output<typeof templateInput>;
export const templateFieldOrder = ['name', 'subject', 'body', 'version'] as const;

export interface ReplyTemplate {
  id: string;
  name: string;
  subject: string;
  body: string;
  version: number;
  updatedAt: string;
}
