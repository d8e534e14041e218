/**
 * The sign-up page's behaviour (SignUpForm.astro renders it): it reads the meeting named
 * by `?id=`, shows it in the space kept for it, and sends the form through the form kit
 * with one idempotency key per draft, so a retry never books twice. A meeting that is
 * unknown, closed or cancelled, or has neither a place nor room on its waiting list,
 * replaces the form with a message: a form that can only be refused is not shown.
 */
import {
  signUpFieldOrder,
  signUpInput,
  type PublicMeeting,
  type SignUpInput,
  type SignUpResult,
} from '../../../../functions/meetings/meeting-schema.ts';
import { element, link } from '../form/dom.ts';
import { enhanceForm, schemaCheck, showConfirmation } from '../form/form-kit.ts';
import { problemOf, sendJson } from '../form/send-json.ts';
import { portal } from '../../lib/portal-client.ts';
import { meetingSummary } from './meeting-summary.ts';
import { availabilityText, fullListHelp } from './meeting-text.ts';
import { meetingDay } from '../../lib/meeting-text.ts';

const meetingRoute = portal.swv[':swv'].bijeenkomsten[':meetingId'];

const sendFailedMessage =
  'Het aanmelden is niet gelukt. Probeer het over een paar minuten opnieuw.';

interface Page {
  root: HTMLElement;
  slug: string;
  meetingId: string;
  steunpuntName: string;
  /** The steunpunt inside a sentence ("het steunpunt" without a name of its own). */
  steunpuntInText: string;
  agendaHref: string;
  audiences: Record<string, string>;
}

function paragraph(text: string, status = false): HTMLParagraphElement {
  const node = element('p', 'utrecht-paragraph', text);
  if (status) node.setAttribute('role', 'status');
  return node;
}

function agendaLink(page: Page, text: string): HTMLParagraphElement {
  const node = element('p', 'utrecht-paragraph');
  node.append(link(page.agendaHref, text));
  return node;
}

/** "Not found" is in the page already (a link without an id shows it from the start). */
function showMissing(page: Page) {
  const missing = page.root.querySelector<HTMLElement>('[data-meeting-missing]')!;
  missing.hidden = false;
  page.root.replaceChildren(missing);
}

function showFailed(page: Page) {
  page.root.replaceChildren(
    element('h1', 'utrecht-heading-1', 'Dit lukt nu niet'),
    paragraph(
      'De bijeenkomst kon niet worden geladen. Probeer het over een paar minuten opnieuw.',
      true,
    ),
    agendaLink(page, 'Bekijk alle bijeenkomsten in de agenda'),
  );
}

function showClosed(page: Page, meeting: PublicMeeting, message: string) {
  page.root.replaceChildren(
    element(
      'h1',
      'utrecht-heading-1',
      meeting.state === 'geannuleerd' ? 'Deze bijeenkomst gaat niet door' : 'Aanmelden is gesloten',
    ),
    paragraph(message, true),
    meetingSummary(meeting, page.audiences, true),
    agendaLink(page, 'Bekijk de andere bijeenkomsten in de agenda'),
  );
}

/**
 * No place and no room on the waiting list: the same words as the agenda, and how to
 * reach the steunpunt. The API's 409 still guards a list that fills after this read.
 */
function showFull(page: Page, meeting: PublicMeeting) {
  const help = fullListHelp(page.steunpuntInText);
  const contact = paragraph(`${help.intro} ${help.before} `);
  contact.append(link(help.href, help.link), ` ${help.after}`);
  page.root.replaceChildren(
    element('h1', 'utrecht-heading-1', 'Deze bijeenkomst is vol'),
    paragraph(availabilityText(meeting), true),
    contact,
    meetingSummary(meeting, page.audiences, true),
    agendaLink(page, 'Bekijk de andere bijeenkomsten in de agenda'),
  );
}

function closedMessage(meeting: PublicMeeting): string | undefined {
  if (meeting.state === 'geannuleerd') {
    return 'Deze bijeenkomst gaat niet door. Je kunt je er niet meer voor aanmelden.';
  }
  if (meeting.state === 'gesloten' || !meeting.signUpOpen) {
    return 'Aanmelden voor deze bijeenkomst kan niet meer.';
  }
  return undefined;
}

function confirmation(page: Page, result: SignUpResult, meeting: PublicMeeting, email: string) {
  const waiting = result.status === 'wachtlijst';
  const shown = result.meeting ?? meeting;
  const panel = element('div', 'confirmation-panel');
  panel.append(
    element('h1', 'utrecht-heading-1', waiting ? 'Je staat op de wachtlijst' : 'Je bent aangemeld'),
    element(
      'p',
      'confirmation-panel__reference',
      waiting && result.position
        ? `Je bent nummer ${result.position} op de wachtlijst`
        : `Voor ${shown.title} op ${meetingDay(shown.startsAt)}`,
    ),
  );
  return [
    panel,
    element('h2', 'utrecht-heading-2', 'Wat gebeurt er nu?'),
    paragraph(
      `We sturen je een e-mail naar ${email}. ${
        waiting
          ? 'Komt er een plek vrij? Dan krijg je die automatisch. Je krijgt dan ook een e-mail.'
          : 'In de e-mail zit een bestand. Daarmee zet je de bijeenkomst in je agenda.'
      }`,
    ),
    paragraph(
      'Kun je toch niet komen? Meld je dan af met de link in de e-mail. Dan kan iemand anders jouw plek krijgen.',
    ),
    meetingSummary(shown, page.audiences, false),
    agendaLink(page, 'Terug naar de agenda'),
  ];
}

