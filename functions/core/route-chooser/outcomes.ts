/**
 * The route chooser's outcomes, each defined once with the answers that lead to it (`when`,
 * see conditions.ts). Exactly one outcome holds at the end of every path: the walker test
 * (flow.test.ts) checks it. `flags` are notes an outcome page shows only on some paths.
 *
 * The texts of the outcome pages are content; here only a short title.
 */
import type { FilingRoute } from '../filing-deadlines.ts';
import type { Condition } from './conditions.ts';

export interface OutcomeFlag {
  id: string;
  when: readonly Condition[];
}

export interface ChooserOutcome {
  id: string;
  /** The outcome page's heading (B1 Dutch). */
  title: string;
  /** Which filing term applies (filing-deadlines.ts), or none. */
  deadline: FilingRoute | undefined;
  /** The route the intake form pre-fills when the parent asks the steunpunt for help. */
  intakeRoute: string;
  when: readonly Condition[];
  flags?: readonly OutcomeFlag[];
}

export const outcomes = [
  {
    id: 'praat-met-school',
    title: 'Praat eerst met de school',
    deadline: undefined,
    intakeRoute: 'praat-met-school',
    when: [
      { over: ['toelating', 'verwijdering', 'opp'], besluit: ['nee'] },
      { over: ['gedrag'], gesproken: ['nee'] },
    ],
  },
  {
    id: 'klacht',
    title: 'Een klacht indienen bij de school of de Landelijke Klachtencommissie',
    deadline: 'lkc',
    intakeRoute: 'klacht',
    when: [{ over: ['gedrag'], gesproken: ['ja'] }],
  },
  {
    id: 'gpo',
    title: 'Naar de Geschillencommissie Passend Onderwijs',
    deadline: 'gpo',
    intakeRoute: 'gpo',
    when: [{ over: ['toelating', 'verwijdering', 'opp'], besluit: ['ja'] }],
    flags: [
      // At an openbare school the decision is also a besluit under the Awb: a bezwaar within
      // six weeks, next to the GPO, keeps the road to the judge open.
      { id: 'parallel-bezwaar', when: [{ school: ['openbaar'] }] },
      // The page explains both, and how to find out which kind of school it is.
      { id: 'school-onbekend', when: [{ school: ['weet-niet'] }] },
    ],
  },
  {
    id: 'bezwaar-tlv',
    title: 'Bezwaar maken tegen het besluit over de TLV',
    deadline: 'bezwaar',
    intakeRoute: 'bezwaar-tlv',
    when: [{ over: ['tlv'] }],
  },
  {
    id: 'schorsing',
    title: 'Je kind is geschorst: wat kun je doen?',
    deadline: undefined,
    intakeRoute: 'schorsing',
    when: [{ over: ['schorsing'] }],
  },
  {
    id: 'thuiszitten',
    title: 'Hulp als je kind thuiszit',
    deadline: undefined,
    intakeRoute: 'thuiszitten',
    when: [{ over: ['thuiszitten'] }],
  },
  {
    id: 'gelijke-behandeling',
    title: 'Naar het College voor de Rechten van de Mens',
    deadline: undefined,
    intakeRoute: 'gelijke-behandeling',
    when: [{ over: ['gelijke-behandeling'] }],
  },
  {
    id: 'klacht-over-steunpunt',
    title: 'Een klacht over het steunpunt',
    deadline: undefined,
    intakeRoute: 'klacht-over-steunpunt',
    when: [{ over: ['steunpunt'] }],
  },
] as const satisfies readonly ChooserOutcome[];

export type OutcomeId = (typeof outcomes)[number]['id'];
export type IntakeRoute = (typeof outcomes)[number]['intakeRoute'];
