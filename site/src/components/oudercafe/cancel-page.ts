/**
 * "Afmelden" (`/<swv>/oudercafe/afmelden/?code=…`), opened from the link in a mail: a small
 * plain script, no React (the page is one button). Opening the page only shows the meeting
 * and the sign-up, because mail scanners open links too; the button cancels. Cancelling
 * twice is harmless: the API answers the same.
 */
import type { Locale } from '../../../../functions/core/locales.ts';
import type {
  AttendeeStatus,
  PublicMeeting,
} from '../../../../functions/meetings/meeting-schema.ts';
import { newKey, problemOf } from '../form/send-json.ts';
import { portal } from '../../lib/portal-client.ts';
import { keepQueryOnLanguageLinks } from './language-links.ts';
import { meetingSummary } from './meeting-summary.ts';
import type { OudercafeTexts } from './oudercafe-texts.ts';
import { dutch, fillNodes, pageTexts } from './page-texts.ts';
import { endSentence } from '../../../../functions/core/sentence.ts';

/** What the cancel page carries for this script, in its own language only. */
export type CancelPageTexts = Pick<OudercafeTexts['browser'], 'places' | 'summary' | 'cancel'>;

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

interface Page {
  root: HTMLElement;
  steunpuntName: string;
  agendaHref: string;
  texts: CancelPageTexts;
  lang: Locale;
}

const personsText = (page: Page, persons: number) =>
  persons === 1
    ? page.texts.cancel.personOne
    : page.texts.cancel.personMany.replace('{count}', String(persons));

function backLink(page: Page): HTMLParagraphElement {
  const paragraph = element('p', 'utrecht-paragraph');
  const link = element('a', 'utrecht-link utrecht-link--html-a', page.texts.cancel.backLink);
  link.href = page.agendaHref;
  paragraph.append(link);
  return paragraph;
}

function show(page: Page, ...children: Node[]) {
  page.root.replaceChildren(...children);
  page.root.dataset.ready = 'true';
}

function showMissing(page: Page, failed: boolean) {
  const t = page.texts.cancel;
  const status = element('p', 'utrecht-paragraph', failed ? t.loadFailed : t.linkWrong);
  status.setAttribute('role', 'status');
  show(
    page,
    element('h1', 'utrecht-heading-1', failed ? t.failedHeading : t.wrongHeading),
    status,
    backLink(page),
  );
}

function showDone(page: Page, meeting: PublicMeeting) {
  const t = page.texts.cancel;
  const heading = element('h1', 'utrecht-heading-1', t.doneHeading);
  heading.tabIndex = -1;
  const panel = element('div', 'confirmation-panel');
  panel.append(heading);
  const done = element('p', 'utrecht-paragraph');
  done.append(
    ...fillNodes(t.done, { titleSentence: dutch(endSentence(meeting.title), page.lang) }),
  );
  show(page, panel, done, backLink(page));
  document.title = `${t.doneHeading} – ${page.steunpuntName}`;
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
  const t = page.texts.cancel;
  const lead = element(
    'p',
    'utrecht-paragraph utrecht-paragraph--lead',
    signUp === 'afgemeld'
      ? t.alreadyLeft
      : (signUp === 'wachtlijst' ? t.onWaitingList : t.signedUp).replace(
          '{persons}',
          personsText(page, persons),
        ),
  );
  const parts: Node[] = [element('h1', 'utrecht-heading-1', t.heading), problem, lead];
  parts.push(meetingSummary(meeting, page.texts, page.lang, false));
  if (meeting.state === 'geannuleerd') {
    parts.push(element('p', 'utrecht-paragraph', t.cancelledNote));
  }
  if (started && meeting.state !== 'geannuleerd' && signUp !== 'afgemeld') {
    parts.push(element('p', 'utrecht-paragraph', t.startedNote));
  }
  if (canCancel) {
    const form = element('form', '');
    form.noValidate = true;
    form.setAttribute('aria-label', t.heading);
    const button = element(
      'button',
      'utrecht-button utrecht-button--primary-action utrecht-button--submit',
      t.button,
    );
    button.type = 'submit';
    form.append(element('p', 'utrecht-paragraph', t.prompt), button);
    let sending = false;
    // One key for this page's cancel request, kept for a retry.
    const key = newKey();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (sending) return;
      sending = true;
      button.textContent = t.busy;
      button.setAttribute('aria-disabled', 'true');
      problem.replaceChildren();
      void cancel(page, code, key).then((outcome) => {
        sending = false;
        button.textContent = t.button;
        button.removeAttribute('aria-disabled');
        if (outcome.kind === 'done') return showDone(page, meeting);
        if (outcome.kind === 'missing') return showMissing(page, false);
        const box = element('div', 'error-summary');
        box.append(
          element('h2', 'utrecht-heading-2 error-summary__title', t.problem),
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

async function cancel(page: Page, code: string, key: string): Promise<Outcome> {
  const failedMessage = page.texts.cancel.failed;
  try {
    // The route takes no key (cancelling twice is cancelled once); sent along all the same.
    const response = await portal.afmelding.$post(
      { json: { code, lang: page.lang } },
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
  const { texts, lang } = pageTexts<CancelPageTexts>(root);
  const page: Page = {
    root,
    steunpuntName: root.dataset.steunpunt ?? '',
    agendaHref: root.dataset.agenda ?? '../',
    texts,
    lang,
  };
  keepQueryOnLanguageLinks();
  const code = new URLSearchParams(window.location.search).get('code') ?? '';
  if (!code) return showMissing(page, false);
  try {
    const response = await portal.afmelding.$get(
      { query: { code, lang } },
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
