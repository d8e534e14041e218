/**
 * What the route chooser's deadline calculator says about a computed deadline, in one
 * language (issue #14). Pure and without a catalog of its own: the page hands the browser
 * only its own language's `DeadlineTexts` (filled in at build time, the legal terms from
 * legal-terms.ts), so no page ships the texts of six languages.
 */
import type { FilingDeadline, FilingRoute } from '../filing-deadlines.ts';
import type { LegalTermKey } from '../legal-terms.ts';
import { intlLocale, longDateIn } from '../locale-dates.ts';
import type { Locale } from '../locales.ts';

/** The legal term each filing route names ("6 weken"), from legal-terms.ts. */
export const termOfRoute: Record<FilingRoute, LegalTermKey> = {
  bezwaar: 'objection',
  gpo: 'gpoFiling',
  lkc: 'lkcFiling',
};

/** Texts by plural category of the language (Intl.PluralRules); `{days}` is the number. */
export type PluralTexts = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every reason the Algemene termijnenwet gives for moving a term's last day
 * (termijnenwet-days.ts `atwRestDay`), as it gives them: the key of each translation.
 */
export const restDayReasons = [
  'zaterdag',
  'zondag',
  'Goede Vrijdag',
  'Nieuwjaarsdag',
  'Eerste Paasdag',
  'Tweede Paasdag',
  'Koningsdag',
  'Bevrijdingsdag',
  'Hemelvaartsdag',
  'Eerste Pinksterdag',
  'Tweede Pinksterdag',
  'Eerste Kerstdag',
  'Tweede Kerstdag',
  'door de regering vastgestelde vrije dag',
] as const;
export type RestDayReason = (typeof restDayReasons)[number];

export interface DeadlineTexts {
  /** The language: dates and numbers as locale-dates.ts writes them (Arabic, Latin digits). */
  lang: Locale;
  /** `{date}`: the last day, written out. */
  lastDay: string;
  passed: string;
  today: string;
  /** `{days}`: the days left (2 or more; 1 has the `one` form where the language has it). */
  daysLeft: PluralTexts;
  /** `{term}`, `{date}`, `{reason}`: why the bezwaar's last day moved. */
  moved: string;
  sendBezwaar: string;
  calendarUnknown: string;
  /** `{term}`: the GPO's six weeks. */
  gpoSafe: string;
  restDays: Record<RestDayReason, string>;
}

/** The placeholders in braces filled in; one line, so the browser needs no other module. */
export const fillIn = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );

/** "maandag 2 juni 2025", in the language, on the calendar day in Amsterdam. */
const longDay = (lang: Locale, day: FilingDeadline['lastDay']) =>
  longDateIn(lang, new Date(Date.UTC(day.year, day.month - 1, day.day, 12)));

const restDayIn = (texts: DeadlineTexts, reason: string) =>
  Object.hasOwn(texts.restDays, reason) ? texts.restDays[reason as RestDayReason] : reason;

/** The readout's first line: "Je laatste dag is maandag 2 juni 2025." */
export const lastDayIn = (texts: DeadlineTexts, deadline: FilingDeadline) =>
  fillIn(texts.lastDay, { date: longDay(texts.lang, deadline.lastDay) });

/**
 * The sentences for a computed deadline, in the order they are shown. `term` is the
 * route's legal term in the language ("6 weken"), from legal-terms.ts.
 */
export function deadlineSentencesIn(
  texts: DeadlineTexts,
  deadline: FilingDeadline,
  left: number,
  term: string,
): string[] {
  const lines = [lastDayIn(texts, deadline)];
  if (left < 0) return [...lines, texts.passed];
  if (left === 0) lines.push(texts.today);
  else {
    const category = new Intl.PluralRules(intlLocale(texts.lang)).select(left);
    const number = left.toLocaleString(intlLocale(texts.lang));
    lines.push(fillIn(texts.daysLeft[category] ?? texts.daysLeft.other, { days: number }));
  }
  if (deadline.route === 'bezwaar') {
    for (const skipped of deadline.skipped.slice(0, 1)) {
      lines.push(
        fillIn(texts.moved, {
          term,
          date: longDay(texts.lang, skipped.day),
          reason: restDayIn(texts, skipped.reason),
        }),
      );
    }
    lines.push(texts.sendBezwaar);
    if (!deadline.calendarKnown) lines.push(texts.calendarUnknown);
  }
  if (deadline.route === 'gpo') lines.push(fillIn(texts.gpoSafe, { term }));
  return lines;
}
