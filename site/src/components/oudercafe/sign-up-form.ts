/**
 * The sign-up page's behaviour (SignUpForm.astro renders it): it reads the meeting named
 * by `?id=`, shows it in the space kept for it, and sends the form through the form kit
 * with one idempotency key per draft, so a retry never books twice. A meeting that is
 * unknown, closed or cancelled, or has neither a place nor room on its waiting list,
 * replaces the form with a message: a form that can only be refused is not shown.
 */
import type { FieldMessages } from '../../../../functions/core/field-messages.ts';
import type { Locale } from '../../../../functions/core/locales.ts';
import type { SignUpMessages } from '../../../../functions/meetings/meeting-messages.ts';
import type {
  PublicMeeting,
  SignUpInput,
  SignUpResult,
} from '../../../../functions/meetings/meeting-schema.ts';
import { signUpFieldOrder, signUpInputIn } from '../../../../functions/meetings/sign-up-input.ts';
import { element, link } from '../form/dom.ts';
import { enhanceForm, schemaCheck, showConfirmation } from '../form/form-kit.ts';
import { problemOf, sendJson } from '../form/send-json.ts';
import { portal } from '../../lib/portal-client.ts';
import { meetingSummary } from './meeting-summary.ts';
import { availabilityText } from './meeting-text.ts';
import { meetingDayIn } from './meeting-when.ts';
import type { OudercafeTexts } from './oudercafe-texts.ts';
import { dutch, fillNodes, pageTexts } from './page-texts.ts';
import { keepQueryOnLanguageLinks } from './language-links.ts';

const meetingRoute = portal.swv[':swv'].bijeenkomsten[':meetingId'];

/** What the sign-up page carries for this script, in its own language only. */
export type SignUpPageTexts = Pick<
  OudercafeTexts['browser'],
  'places' | 'fullList' | 'summary' | 'signUp'
> & { messages: SignUpMessages; fields: FieldMessages };

interface Page {
  root: HTMLElement;
  slug: string;
  meetingId: string;
  steunpuntName: string;
  /** The steunpunt inside a sentence ("het steunpunt" without a name of its own). */
  steunpuntInText: string;
  /** Whether that is the steunpunt's own (Dutch) name. */
  ownName: boolean;
  agendaHref: string;
  texts: SignUpPageTexts;
  lang: Locale;
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
  const t = page.texts.signUp;
  page.root.replaceChildren(
    element('h1', 'utrecht-heading-1', t.failedHeading),
    paragraph(t.failedText, true),
    agendaLink(page, t.allMeetings),
  );
}

function showClosed(page: Page, meeting: PublicMeeting, message: string) {
  const t = page.texts.signUp;
  page.root.replaceChildren(
    element(
      'h1',
      'utrecht-heading-1',
      meeting.state === 'geannuleerd' ? t.cancelledHeading : t.closedHeading,
    ),
    paragraph(message, true),
    meetingSummary(meeting, page.texts, page.lang, true),
    agendaLink(page, t.otherMeetings),
  );
}

/**
 * No place and no room on the waiting list: the same words as the agenda, and how to
 * reach the steunpunt. The API's 409 still guards a list that fills after this read.
 */
function showFull(page: Page, meeting: PublicMeeting) {
  const help = page.texts.fullList;
  const steunpunt = page.ownName ? dutch(page.steunpuntInText, page.lang) : page.steunpuntInText;
  const contact = paragraph('');
  contact.append(...fillNodes(help.intro, { steunpunt }), ` ${help.before} `);
  contact.append(link('#contact', help.link), ` ${help.after}`);
  page.root.replaceChildren(
    element('h1', 'utrecht-heading-1', page.texts.signUp.fullHeading),
    paragraph(availabilityText(meeting, page.texts.places), true),
    contact,
    meetingSummary(meeting, page.texts, page.lang, true),
    agendaLink(page, page.texts.signUp.otherMeetings),
  );
}

