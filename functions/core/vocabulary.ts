/**
 * The national vocabulary every capability speaks: who asks, about what, from which kind
 * of school, and how they want to be reached. Cases, the monitor, topics and meetings all
 * read these keys, so they live here and not in any one intake's schema.
 */

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

/** The lengths of a case's free text and of a person's name, whichever way the case came in. */
export const questionLimits = { textMin: 10, textMax: 3000, nameMax: 80 } as const;

/** Spaces, dashes, dots and brackets are fine in a phone number: people type them. */
export function normalisePhone(input: string): string {
  return input.replace(/[\s\-.()]/g, '');
}
