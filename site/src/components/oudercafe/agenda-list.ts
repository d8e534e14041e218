/**
 * The live meeting list on the agenda and the SWV's home page: a small plain script (no
 * React) that asks the API for the upcoming meetings and writes them into the list.
 * Places change all the time, so the list is never part of the static page. A status
 * line (a live region) says when it is loading, failed or empty.
 *
 * It is on every SWV's home page, so it calls the API with a plain fetch rather than the
 * typed client's runtime (about 2 KB gzip, more than this whole script); the answer is
 * still typed from the server's route.
 */
import type { InferResponseType } from 'hono/client';
import type { PortalClient } from '../../lib/portal-client.ts';
import type { PublicMeeting } from '../../../../functions/meetings/meeting-schema.ts';
import { meetingDay, meetingWhen, meetingWhere } from '../../lib/meeting-text.ts';
import { availabilityText, fullListHelp, oudercafePaths } from './meeting-text.ts';

type Agenda = InferResponseType<PortalClient['swv'][':swv']['bijeenkomsten']['$get'], 200>;

const messages = {
  loading: 'De bijeenkomsten worden geladen…',
  failed: 'De bijeenkomsten konden niet worden geladen. Probeer het later opnieuw.',
  empty: 'Er staan nu geen bijeenkomsten in de agenda.',
};

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

function fact(list: HTMLDListElement, term: string, value: string) {
  list.append(element('dt', '', term), element('dd', '', value));
}

interface ListOptions {
  slug: string;
  headingLevel: number;
  brief: boolean;
  /** The steunpunt as running text names it ("het steunpunt" without a name of its own). */
  steunpunt: string;
  /** The audience labels of the schema, put in the page at build time (no zod in here). */
  audiences: Record<string, string>;
}

function meetingItem(meeting: PublicMeeting, options: ListOptions): HTMLLIElement {
  const { slug, headingLevel, brief, audiences } = options;
  const item = element('li', `meeting-card meeting-card--${meeting.state}`);
  const heading = element(
    headingLevel === 3 ? 'h3' : 'h2',
    `utrecht-heading-${headingLevel} meeting-card__title`,
    meeting.title,
  );
  const state = element('p', 'meeting-card__state', availabilityText(meeting));
  const facts = element('dl', 'meeting-card__facts');
  fact(facts, 'Wanneer', meetingWhen(meeting.startsAt, meeting.endsAt));
  fact(facts, 'Waar', meetingWhere(meeting));
  fact(facts, 'Voor wie', audiences[meeting.audience] ?? meeting.audience);
  item.append(heading, state, facts);
  if (!brief) {
    item.append(element('p', 'utrecht-paragraph meeting-card__description', meeting.description));
  }
  if (meeting.state === 'open' || meeting.state === 'vol') {
    const link = element(
      'a',
      'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action',
      meeting.state === 'vol' ? 'Aanmelden voor de wachtlijst' : 'Aanmelden',
    );
    link.href = oudercafePaths.signUp(slug, meeting.id);
    // Several "Aanmelden" links on one page: each says which meeting it is for.
    link.append(
      element('span', 'visually-hidden', ` – ${meeting.title}, ${meetingDay(meeting.startsAt)}`),
    );
    item.append(link);
  }
  // No place and no room on the list: no link to a form that can only refuse, but the
  // way to reach the steunpunt.
  if (meeting.state === 'wachtlijst-vol') item.append(fullListParagraph(options.steunpunt));
  return item;
}

function fullListParagraph(steunpunt: string): HTMLParagraphElement {
  const help = fullListHelp(steunpunt);
  const paragraph = element(
    'p',
    'utrecht-paragraph meeting-card__full',
    `${help.intro} ${help.before} `,
  );
  const link = element('a', 'utrecht-link utrecht-link--html-a', help.link);
  link.href = help.href;
  paragraph.append(link, ` ${help.after}`);
  return paragraph;
}

async function fill(root: HTMLElement) {
  const slug = root.dataset.swv ?? '';
  const limit = Number(root.dataset.limit ?? '0');
  const options: ListOptions = {
    slug,
    headingLevel: Number(root.dataset.headingLevel ?? '3'),
    brief: root.dataset.brief === 'true',
    steunpunt: root.dataset.steunpunt ?? 'het steunpunt',
    audiences: JSON.parse(root.dataset.audiences ?? '{}') as Record<string, string>,
  };
  const list = root.querySelector<HTMLUListElement>('[data-meeting-items]');
  const status = root.querySelector<HTMLElement>('[data-meeting-status]');
  const failedHelp = root.querySelector<HTMLElement>('[data-meeting-failed]');
  if (!list || !status) return;
  status.textContent = messages.loading;
  root.setAttribute('aria-busy', 'true');
  let meetings: PublicMeeting[];
  try {
    const response = await fetch(`/api/swv/${encodeURIComponent(slug)}/bijeenkomsten`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const body = (await response.json()) as Agenda;
    meetings = Array.isArray(body.meetings) ? body.meetings : [];
  } catch {
    status.textContent = messages.failed;
    if (failedHelp) failedHelp.hidden = false;
    root.removeAttribute('aria-busy');
    root.dataset.state = 'failed';
    return;
  }
  const shown = limit > 0 ? meetings.slice(0, limit) : meetings;
  list.replaceChildren(...shown.map((m) => meetingItem(m, options)));
  list.hidden = shown.length === 0;
  status.textContent = shown.length === 0 ? messages.empty : '';
  root.removeAttribute('aria-busy');
  root.dataset.state = shown.length === 0 ? 'empty' : 'ready';
}

for (const root of document.querySelectorAll<HTMLElement>('[data-meeting-list]')) {
  void fill(root);
}
