/**
 * "Hulp bij een klacht of geschil" as a form of several pages (the form kit's
 * MultiPageForm): one question per page, in the schema's own field order
 * (complaintFieldOrder), with the short names the check-your-answers page shows. Plain
 * data, read by the Astro pages that render the form and by its script.
 */
import {
  complaintRoles,
  unknownRoute,
  type ComplaintRoute,
} from '../../../../functions/cases/intakes/complaint-schema.ts';
import {
  filingDeadline,
  parseIsoDay,
  type FilingRoute,
} from '../../../../functions/core/filing-deadlines.ts';
import { calendarDay, plainDate } from '../../../../functions/lib/dutch-dates.ts';
import { outcomes } from '../../../../functions/core/route-chooser/outcomes.ts';
import { contactChannels } from '../../../../functions/core/vocabulary.ts';
import { caseKinds } from '../../../../functions/cases/case-kinds.ts';
import type { MultiPageForm } from '../form/form-pages-core.ts';

/** The form's page under `/<slug>/`, declared once with the complaint kind. */
export const complaintPage = caseKinds.complaint.formPage;

/** Where the form's pages sit: `/<slug>/klacht` (its start page is paths.complaint). */
export const complaintBase = (slug: string) => `/${slug}/${complaintPage}`;

/** Each route in words, as the chooser's outcome pages name it, and "Weet ik niet". */
export const routeLabels: Readonly<Record<ComplaintRoute, string>> = {
  ...(Object.fromEntries(outcomes.map((outcome) => [outcome.intakeRoute, outcome.title])) as Record<
    ComplaintRoute,
    string
  >),
  [unknownRoute]: 'Weet ik niet',
};

/**
 * Who reads a complaint about the steunpunt itself (a case only its named person sees):
 * said on the start page and as the hint of that route on the route page.
 */
export const steunpuntComplaintReaders =
  'Je klacht gaat alleen naar de persoon die het steunpunt daarvoor kiest. Andere medewerkers van het steunpunt zien hem niet.';

/** The filing term of a route (the chooser's outcome says which), if it has one. */
export function filingRouteOf(route: unknown): FilingRoute | undefined {
  return outcomes.find((outcome) => outcome.intakeRoute === route)?.deadline;
}

/** The last day of this route for this date, if the route has a term and the date is real. */
export function lastDayOf(route: unknown, date: unknown) {
  const filing = filingRouteOf(route);
  const day = typeof date === 'string' ? parseIsoDay(date) : undefined;
  return filing && day ? filingDeadline(filing, day) : undefined;
}

/** "17 april 2025" for a real date; anything else as typed. */
const dateInWords = (value: string) => (parseIsoDay(value) ? plainDate(calendarDay(value)) : value);

export const complaintForm = {
  id: 'klacht',
  checkSlug: 'controleer',
  pages: [
    {
      slug: 'wie',
      fields: [{ name: 'role', label: 'Wie vraagt om hulp', options: complaintRoles }],
    },
    { slug: 'route', fields: [{ name: 'route', label: 'Route', options: routeLabels }] },
    { slug: 'over-wie', fields: [{ name: 'about', label: 'School of organisatie' }] },
    {
      slug: 'datum',
      fields: [{ name: 'decisionDate', label: 'Datum van het besluit', format: dateInWords }],
    },
    { slug: 'wat-er-gebeurde', fields: [{ name: 'whatHappened', label: 'Wat er gebeurde' }] },
    { slug: 'gesproken', fields: [{ name: 'spokenWith', label: 'Al gesproken met' }] },
    { slug: 'uitkomst', fields: [{ name: 'outcomeWanted', label: 'Wat je wilt bereiken' }] },
    {
      slug: 'hulp-bij-brief',
      fields: [{ name: 'wantsLetterHelp', label: 'Hulp bij een brief' }],
    },
    { slug: 'kind', fields: [{ name: 'childName', label: 'Naam van je kind' }] },
    {
      slug: 'contact',
      fields: [
        { name: 'name', label: 'Je naam' },
        { name: 'contactChannel', label: 'Contact via', options: contactChannels },
        { name: 'email', label: 'E-mailadres' },
        { name: 'phone', label: 'Telefoonnummer' },
        {
          name: 'reminder',
          label: 'Herinnering voor de termijn',
          // A reminder needs a last day: a route with a term, and the date it runs from.
          askedWhen: (answers) => lastDayOf(answers.route, answers.decisionDate) !== undefined,
        },
      ],
    },
    { slug: 'toestemming', fields: [{ name: 'consent', label: 'Privacyverklaring gelezen' }] },
  ],
} as const satisfies MultiPageForm;

export type ComplaintPageSlug = (typeof complaintForm.pages)[number]['slug'];

/**
 * The three boxes of a date, joined as the schema reads a date. Anything incomplete stays
 * as typed, so the schema says the date does not exist rather than the page guessing.
 */
export function joinDate(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  const two = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);
  return `${y}-${two(m)}-${two(d)}`;
}
