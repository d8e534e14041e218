/**
 * The route chooser's deadline, computed in the browser as soon as a date is entered: the
 * same pure module as the server (filing-deadlines.ts), written out in the page's language
 * with the texts the page carries (`data-deadline-texts` on the section, JSON, one language
 * only). Plain DOM, no framework: the page works without it, this only makes
 * it quicker.
 */
import {
  daysLeft,
  filingDeadline,
  filingRoutes,
  parseIsoDay,
  type FilingRoute,
} from '../../../../functions/core/filing-deadlines.ts';
import {
  deadlineSentencesIn,
  type DeadlineTexts,
} from '../../../../functions/core/route-chooser/deadline-words.ts';
import { paragraphsOf, today } from './deadline-readout.ts';

/** What the page hands the script: its language's texts and the route's term in it. */
export interface DeadlinePayload {
  texts: DeadlineTexts;
  term: string;
}

/** The help link to the intake carries the date, so the intake's date page starts with it. */
function withDate(help: HTMLAnchorElement, date: string | undefined) {
  const url = new URL(help.href);
  if (date) url.searchParams.set('datum', date);
  else url.searchParams.delete('datum');
  help.href = `${url.pathname}${url.search}`;
}

export function showDeadlines() {
  for (const section of document.querySelectorAll<HTMLElement>('[data-deadline]')) {
    const route = section.dataset.deadline as FilingRoute;
    if (!filingRoutes.includes(route)) continue;
    const rule = section.querySelector<HTMLElement>('[data-deadline-rule]');
    const form = section.querySelector<HTMLElement>('[data-deadline-form]');
    const input = section.querySelector<HTMLInputElement>('input[type="date"]');
    const result = section.querySelector<HTMLElement>('[data-deadline-result]');
    const payloadText = section.dataset.deadlineTexts;
    if (!rule || !form || !input || !result || !payloadText) continue;
    const { texts, term } = JSON.parse(payloadText) as DeadlinePayload;
    form.hidden = false;
    const help = document.querySelector<HTMLAnchorElement>('a[data-help-link]');
    const update = () => {
      const from = parseIsoDay(input.value);
      if (help) withDate(help, from ? input.value : undefined);
      if (!from) {
        result.replaceChildren();
        rule.hidden = false;
        return;
      }
      const deadline = filingDeadline(route, from);
      const left = daysLeft(today(), deadline.lastDay);
      result.replaceChildren(...paragraphsOf(deadlineSentencesIn(texts, deadline, left, term)));
      rule.hidden = true;
    };
    input.addEventListener('input', update);
    input.addEventListener('change', update);
    update();
  }
}