function closedMessage(page: Page, meeting: PublicMeeting): string | undefined {
  if (meeting.state === 'geannuleerd') return page.texts.signUp.cancelledText;
  if (meeting.state === 'gesloten' || !meeting.signUpOpen) return page.texts.signUp.closedText;
  return undefined;
}

function confirmation(page: Page, result: SignUpResult, meeting: PublicMeeting, email: string) {
  const t = page.texts.signUp;
  const waiting = result.status === 'wachtlijst';
  const shown = result.meeting ?? meeting;
  const panel = element('div', 'confirmation-panel');
  const reference = element('p', 'confirmation-panel__reference');
  reference.append(
    ...(waiting && result.position
      ? [t.waitingNumber.replace('{position}', String(result.position))]
      : fillNodes(t.forMeeting, {
          title: dutch(shown.title, page.lang),
          day: meetingDayIn(page.lang, shown.startsAt),
        })),
  );
  panel.append(
    element('h1', 'utrecht-heading-1', waiting ? t.waitingHeading : t.confirmedHeading),
    reference,
  );
  return [
    panel,
    element('h2', 'utrecht-heading-2', t.nextHeading),
    paragraph(
      `${t.mailSent.replace('{email}', email)} ${waiting ? t.waitingNext : t.confirmedNext}`,
    ),
    paragraph(t.cancelLater),
    meetingSummary(shown, page.texts, page.lang, false),
    agendaLink(page, t.backToAgenda),
  ];
}

/** The meeting in the space kept for it; a full meeting makes the form a waiting-list form. */
function showMeeting(page: Page, meeting: PublicMeeting) {
  const { root } = page;
  root
    .querySelector('[data-meeting-space]')!
    .replaceChildren(meetingSummary(meeting, page.texts, page.lang, true));
  if (meeting.state === 'vol') {
    const form = root.querySelector('form')!;
    root.querySelector<HTMLElement>('[data-full-note]')!.hidden = false;
    form.setAttribute('aria-label', page.texts.signUp.waitingFormLabel);
    form.querySelector('button[type="submit"]')!.textContent = page.texts.signUp.waitingSubmit;
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
  const t = page.texts.signUp;
  enhanceForm<SignUpInput>({
    form,
    summaryBefore: root.querySelector('[data-sign-up-form] h1')!,
    // The API's own schema, with this page's language's messages.
    check: schemaCheck(signUpInputIn(page.texts.messages, page.texts.fields), signUpFieldOrder),
    body: (draft) => ({ ...draft, persons: Number(draft.persons), lang: page.lang }),
    busyText: t.busy,
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
          `${result.status === 'wachtlijst' ? t.waitingHeading : t.confirmedHeading} – ${page.steunpuntName}`,
        );
        return;
      }
      const problem = problemOf(answer.data);
      if (answer.status === 400 && problem.errors.length > 0) return problem.errors;
      if (answer.status === 404) return showMissing(page);
      // A full waiting list: said in the error summary, with another way to reach them.
      if (answer.status === 409 && problem.errors.length > 0) return problem.errors;
      if (answer.status === 409) {
        return showClosed(page, meeting, problem.message ?? t.closedText);
      }
      if (answer.status === 422) return [{ field: 'form', message: t.keyReused }];
      // A limit (429) says why and how else to reach the steunpunt.
      return [
        {
          field: 'form',
          message: ([400, 429].includes(answer.status) && problem.message) || t.sendFailed,
        },
      ];
    },
  });
}

async function start(root: HTMLElement) {
  const { texts, lang } = pageTexts<SignUpPageTexts>(root);
  const page: Page = {
    root,
    slug: root.dataset.slug ?? '',
    meetingId: new URLSearchParams(window.location.search).get('id') ?? '',
    steunpuntName: root.dataset.steunpunt ?? '',
    steunpuntInText: root.dataset.steunpuntInText ?? '',
    ownName: root.dataset.ownName === 'true',
    agendaHref: root.dataset.agenda ?? '../',
    texts,
    lang,
  };
  keepQueryOnLanguageLinks();
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
    const closed = closedMessage(page, found);
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