/** The meeting in the space kept for it; a full meeting makes the form a waiting-list form. */
function showMeeting(page: Page, meeting: PublicMeeting) {
  const { root } = page;
  root
    .querySelector('[data-meeting-space]')!
    .replaceChildren(meetingSummary(meeting, page.audiences, true));
  if (meeting.state === 'vol') {
    const form = root.querySelector('form')!;
    root.querySelector<HTMLElement>('[data-full-note]')!.hidden = false;
    form.setAttribute('aria-label', 'Aanmelden voor de wachtlijst');
    form.querySelector('button[type="submit"]')!.textContent = 'Zet me op de wachtlijst';
  }
}

/** The form works from the start, and sends once the meeting is there (`loaded()`). */
function enhance(page: Page, loaded: () => PublicMeeting | undefined) {
  const { root } = page;
  const form = root.querySelector('form')!;
  const param = {
    swv: encodeURIComponent(page.slug),
    meetingId: encodeURIComponent(page.meetingId),
  };
  enhanceForm<SignUpInput>({
    form,
    summaryBefore: root.querySelector('[data-sign-up-form] h1')!,
    check: schemaCheck(signUpInput, signUpFieldOrder),
    body: (draft) => ({ ...draft, persons: Number(draft.persons) }),
    busyText: 'Bezig met aanmelden…',
    ready: () => loaded() !== undefined,
    async send(body, key, { value }) {
      const meeting = loaded()!;
      const answer = await sendJson(meetingRoute.aanmeldingen.$post, {
        param,
        header: { 'idempotency-key': key },
        json: body as SignUpInput,
      });
      if (answer.ok) {
        const result = answer.data;
        showConfirmation(
          root,
          confirmation(page, result, meeting, value.email),
          `${result.status === 'wachtlijst' ? 'Je staat op de wachtlijst' : 'Je bent aangemeld'} – ${page.steunpuntName}`,
        );
        return;
      }
      const problem = problemOf(answer.data);
      if (answer.status === 400 && problem.errors.length > 0) return problem.errors;
      if (answer.status === 404) return showMissing(page);
      // A full waiting list: said in the error summary, with another way to reach them.
      if (answer.status === 409 && problem.errors.length > 0) return problem.errors;
      if (answer.status === 409) {
        return showClosed(
          page,
          meeting,
          problem.message ?? 'Aanmelden voor deze bijeenkomst kan niet meer.',
        );
      }
      if (answer.status === 422) {
        return [
          {
            field: 'form',
            message:
              'Deze aanmelding is al eens met andere gegevens verstuurd. Laad de pagina opnieuw en probeer het nog een keer.',
          },
        ];
      }
      // A limit (429) says why and how else to reach the steunpunt.
      return [
        {
          field: 'form',
          message: ([400, 429].includes(answer.status) && problem.message) || sendFailedMessage,
        },
      ];
    },
  });
}

async function start(root: HTMLElement) {
  const page: Page = {
    root,
    slug: root.dataset.slug ?? '',
    meetingId: new URLSearchParams(window.location.search).get('id') ?? '',
    steunpuntName: root.dataset.steunpunt ?? '',
    steunpuntInText: root.dataset.steunpuntInText ?? 'het steunpunt',
    agendaHref: root.dataset.agenda ?? '../',
    audiences: JSON.parse(root.dataset.audiences ?? '{}') as Record<string, string>,
  };
  let meeting: PublicMeeting | undefined;
  enhance(page, () => meeting);
  try {
    if (!page.meetingId) return showMissing(page);
    const response = await meetingRoute.$get(
      {
        param: {
          swv: encodeURIComponent(page.slug),
          meetingId: encodeURIComponent(page.meetingId),
        },
      },
      { headers: { accept: 'application/json' }, init: { cache: 'no-store' } },
    );
    if (response.status === 404) return showMissing(page);
    if (!response.ok) return showFailed(page);
    const found = await response.json();
    // Before the closed check: such a meeting is not open for sign-up either.
    if (found.state === 'wachtlijst-vol') return showFull(page, found);
    const closed = closedMessage(found);
    if (closed) return showClosed(page, found, closed);
    showMeeting(page, found);
    meeting = found;
  } catch {
    showFailed(page);
  } finally {
    root.dataset.ready = 'true';
  }
}

const root = document.querySelector<HTMLElement>('[data-sign-up-page]');
if (root) void start(root);
