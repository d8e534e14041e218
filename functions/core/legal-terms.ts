/**
 * The legal terms and ages the information pages name, as data (issue #14): a translated
 * page never types "6 weeks" itself but writes `{{term:<key>}}`, and the site renders the
 * number from here with the unit in the reader's language. So a term that changes in law
 * changes in one place, in every language at once.
 */
import type { Locale } from './locales.ts';

/** `age` is a person's age, apart from `years` as a span: Turkish says "18 yaş", not "18 yıl". */
type Unit = 'weeks' | 'schoolWeeks' | 'days' | 'workingDays' | 'hours' | 'years' | 'age';

export interface LegalTerm {
  amount: number;
  unit: Unit;
  /** What the term is, for whoever edits a page (English, never shown). */
  about: string;
}

export const legalTerms = {
  objection: {
    amount: 6,
    unit: 'weeks',
    about: 'bezwaar against a decision (Awb 6:7), e.g. a TLV',
  },
  gpoFiling: { amount: 6, unit: 'weeks', about: 'filing a dispute with the GPO after a decision' },
  admissionDecision: { amount: 6, unit: 'weeks', about: 'a school decides on a registration' },
  admissionExtension: { amount: 4, unit: 'weeks', about: 'the one extension of that decision' },
  oppAfterEnrolment: { amount: 6, unit: 'weeks', about: 'a new school draws up the OPP' },
  appeal: {
    amount: 6,
    unit: 'weeks',
    about: 'appeal to the court after the decision on a bezwaar',
  },
  lkcFiling: { amount: 1, unit: 'years', about: 'a complaint to the LKC after the event' },
  homeBeforeConsultant: {
    amount: 4,
    unit: 'weeks',
    about: 'a child at home this long: onderwijsconsulent',
  },
  absenceHours: {
    amount: 16,
    unit: 'hours',
    about: 'unauthorised absence the school must report…',
  },
  absenceWindow: { amount: 4, unit: 'schoolWeeks', about: '…within this many school weeks' },
  absenceReport: {
    amount: 5,
    unit: 'workingDays',
    about: 'the school reports absence to DUO within',
  },
  longAbsence: { amount: 4, unit: 'weeks', about: 'absence in a row the school must also report' },
  suspensionMax: { amount: 1, unit: 'weeks', about: 'a suspension (schorsing) lasts at most' },
  suspensionReport: {
    amount: 1,
    unit: 'days',
    about: 'a suspension longer than this: the school informs the inspectie',
  },
  adultAge: { amount: 18, unit: 'age', about: 'the child decides for itself (age)' },
  youngAdultAge: { amount: 16, unit: 'age', about: 'the child gets its own say (age)' },
} as const satisfies Record<string, LegalTerm>;

export type LegalTermKey = keyof typeof legalTerms;

export const isLegalTermKey = (key: string): key is LegalTermKey => Object.hasOwn(legalTerms, key);

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Each unit in each language, by plural category (Intl.PluralRules of the language). */
const units: Record<Locale, Record<Unit, PluralForms>> = {
  nl: {
    weeks: { one: 'week', other: 'weken' },
    schoolWeeks: { one: 'schoolweek', other: 'schoolweken' },
    days: { one: 'dag', other: 'dagen' },
    workingDays: { one: 'werkdag', other: 'werkdagen' },
    hours: { one: 'uur', other: 'uur' },
    years: { one: 'jaar', other: 'jaar' },
    age: { one: 'jaar', other: 'jaar' },
  },
  en: {
    weeks: { one: 'week', other: 'weeks' },
    schoolWeeks: { one: 'school week', other: 'school weeks' },
    days: { one: 'day', other: 'days' },
    workingDays: { one: 'working day', other: 'working days' },
    hours: { one: 'hour', other: 'hours' },
    years: { one: 'year', other: 'years' },
    age: { one: 'year', other: 'years' },
  },
  ar: {
    weeks: { one: 'أسبوع', two: 'أسبوعان', few: 'أسابيع', many: 'أسبوعًا', other: 'أسبوع' },
    schoolWeeks: {
      one: 'أسبوع دراسي',
      two: 'أسبوعان دراسيان',
      few: 'أسابيع دراسية',
      many: 'أسبوعًا دراسيًا',
      other: 'أسبوع دراسي',
    },
    days: { one: 'يوم', two: 'يومان', few: 'أيام', many: 'يومًا', other: 'يوم' },
    workingDays: {
      one: 'يوم عمل',
      two: 'يوما عمل',
      few: 'أيام عمل',
      many: 'يوم عمل',
      other: 'يوم عمل',
    },
    hours: { one: 'ساعة', two: 'ساعتان', few: 'ساعات', many: 'ساعة', other: 'ساعة' },
    years: { one: 'سنة', two: 'سنتان', few: 'سنوات', many: 'سنة', other: 'سنة' },
    age: { one: 'سنة', two: 'سنتان', few: 'سنوات', many: 'سنة', other: 'سنة' },
  },
  tr: {
    weeks: { other: 'hafta' },
    schoolWeeks: { other: 'okul haftası' },
    days: { other: 'gün' },
    workingDays: { other: 'iş günü' },
    hours: { other: 'saat' },
    years: { other: 'yıl' },
    age: { other: 'yaş' },
  },
  pl: {
    weeks: { one: 'tydzień', few: 'tygodnie', many: 'tygodni', other: 'tygodnia' },
    schoolWeeks: {
      one: 'tydzień szkolny',
      few: 'tygodnie szkolne',
      many: 'tygodni szkolnych',
      other: 'tygodnia szkolnego',
    },
    days: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' },
    workingDays: {
      one: 'dzień roboczy',
      few: 'dni robocze',
      many: 'dni roboczych',
      other: 'dnia roboczego',
    },
    hours: { one: 'godzina', few: 'godziny', many: 'godzin', other: 'godziny' },
    years: { one: 'rok', few: 'lata', many: 'lat', other: 'roku' },
    age: { one: 'rok', few: 'lata', many: 'lat', other: 'roku' },
  },
  uk: {
    weeks: { one: 'тиждень', few: 'тижні', many: 'тижнів', other: 'тижня' },
    schoolWeeks: {
      one: 'навчальний тиждень',
      few: 'навчальні тижні',
      many: 'навчальних тижнів',
      other: 'навчального тижня',
    },
    days: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
    workingDays: {
      one: 'робочий день',
      few: 'робочі дні',
      many: 'робочих днів',
      other: 'робочого дня',
    },
    hours: { one: 'година', few: 'години', many: 'годин', other: 'години' },
    years: { one: 'рік', few: 'роки', many: 'років', other: 'року' },
    age: { one: 'рік', few: 'роки', many: 'років', other: 'року' },
  },
};

/** "6 weken", "6 weeks", "6 أسابيع": a term's number with its unit in a language. */
export function termText(key: LegalTermKey, lang: Locale): string {
  const { amount, unit } = legalTerms[key];
  const forms = units[lang][unit];
  const category = new Intl.PluralRules(lang).select(amount);
  return `${amount.toLocaleString(lang === 'ar' ? 'ar-u-nu-latn' : lang)} ${forms[category] ?? forms.other}`;
}
