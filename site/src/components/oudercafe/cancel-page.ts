/**
 * "Afmelden" (`/<swv>/oudercafe/afmelden/?code=…`), opened from the link in a mail: a small
 * plain script, no React (the page is one button). Opening the page only shows the meeting
 * and the sign-up, because mail scanners open links too; the button cancels. Cancelling
 * twice is harmless: the API answers the same.
 */
import type {
  AttendeeStatus,
  PublicMeeting,
} from '../../../../functions/meetings/meeting-schema.ts';
import { newKey, problemOf } from '../form/send-json.ts';
import { portal } from '../../lib/portal-client.ts';
import { meetingSummary } from './meeting-summary.ts';
import { endSentence } from '../../../../functions/core/sentence.ts';

const failedMessage = 'Het afmelden is niet gelukt. Probeer het over een paar minuten opnieuw.';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const personsText = (persons: number) => (persons === 1 ? '1 persoon' : `${persons} personen`);

interface Page {
  root: HTMLElement;
  steunpuntName: string;
  agendaHref: string;
  audiences: Record<string, string>;
}

function backLink(page: Page): HTMLParagraphElement {
  const paragraph = element('p', 'utrecht-paragraph');
  const link = element(
    'a',
    'utrecht-link utrecht-link--html-a',
    'Bekijk de bijeenkomsten in de agenda',
  );
  link.href = page.agendaHref;
  paragraph.append(link);
  return paragraph;
}

function show(page: Page, ...children: Node[]) {
  page.root.replaceChildren(...children);
  page.root.dataset.ready = 'true';
}

function showMissing(page: Page, failed: boolean) {
  const status = element(
    'p',
    'utrecht-paragraph',
    failed
      ? 'We konden je aanmelding niet laden. Probeer het over een paar minuten opnieuw.'
      : 'Misschien is de link niet helemaal goed overgenomen, of is de bijeenkomst al lang geleden. Gebruik de link uit je bevestigingsmail, of neem contact op met het steunpunt.',
  );
  status.setAttribute('role', 'status');
  show(
    page,
    element('h1', 'utrecht-heading-1', failed ? 'Dit lukt nu niet' : 'Deze afmeldlink werkt niet'),
    status,
    backLink(page),
  );
}

function showDone(page: Page, meeting: PublicMeeting) {
  const heading = element('h1', 'utrecht-heading-1', 'Je bent afgemeld');
  heading.tabIndex = -1;
  const panel = element('div', 'confirmation-panel');
  panel.append(heading);
  show(
    page,
    panel,
    element(
      'p',
      'utrecht-paragraph',
      `Je komt niet naar ${endSentence(meeting.title)} Dank je wel dat je het laat weten. Iemand anders kan nu jouw plek krijgen.`,
    ),
    backLink(page),
  );
  document.title = `Je bent afgemeld – ${page.steunpuntName}`;
  heading.focus();
}

function showBooking(
  page: Page,
  code: string,
  meeting: PublicMeeting,
  signUp: AttendeeStatus,
  persons: number,
) {
  const started = new Date(meeting.startsAt).getTime() <= Date.now();
  const canCancel = signUp !== 'afgemeld' && meeting.state !== 'geannuleerd' && !started;
  // Always in the page, so a screen reader announces the problem when it appears.
  const problem = element('div', '');
  problem.tabIndex = -1;
  problem.setAttribute('role', 'alert');
  const lead = element(
    'p',
    'utrecht-paragraph utrecht-paragraph--lead',
    signUp === 'afgemeld'
      ? 'Je bent al afgemeld voor deze bijeenkomst.'
      : signUp === 'wachtlijst'
        ? `Je staat op de wachtlijst voor deze bijeenkomst (${personsText(persons)}).`
        : `Je bent aangemeld voor deze bijeenkomst (${personsText(persons)}).`,
  );
  const parts: Node[] = [element('h1', 'utrecht-heading-1', 'Afmelden'), problem, lead];
  parts.push(meetingSummary(meeting, page.audiences, false));
  if (meeting.state === 'geannuleerd') {
    parts.push(
      element(
        'p',
        'utrecht-paragraph',
        'Deze bijeenkomst gaat niet door. Je hoeft je niet af te melden.',
      ),
    );
  }
  if (started && meeting.state !== 'geannuleerd' && signUp !== 'afgemeld') {
    parts.push(
      element('p', 'utrecht-paragraph', 'Deze bijeenkomst is al begonnen. Afmelden kan niet meer.'),
    );
  }
  if (canCancel) {
    const form = element('form', '');
    form.noValidate = true;
    form.setAttribute('aria-label', 'Afmelden');
    const button = element(
      'button',
      'utrecht-button utrecht-button--primary-action utrecht-button--submit',
      'Afmelden',
    );
    button.type = 'submit';
    form.append(
      element(
        'p',
        'utrecht-paragraph',
        'Kun je niet komen? Meld je dan af. Iemand anders kan dan jouw plek krijgen.',
      ),
      button,
    );
    let sending = false;
    // One key for this page's cancel request, kept for a retry.
    const key = newKey();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (sending) return;
      sending = true;
      button.textContent = 'Bezig met afmelden…';
      button.setAttribute('aria-disabled', 'true');
      problem.replaceChildren();
      void cancel(code, key).then((outcome) => {
        sending = false;
        button.textContent = 'Afmelden';
        button.removeAttribute('aria-disabled');
        if (outcome.kind === 'done') return showDone(page, meeting);
        if (outcome.kind === 'missing') return showMissing(page, false);
        const box = element('div', 'error-summary');
        box.append(
          element('h2', 'utrecht-heading-2 error-summary__title', 'Er is een probleem'),
          element('p', 'utrecht-paragraph error-summary__text', outcome.message),
        );
        problem.replaceChildren(box);
        problem.focus();
      });
    });
    parts.push(form);
  }
  parts.push(backLink(page));
  show(page, ...parts);
}

type Outcome = { kind: 'done' } | { kind: 'missing' } | { kind: 'problem'; message: string };

async function cancel(code: string, key: string): Promise<Outcome> {
  try {
    // The route takes no key (cancelling twice is cancelled once); sent along all the same.
    const response = await portal.afmelding.$post(
      { json: { code } },
      { headers: { 'idempotency-key': key } },
    );
    if (response.ok) return { kind: 'done' };
    if (response.status === 404) return { kind: 'missing' };
    const data: unknown = await response.json().catch(() => null);
    return {
      kind: 'problem',
      message: response.status < 500 ? (problemOf(data).message ?? failedMessage) : failedMessage,
    };
  } catch {
    return { kind: 'problem', message: failedMessage };
  }
}

async function start(root: HTMLElement) {
  const page: Page = {
    root,
    steunpuntName: root.dataset.steunpunt ?? '',
    agendaHref: root.dataset.agenda ?? '../',
    audiences: JSON.parse(root.dataset.audiences ?? '{}') as Record<string, string>,
  };
  const code = new URLSearchParams(window.location.search).get('code') ?? '';
  if (!code) return showMissing(page, false);
  try {
    const response = await portal.afmelding.$get(
      { query: { code } },
      { headers: { accept: 'application/json' }, init: { cache: 'no-store' } },
    );
    // A malformed code is refused by the query check (400), which the route does not declare.
    const status: number = response.status;
    if (status === 404 || status === 400) return showMissing(page, false);
    if (!response.ok) return showMissing(page, true);
    const data = await response.json();
    showBooking(page, code, data.meeting, data.status, data.persons);
  } catch {
    showMissing(page, true);
  }
}

const root = document.querySelector<HTMLElement>('[data-cancel-page]');
if (root) void start(root);
