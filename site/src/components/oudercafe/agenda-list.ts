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
import type { Locale } from '../../../../functions/core/locales.ts';
import type { PublicMeeting } from '../../../../functions/meetings/meeting-schema.ts';
import { availabilityText, oudercafePaths } from './meeting-text.ts';
import { meetingDayIn, meetingWhenIn } from './meeting-when.ts';
import type { OudercafeTexts } from './oudercafe-texts.ts';
import { dutch, fillNodes, pageTexts } from './page-texts.ts';

type Agenda = InferResponseType<PortalClient['swv'][':swv']['bijeenkomsten']['$get'], 200>;

/** What the list says, in the page's language (MeetingList.astro puts it in the page). */
export type AgendaTexts = Pick<
  OudercafeTexts['browser'],
  'places' | 'fullList' | 'summary' | 'list'
>;

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

function fact(list: HTMLDListElement, term: string, value: string | Node) {
  const dd = element('dd', '');
  dd.append(value);
  list.append(element('dt', '', term), dd);
}

interface ListOptions {
  slug: string;
  headingLevel: number;
  brief: boolean;
  /** The steunpunt as running text names it ("het steunpunt" without a name of its own). */
  steunpunt: string;
  /** Whether that is the steunpunt's own (Dutch) name rather than the page's words for it. */
  ownName: boolean;
  texts: AgendaTexts;
  lang: Locale;
}

function meetingItem(meeting: PublicMeeting, options: ListOptions): HTMLLIElement {
  const { slug, headingLevel, brief, texts, lang } = options;
  const item = element('li', `meeting-card meeting-card--${meeting.state}`);
  const heading = element(
    headingLevel === 3 ? 'h3' : 'h2',
    `utrecht-heading-${headingLevel} meeting-card__title`,
    meeting.title,
  );
  // Staff type the title and description in Dutch.
  if (lang !== 'nl') heading.lang = 'nl';
  const state = element('p', 'meeting-card__state', availabilityText(meeting, texts.places));
  const facts = element('dl', 'meeting-card__facts');
  const t = texts.summary;
  fact(facts, t.when, meetingWhenIn(lang, meeting.startsAt, meeting.endsAt));
  fact(
    facts,
    t.where,
    meeting.locationKind === 'online' ? t.online : dutch(meeting.location ?? '', lang),
  );
  fact(facts, t.forWhom, t.audiences[meeting.audience] ?? meeting.audience);
  item.append(heading, state, facts);
  if (!brief) {
    const description = element(
      'p',
      'utrecht-paragraph meeting-card__description',
      meeting.description,
    );
    if (lang !== 'nl') description.lang = 'nl';
    item.append(description);
  }
  if (meeting.state === 'open' || meeting.state === 'vol') {
    const link = element(
      'a',
      'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action',
      meeting.state === 'vol' ? texts.list.signUpWaiting : texts.list.signUp,
    );
    link.href = oudercafePaths.signUp(slug, meeting.id, lang);
    // Several "Aanmelden" links on one page: each says which meeting it is for.
    const which = element('span', 'visually-hidden', ' – ');
    which.append(dutch(meeting.title, lang), `, ${meetingDayIn(lang, meeting.startsAt)}`);
    link.append(which);
    item.append(link);
  }
  // No place and no room on the list: no link to a form that can only refuse, but the
  // way to reach the steunpunt.
  if (meeting.state === 'wachtlijst-vol') item.append(fullListParagraph(options));
  return item;
}

function fullListParagraph(options: ListOptions): HTMLParagraphElement {
  const { texts, lang } = options;
  const help = texts.fullList;
  const steunpunt = options.ownName ? dutch(options.steunpunt, lang) : options.steunpunt;
  const paragraph = element('p', 'utrecht-paragraph meeting-card__full');
  paragraph.append(...fillNodes(help.intro, { steunpunt }), ` ${help.before} `);
  const link = element('a', 'utrecht-link utrecht-link--html-a', help.link);
  link.href = '#contact';
  paragraph.append(link, ` ${help.after}`);
  return paragraph;
}

async function fill(root: HTMLElement) {
  const slug = root.dataset.swv ?? '';
  const limit = Number(root.dataset.limit ?? '0');
  const { texts, lang } = pageTexts<AgendaTexts>(root);
  const messages = texts.list;
  const options: ListOptions = {
    slug,
    headingLevel: Number(root.dataset.headingLevel ?? '3'),
    brief: root.dataset.brief === 'true',
    steunpunt: root.dataset.steunpunt ?? '',
    ownName: root.dataset.ownName === 'true',
    texts,
    lang,
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
