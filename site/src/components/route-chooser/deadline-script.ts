/**
 * The route chooser's deadline, computed in the browser as soon as a date is entered: the
 * same pure module as the server (filing-deadlines.ts), written out with dutch-dates.ts.
 * Plain DOM, no framework: the page works without it, this only makes it quicker.
 */
import {
  daysLeft,
  filingDeadline,
  filingRoutes,
  isoDay,
  parseIsoDay,
  type FilingDeadline,
  type FilingRoute,
} from '../../../../functions/core/filing-deadlines.ts';
import { calendarDay, longDate, timeZone } from '../../../../functions/lib/dutch-dates.ts';

const inWords = (day: FilingDeadline['lastDay']) => longDate(calendarDay(isoDay(day)));

/** Today in Amsterdam, as a calendar day. */
function today() {
  const text = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  return parseIsoDay(text)!;
}

/** "Je laatste dag is maandag 2 juni 2025.": the readout's first line, also on its own. */
export const lastDaySentence = (deadline: FilingDeadline) =>
  `Je laatste dag is ${inWords(deadline.lastDay)}.`;

/** The sentences for a computed deadline, in the order they are shown. */
export function deadlineSentences(deadline: FilingDeadline, left: number): string[] {
  const lines = [lastDaySentence(deadline)];
  if (left < 0) {
    lines.push(
      'Die dag is al voorbij. Soms kan het toch nog: een late aanvraag wordt soms nog aangenomen als je goed uitlegt waarom je te laat bent. Vraag het steunpunt om hulp.',
    );
    return lines;
  }
  lines.push(
    left === 0
      ? 'Vandaag is je laatste dag.'
      : left === 1
        ? 'Je hebt nog 1 dag.'
        : `Je hebt nog ${left} dagen.`,
  );
  if (deadline.route === 'bezwaar') {
    for (const skipped of deadline.skipped.slice(0, 1)) {
      lines.push(
        `De 6 weken eindigen eigenlijk op ${inWords(skipped.day)}. Dat is een ${skipped.reason}. Daarom schuift je laatste dag op.`,
      );
    }
    lines.push(
      'Stuur je je bezwaar per e-mail? Dan moet het binnen zijn voor het einde van die dag. Doe je een brief op tijd op de post? Dan mag die tot een week later aankomen.',
    );
    if (!deadline.calendarKnown) {
      lines.push(
        'Welke vrije dagen de overheid dat jaar nog toevoegt, weten we nog niet. Kijk de datum later nog eens na.',
      );
    }
  }
  if (deadline.route === 'gpo') {
    lines.push('Dit is de veilige datum: precies 6 weken, zonder verlenging.');
  }
  return lines;
}

/**
 * The computed deadline as paragraphs, the first (the last day) in bold: the chooser's
 * calculator and the complaint intake's date page show the same readout.
 */
export function deadlineParagraphs(route: FilingRoute, from: FilingDeadline['lastDay']) {
  const deadline = filingDeadline(route, from);
  return deadlineSentences(deadline, daysLeft(today(), deadline.lastDay)).map((text, index) => {
    const paragraph = document.createElement('p');
    paragraph.className = 'utrecht-paragraph';
    if (index === 0) {
      const strong = document.createElement('strong');
      strong.textContent = text;
      paragraph.append(strong);
    } else {
      paragraph.textContent = text;
    }
    return paragraph;
  });
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
    if (!rule || !form || !input || !result) continue;
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
      result.replaceChildren(...deadlineParagraphs(route, from));
      rule.hidden = true;
    };
    input.addEventListener('input', update);
    input.addEventListener('change', update);
    update();
  }
}
