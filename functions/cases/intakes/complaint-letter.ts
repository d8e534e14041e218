/**
 * A draft letter for a bezwaar against a TLV decision or a request to the Geschillencommissie
 * Passend Onderwijs, built from the complaint intake's answers. Pure and without server
 * dependencies: the public letter page builds it in the browser from the answers the intake
 * left in the tab, the back office from the case it loaded. The portal never sends it: the
 * parent adjusts it, signs it and sends it themselves.
 *
 * The letter is a list of blocks, each one part of the letter a parent may edit on its own.
 * A bezwaar holds what Awb 6:5 asks (name and address, date, which decision, the grounds,
 * the signature); a GPO request names the parties, the decision, what is asked and why.
 * What the intake never asks (the address, the kenmerk) stays a [placeholder] in brackets,
 * as in the sample letters (content/landelijk/voorbeeldbrieven.md).
 */
import {
  daysLeft,
  filingDeadline,
  isoDay,
  parseIsoDay,
  type FilingRoute,
} from '../../core/filing-deadlines.ts';
import { calendarDay, longDate, plainDate } from '../../lib/dutch-dates.ts';
import type { ComplaintInput } from './complaint-schema.ts';
import type { LetterRoute } from './letter-routes.ts';

/** What the letter is built from; any answer may be missing (erased, or not given). */
export interface LetterFacts {
  answers: Partial<
    Pick<
      ComplaintInput,
      | 'about'
      | 'decisionDate'
      | 'whatHappened'
      | 'spokenWith'
      | 'outcomeWanted'
      | 'childName'
      | 'name'
    >
  > & {
    /** complaintRoles' key; a case carries it as a plain string, and unknown means a parent. */
    role?: string;
  };
  /** The SWV the parent asked through; for a bezwaar it is the addressee. */
  swv: { name: string; address?: { street: string; postcode: string; city: string } };
  /** The day the letter is dated, "2026-12-05" (Amsterdam). */
  today: string;
}

export type LetterBlockId =
  | 'sender'
  | 'addressee'
  | 'date'
  | 'subject'
  | 'opening'
  | 'parties'
  | 'decision'
  | 'grounds'
  | 'wanted'
  | 'closing'
  | 'signature'
  | 'attachment';

export interface LetterBlock {
  id: LetterBlockId;
  /** The label of the field the parent edits the block in. */
  label: string;
  /** What to check or fill in, shown under the label. */
  hint?: string;
  /** The block's text; an empty line separates paragraphs. */
  text: string;
}

export interface Letter {
  route: LetterRoute;
  /** The page's heading for this letter. */
  title: string;
  blocks: LetterBlock[];
  /** The last day to send it, when the intake gave the date of the decision. */
  deadline?: { lastDay: string; passed: boolean };
  /** For the parent, not in the letter: the deadline, where to send it, what to fill in. */
  notes: string[];
}

/** Anything in [brackets] is for the parent to fill in. */
export const placeholderPattern = /\[[^\]\n]+\]/g;

export const placeholders = {
  name: '[Je naam]',
  street: '[Je straat en huisnummer]',
  town: '[Je postcode en woonplaats]',
  child: '[naam van je kind]',
  kenmerk: '[kenmerk van het besluit]',
  decisionDate: '[datum van het besluit]',
  swvAddress: '[adres van het samenwerkingsverband]',
  dispute: '[de toelating, de verwijdering of het OPP]',
  about: '[naam van de school en het schoolbestuur]',
  grounds: '[Schrijf hier waarom je het niet eens bent met het besluit.]',
  wanted: '[Schrijf hier wat je wilt bereiken.]',
} as const;

const filingRouteOf: Record<LetterRoute, FilingRoute> = { 'bezwaar-tlv': 'bezwaar', gpo: 'gpo' };

const filled = (value: string | undefined, placeholder: string) => value?.trim() || placeholder;
const day = (iso: string, words: (moment: Date) => string) => words(calendarDay(iso));

/** "mijn kind Sam", or the pupil themselves: the letter speaks for whoever asked. */
function childOf(facts: LetterFacts) {
  const child = filled(facts.answers.childName, placeholders.child);
  if (facts.answers.role === 'jongere') {
    return { of: 'mij', subject: filled(facts.answers.name, placeholders.name) };
  }
  if (facts.answers.role === 'professional') return { of: child, subject: child };
  return { of: `mijn kind ${child}`, subject: child };
}

function deadlineOf(route: LetterRoute, facts: LetterFacts) {
  const from = parseIsoDay(facts.answers.decisionDate ?? '');
  const today = parseIsoDay(facts.today);
  if (!from || !today) return undefined;
  const deadline = filingDeadline(filingRouteOf[route], from);
  return {
    lastDay: isoDay(deadline.lastDay),
    passed: daysLeft(today, deadline.lastDay) < 0,
  };
}

