/**
 * The route chooser's questions, one per page, in the order they are asked. A question's
 * `id` is its key in the query string and each option's `value` its value there, so both
 * stay short and URL-safe; changing one breaks links parents have shared.
 *
 * `askWhen` (a list of conditions, see conditions.ts) names the earlier answers that make a
 * question relevant; without it the question is always asked. It may only look at questions
 * that come before it. The walker test (flow.test.ts) checks every path through them.
 */
import type { Condition } from './conditions.ts';

export interface ChooserOption {
  value: string;
  /** What the parent reads next to the radio button (B1 Dutch). */
  label: string;
}

export interface ChooserQuestion {
  id: string;
  /** The question as the page's heading (B1 Dutch, "je"). */
  text: string;
  hint?: string;
  options: readonly ChooserOption[];
  askWhen?: readonly Condition[];
}

export const questions = [
  {
    id: 'over',
    text: 'Waar gaat het over?',
    hint: 'Kies wat het beste past. Past er meer? Kies dan wat nu het belangrijkst is.',
    options: [
      {
        value: 'tlv',
        label: 'Een besluit van het samenwerkingsverband over een toelaatbaarheidsverklaring (TLV)',
      },
      { value: 'toelating', label: 'Een school neemt je kind niet aan, of heeft geen plek' },
      { value: 'verwijdering', label: 'De school wil je kind van school sturen (verwijdering)' },
      { value: 'schorsing', label: 'Je kind is geschorst' },
      { value: 'opp', label: 'Het ontwikkelingsperspectief (OPP) van je kind' },
      { value: 'thuiszitten', label: 'Je kind zit thuis en gaat niet naar school' },
      {
        value: 'gelijke-behandeling',
        label: 'Je kind wordt ongelijk behandeld, bijvoorbeeld door een handicap of ziekte',
      },
      {
        value: 'gedrag',
        label: 'Iets wat iemand van de school of het samenwerkingsverband deed of besloot',
      },
      { value: 'steunpunt', label: 'Je hebt een klacht over het steunpunt zelf' },
    ],
  },
  {
    id: 'besluit',
    text: 'Heb je het besluit van de school op papier?',
    hint: 'Een brief of een e-mail telt allebei. Ook een voornemen telt: een besluit dat de school van plan is. Bij het OPP gaat het om het OPP dat de school heeft vastgesteld.',
    options: [
      { value: 'ja', label: 'Ja, ik heb een brief of e-mail' },
      { value: 'nee', label: 'Nee, nog niet' },
    ],
    askWhen: [{ over: ['toelating', 'verwijdering', 'opp'] }],
  },
  {
    id: 'school',
    text: 'Is het een openbare of een bijzondere school?',
    hint: 'Een bijzondere school gaat uit van een geloof of een eigen visie. Bijvoorbeeld een katholieke, christelijke of vrije school. Het staat vaak op de website van de school.',
    options: [
      { value: 'openbaar', label: 'Een openbare school' },
      { value: 'bijzonder', label: 'Een bijzondere school' },
      { value: 'weet-niet', label: 'Dat weet ik niet' },
    ],
    askWhen: [{ over: ['toelating', 'verwijdering'], besluit: ['ja'] }],
  },
  {
    id: 'gesproken',
    text: 'Heb je hier al over gepraat met de school of het samenwerkingsverband?',
    options: [
      { value: 'ja', label: 'Ja, maar het is niet opgelost' },
      { value: 'nee', label: 'Nee, nog niet' },
    ],
    askWhen: [{ over: ['gedrag'] }],
  },
] as const satisfies readonly ChooserQuestion[];

export type QuestionId = (typeof questions)[number]['id'];

/** The most questions any path asks; flow.test.ts walks every path and holds to it. */
export const longestPath = 3;
