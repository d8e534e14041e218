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

/** The sentences for a computed deadline, in the order they are shown. */
export function deadlineSentences(deadline: FilingDeadline, left: number): string[] {
  const lines = [`Je laatste dag is ${inWords(deadline.lastDay)}.`];
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
    const update = () => {
      const from = parseIsoDay(input.value);
      if (!from) {
        result.replaceChildren();
        rule.hidden = false;
        return;
      }
      const deadline = filingDeadline(route, from);
      const paragraphs = deadlineSentences(deadline, daysLeft(today(), deadline.lastDay)).map(
        (text, index) => {
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
        },
      );
      result.replaceChildren(...paragraphs);
      rule.hidden = true;
    };
    input.addEventListener('input', update);
    input.addEventListener('change', update);
    update();
  }
}