function deadlineNote(route: LetterRoute, deadline: Letter['deadline']): string {
  const noun = route === 'gpo' ? 'je zaak' : 'je bezwaar';
  if (!deadline) {
    return `Je hebt 6 weken om ${noun} in te dienen. De termijn begint op de dag nadat je het besluit kreeg. Kijk in de brief met het besluit welke dag dat was.`;
  }
  const last = `Je laatste dag is ${day(deadline.lastDay, longDate)}.`;
  if (deadline.passed) {
    return `${last} Die dag is al voorbij. Stuur ${noun} toch. Schrijf erbij waarom je later bent.`;
  }
  return route === 'gpo'
    ? `${last} Dat is de veilige datum: precies 6 weken, zonder verlenging.`
    : `${last} Een e-mail moet voor het einde van die dag binnen zijn. Doe je een brief op tijd op de post? Dan mag die tot een week later aankomen.`;
}

const sender = (facts: LetterFacts): LetterBlock => ({
  id: 'sender',
  label: 'Je naam en adres',
  hint: 'Vul je adres in. Een e-mailadres alleen is niet genoeg.',
  text: [
    filled(facts.answers.name, placeholders.name),
    placeholders.street,
    placeholders.town,
  ].join('\n'),
});

const dated = (facts: LetterFacts): LetterBlock => ({
  id: 'date',
  label: 'Datum van je brief',
  hint: 'Zet hier de dag waarop je de brief verstuurt.',
  text: `Datum: ${day(facts.today, plainDate)}`,
});

const signature = (facts: LetterFacts): LetterBlock => ({
  id: 'signature',
  label: 'Handtekening en naam',
  hint: 'Zet je handtekening op de lijn als je de brief hebt geprint.',
  text: `Handtekening: ……………………………………\n\n${filled(facts.answers.name, placeholders.name)}`,
});

const attachment = (decision: string): LetterBlock => ({
  id: 'attachment',
  label: 'Bijlage',
  text: `Bijlage: kopie van het besluit van ${decision}`,
});

function bezwaar(facts: LetterFacts): LetterBlock[] {
  const { answers, swv } = facts;
  const child = childOf(facts);
  const decision = answers.decisionDate
    ? day(answers.decisionDate, plainDate)
    : placeholders.decisionDate;
  const address = swv.address
    ? [swv.address.street, `${swv.address.postcode} ${swv.address.city}`]
    : [placeholders.swvAddress];
  return [
    sender(facts),
    {
      id: 'addressee',
      label: 'Aan wie je de brief stuurt',
      hint: swv.address
        ? 'Klopt het adres? Kijk in de brief met het besluit.'
        : 'Het adres staat in de brief met het besluit, of op de website van het samenwerkingsverband.',
      text: [swv.name, ...address].join('\n'),
    },
    dated(facts),
    {
      id: 'subject',
      label: 'Onderwerp',
      text: `Onderwerp: bezwaar tegen het besluit over de toelaatbaarheidsverklaring van ${filled(child.subject, placeholders.child)}, kenmerk ${placeholders.kenmerk}`,
    },
    { id: 'opening', label: 'Aanhef', text: 'Geachte heer, mevrouw,' },
    {
      id: 'decision',
      label: 'Over welk besluit het gaat',
      hint: 'Het kenmerk en de datum staan in de brief met het besluit.',
      text: [
        `Ik maak bezwaar tegen uw besluit over de toelaatbaarheidsverklaring (TLV) van ${child.of}.`,
        `Ik kreeg dit besluit op ${decision}. Het kenmerk is ${placeholders.kenmerk}.`,
      ].join(' '),
    },
    {
      id: 'grounds',
      label: 'Waarom je het niet eens bent',
      hint: 'Dit zijn je eigen woorden uit het formulier. Schrijf precies wat volgens jou niet klopt in het besluit.',
      text: `Ik ben het niet eens met dit besluit. Dit zijn mijn redenen:\n\n${filled(answers.whatHappened, placeholders.grounds)}`,
    },
    {
      id: 'wanted',
      label: 'Wat je vraagt',
      text: `Ik vraag u het besluit te veranderen. Dit wil ik bereiken:\n\n${filled(answers.outcomeWanted, placeholders.wanted)}`,
    },
    {
      id: 'closing',
      label: 'Afsluiting',
      text: 'Wilt u mij laten weten dat u dit bezwaar hebt ontvangen?\n\nMet vriendelijke groet,',
    },
    signature(facts),
    attachment(decision),
  ];
}

const gpoRoles = {
  ouder: (child: string) => `Ik ben de ouder of verzorger van ${child}.`,
  jongere: () => 'Ik ben zelf de leerling.',
  professional: (child: string) =>
    `Ik help de ouders van ${child}. Zij zijn: [namen van de ouders].`,
} as const;

