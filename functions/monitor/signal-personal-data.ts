/**
 * What in a signal text looks like personal data, before a coördinator approves it for
 * the SWV's board: e-mail addresses, phone numbers, numbers that pass the BSN's elfproef,
 * dates that stand with a school's name, and names of people (after a word like
 * "mevrouw", "juf" or "mijn zoon", or a common first name from a short list).
 *
 * A warning, not a guarantee: it finds what has a recognisable shape. A name without a
 * title that is not on the list, a street, or a rare illness it cannot see; the
 * coördinator still reads the text. Pure, so the review page checks as the text is edited
 * and the API checks the same text again before approving.
 */

export const personalDataKinds = {
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  bsn: 'Nummer dat op een burgerservicenummer (BSN) lijkt',
  date: 'Datum bij de naam van een school',
  school: 'Naam van een school bij een datum',
  name: 'Naam van een persoon',
} as const;
export type PersonalDataKind = keyof typeof personalDataKinds;

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The kind in words, for the warning. */
  label: string;
  /** What was found, as it stands in the text. */
  snippet: string;
  /** Where: `text.slice(start, end) === snippet`. */
  start: number;
  end: number;
}

const email = /[\p{L}0-9._%+-]+@[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.\p{L}{2,}/gu;

/**
 * Dutch numbers, as people type them: 0 and nine digits (06-12345678, 020 123 4567,
 * 0251-123456), or +31 / 0031 with an optional "(0)". Service numbers (0800-5010) are
 * shorter and are not a person's.
 */
const phone = /(?<![\d+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|0)[1-9](?:[\s-]?\d){8}(?![\d])/g;

/** Nine digits, or written 1234.56.789 / 123 456 789. */
const nineDigits =
  /(?<![\d.-])(?:\d{9}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3})(?![\d])/g;

/** The BSN's elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not 0). */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Words as an alternation, each also with a capital first letter (at a sentence's start). */
function anyFirstCase(words: readonly string[]): string {
  return words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
}

const months =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const weekdays = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
/** 3-3-2026, 03/03/26, 3.3.2026, 2026-03-03, 3 maart (2026), maandag 3 maart, 3 mrt. */
const date = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|` +
    `(?:(?:${weekdays})\\s+)?\\d{1,2}\\s+(?:${months})\\.?(?:\\s+\\d{4})?)(?![\\p{L}\\d])`,
  'giu',
);

/**
 * A school's name: the kind of school said as a word ("basisschool", "college"), or a
 * capitalised name that ends in "school" ("Regenboogschool", "De Vlinderschool").
 */
const schoolWords = [
  'basisschool',
  'obs',
  'cbs',
  'pcbs',
  'rkbs',
  'sbo',
  'vso',
  'college',
  'lyceum',
  'gymnasium',
  'atheneum',
  'scholengemeenschap',
  'vrije school',
];
const school = new RegExp(
  '(?<![\\p{L}])(?:(?:[Dd]e|[Hh]et)\\s+)?(?:\\p{Lu}[\\p{L}-]*school|' +
    `(?:${anyFirstCase(schoolWords)})` +
    '(?:\\s+(?:[Dd]e\\s+|[Hh]et\\s+)?\\p{Lu}[\\p{L}-]+)?)(?![\\p{L}])',
  'gu',
);

/** Words after which a capitalised word is someone's name. */
const titles = anyFirstCase([
  'mevrouw',
  'mevr\\.',
  'mw\\.',
  'meneer',
  'mr\\.',
  'dhr\\.',
  'de heer',
  'juffrouw',
  'juf',
  'meester',
  'mijn zoon',
  'mijn dochter',
  'onze zoon',
  'onze dochter',
  'zoon',
  'dochter',
  'moeder',
  'vader',
  'leerling',
  'docent',
  'mentor',
  'directeur',
  'intern begeleider',
]);
const particles = '(?:van der|van den|van de|van|de|der|den|ter|ten|te)';
/** A name's word: a capital, then a small letter (so "SWV" or "TLV" is no name). */
const nameWord = "\\p{Lu}\\p{Ll}[\\p{L}'-]*";
const titledName = new RegExp(
  `(?<![\\p{L}])(?:${titles})\\s+((?:${particles}\\s+)?${nameWord}(?:\\s+(?:${particles}\\s+)?${nameWord})?)`,
  'gu',
);

/**
 * A short list of first names common among Dutch children and parents (CBS and SVB's
 * lists of the last decades, picked by hand). Matched only capitalised and whole. Short
 * on purpose: it catches the likely ones, it cannot catch all.
 */
export const commonFirstNames = [
  'Adam',
  'Ahmed',
  'Amira',
  'Anna',
  'Anouk',
  'Bram',
  'Daan',
  'Dirk',
  'Emma',
  'Eva',
  'Fatima',
  'Femke',
  'Finn',
  'Hanna',
  'Henk',
  'Ibrahim',
  'Inge',
  'Jan',
  'Jesse',
  'Johan',
  'Julia',
  'Kees',
  'Lars',
  'Levi',
  'Liam',
  'Lisa',
  'Lotte',
  'Lucas',
  'Luuk',
  'Maria',
  'Marieke',
  'Mark',
  'Mila',
  'Milan',
  'Mohamed',
  'Mohammed',
  'Noah',
  'Noor',
  'Nora',
  'Olivia',
  'Peter',
  'Piet',
  'Ruben',
  'Saar',
  'Sanne',
  'Sara',
  'Sem',
  'Sophie',
  'Thijs',
  'Thomas',
  'Tim',
  'Tess',
  'Yasmine',
  'Youssef',
  'Zoë',
] as const;
const firstName = new RegExp(`(?<![\\p{L}])(?:${commonFirstNames.join('|')})(?![\\p{L}])`, 'gu');

function matches(pattern: RegExp, text: string) {
  return [...text.matchAll(pattern)].map((m) => ({ snippet: m[0], start: m.index, groups: m }));
}

const finding = (kind: PersonalDataKind, snippet: string, start: number): PersonalDataFinding => ({
  kind,
  label: personalDataKinds[kind],
  snippet,
  start,
  end: start + snippet.length,
});

/** Everything in the text that looks like personal data, in the order it stands. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of matches(email, text)) found.push(finding('email', m.snippet, m.start));
  for (const m of matches(phone, text)) found.push(finding('phone', m.snippet, m.start));
  for (const m of matches(nineDigits, text)) {
    if (passesElfproef(m.snippet.replace(/\D/g, ''))) {
      found.push(finding('bsn', m.snippet, m.start));
    }
  }
  // A date alone, or a school alone, names nobody; together they can point to one child.
  const schools = matches(school, text);
  const dates = matches(date, text);
  if (schools.length > 0 && dates.length > 0) {
    for (const m of dates) found.push(finding('date', m.snippet, m.start));
    for (const m of schools) found.push(finding('school', m.snippet.trim(), m.start));
  }
  for (const m of matches(titledName, text)) {
    const name = m.groups[1]!;
    found.push(finding('name', name, m.start + m.snippet.lastIndexOf(name)));
  }
  for (const m of matches(firstName, text)) found.push(finding('name', m.snippet, m.start));
  return withoutOverlaps(found);
}

/** One finding per stretch of text: the first kind found there, the longest match. */
function withoutOverlaps(found: PersonalDataFinding[]): PersonalDataFinding[] {
  const kept: PersonalDataFinding[] = [];
  for (const candidate of found) {
    const overlapping = kept.findIndex((k) => candidate.start < k.end && k.start < candidate.end);
    if (overlapping === -1) kept.push(candidate);
    else if (
      kept[overlapping]!.kind === candidate.kind &&
      candidate.end - candidate.start > kept[overlapping]!.end - kept[overlapping]!.start
    ) {
      kept[overlapping] = candidate;
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The warning in words: "een e-mailadres (…), een naam van een persoon (…)". */
export function describeFindings(findings: readonly PersonalDataFinding[]): string {
  return findings.map((f) => `${f.label.toLowerCase()}: "${f.snippet}"`).join('; ');
}