function gpo(facts: LetterFacts): LetterBlock[] {
  const { answers } = facts;
  const child = childOf(facts);
  const decision = answers.decisionDate
    ? day(answers.decisionDate, plainDate)
    : placeholders.decisionDate;
  const spoken = answers.spokenWith?.trim();
  return [
    sender(facts),
    {
      id: 'addressee',
      label: 'Aan wie je de brief stuurt',
      hint: 'De commissie neemt zaken online aan. Zie de uitleg boven de brief.',
      text: 'Geschillencommissie Passend Onderwijs\nOnline via "zaak indienen" op onderwijsgeschillen.nl',
    },
    dated(facts),
    { id: 'subject', label: 'Onderwerp', text: 'Onderwerp: verzoek om een oordeel' },
    { id: 'opening', label: 'Aanhef', text: 'Geachte leden van de commissie,' },
    {
      id: 'parties',
      label: 'Wie het vraagt, en met wie het geschil is',
      hint: 'Noem de school en het schoolbestuur. Het bestuur is de andere partij.',
      text: [
        (gpoRoles[answers.role as keyof typeof gpoRoles] ?? gpoRoles.ouder)(
          filled(answers.childName, placeholders.child),
        ),
        `Ik heb een geschil met: ${filled(answers.about, placeholders.about)}.`,
      ].join(' '),
    },
    {
      id: 'decision',
      label: 'Over welk besluit het gaat',
      hint: 'Kies wat past: de toelating, de verwijdering of het OPP. Ook een voornemen telt.',
      text: [
        `Het geschil gaat over ${placeholders.dispute} van ${child.of}.`,
        `Ik kreeg het besluit of het voornemen op ${decision}.`,
      ].join(' '),
    },
    {
      id: 'grounds',
      label: 'Wat er is gebeurd en waarom je het niet eens bent',
      hint: 'Dit zijn je eigen woorden uit het formulier. Leg uit waarom je het niet eens bent.',
      text: [
        `Ik ben het niet eens met dit besluit. Dit is er gebeurd:\n\n${filled(answers.whatHappened, placeholders.grounds)}`,
        ...(spoken ? [`Hierover heb ik al gesproken met: ${spoken}`] : []),
      ].join('\n\n'),
    },
    {
      id: 'wanted',
      label: 'Wat je vraagt',
      text: `Ik vraag de commissie om een oordeel over dit besluit. Dit wil ik bereiken:\n\n${filled(answers.outcomeWanted, placeholders.wanted)}`,
    },
    { id: 'closing', label: 'Afsluiting', text: 'Met vriendelijke groet,' },
    signature(facts),
    {
      ...attachment(decision),
      text: `Bijlage: kopie van het besluit of het voornemen van ${decision}`,
    },
  ];
}

const titles: Record<LetterRoute, string> = {
  'bezwaar-tlv': 'Je bezwaarschrift tegen het besluit over de TLV',
  gpo: 'Je verzoek aan de Geschillencommissie Passend Onderwijs',
};

function sendNotes(route: LetterRoute, facts: LetterFacts): string[] {
  if (route === 'gpo') {
    return [
      'Je dient je zaak online in bij de Geschillencommissie Passend Onderwijs, via "zaak indienen" op onderwijsgeschillen.nl. Neem de tekst van deze brief over, of stuur hem mee.',
      'Stuur alle stukken in één keer mee, het liefst samen in één pdf.',
    ];
  }
  return [
    `Stuur je bezwaar naar ${facts.swv.name}. Zet eerst je handtekening onder de brief. Zonder handtekening is je bezwaar niet compleet.`,
    ...(facts.swv.address
      ? []
      : [
          'Het adres van het samenwerkingsverband hebben we nog niet. Het staat in de brief met het besluit, of op de website van het samenwerkingsverband.',
        ]),
    'Bewaar een kopie van je brief, en het bewijs dat je hem hebt verstuurd.',
  ];
}

export function draftLetter(route: LetterRoute, facts: LetterFacts): Letter {
  const deadline = deadlineOf(route, facts);
  return {
    route,
    title: titles[route],
    blocks: route === 'gpo' ? gpo(facts) : bezwaar(facts),
    deadline,
    notes: [
      deadlineNote(route, deadline),
      ...sendNotes(route, facts),
      'Vul alles in wat tussen [haken] staat. Je mag alles in de brief aanpassen.',
    ],
  };
}

/** The letter as plain text, to copy into a mail or a form: blocks with an empty line. */
export const letterText = (blocks: readonly Pick<LetterBlock, 'text'>[]) =>
  blocks
    .map((block) => block.text.trim())
    .filter(Boolean)
    .join('\n\n');
