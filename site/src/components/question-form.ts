/**
 * The question form's behaviour (QuestionForm.astro renders it): the steunpunt's own topic
 * list, the checks and the sending through the form kit, and the confirmation with the
 * reference and the date by which the steunpunt answers. A draft is posted with one idempotency key, so that a retry of the same draft
 * is never stored twice.
 */
import type { InferRequestType } from 'hono/client';
import {
  questionFieldOrder,
  questionInput,
} from '../../../functions/cases/intakes/question-schema.ts';
import type { PublicTopics } from '../../../functions/topics/topic-schema.ts';
import { longDate } from '../../../functions/lib/dutch-dates.ts';
import { element, link } from './form/dom.ts';
import { enhanceForm, schemaCheck, showConfirmation, type Draft } from './form/form-kit.ts';
import { failureErrors, sendJson } from './form/send-json.ts';
import { portal } from '../lib/portal-client.ts';

const ask = portal.swv[':swv'].vragen.$post;

const channelSentence: Record<string, (steunpunt: string) => string> = {
  email: (steunpunt) => `Een medewerker van ${steunpunt} stuurt je een e-mail.`,
  telefoon: (steunpunt) =>
    `Een medewerker van ${steunpunt} belt je op het telefoonnummer dat je hebt gegeven.`,
  whatsapp: (steunpunt) => `Een medewerker van ${steunpunt} stuurt je een bericht via WhatsApp.`,
};

interface Page {
  root: HTMLElement;
  slug: string;
  steunpuntName: string;
  homeHref: string;
}

/** The topics the steunpunt offers on this SWV's form, or undefined if they could not be read. */
async function loadTopics(slug: string): Promise<{ key: string; label: string }[] | undefined> {
  try {
    const response = await portal.swv[':swv'].onderwerpen.$get(
      { param: { swv: encodeURIComponent(slug) } },
      { headers: { accept: 'application/json' } },
    );
    if (!response.ok) return undefined;
    const data = (await response.json()) as Partial<PublicTopics> | null;
    const list = Array.isArray(data?.topics) ? data.topics : [];
    const valid = list.filter(
      (topic) => typeof topic?.key === 'string' && typeof topic.label === 'string',
    );
    return valid.length > 0 ? valid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The national list is in the page itself; the steunpunt's own list replaces it when read.
 * A topic chosen before the list came in stays chosen (the API still takes it).
 */
async function useOwnTopics(select: HTMLSelectElement, slug: string) {
  const loaded = await loadTopics(slug);
  if (!loaded) return;
  const chosen = select.selectedOptions[0];
  const placeholder = select.options[0]!;
  const options = loaded.map(({ key, label }) => new Option(label, key));
  if (chosen?.value && !loaded.some((topic) => topic.key === chosen.value)) options.push(chosen);
  select.replaceChildren(placeholder, ...options);
  select.value = chosen?.value ?? '';
}

/** What the API answered: the reference and the moment the steunpunt answers by. */
interface Received {
  reference?: string | undefined;
  dueAt?: string | undefined;
}

/** "vrijdag 11 december 2026", in Amsterdam; nothing for a date the page cannot read. */
function dueDate(dueAt: string | undefined): string | undefined {
  return dueAt && !Number.isNaN(Date.parse(dueAt)) ? longDate(new Date(dueAt)) : undefined;
}

function confirmation(page: Page, draft: Draft, { reference, dueAt }: Received): Node[] {
  const { steunpuntName } = page;
  const panel = element('div', 'confirmation-panel');
  panel.append(element('h1', 'utrecht-heading-1', 'Je vraag is verstuurd'));
  const name = String(draft.name ?? '').trim();
  panel.append(
    element(
      'p',
      'confirmation-panel__thanks',
      name ? `Bedankt voor je vraag, ${name}.` : 'Bedankt voor je vraag.',
    ),
  );
  if (reference) {
    const line = element('p', 'confirmation-panel__reference', 'Je referentienummer is ');
    line.append(element('strong', '', reference));
    panel.append(line);
  }
  const email = String(draft.email).trim();
  const next =
    channelSentence[String(draft.contactChannel)]?.(steunpuntName) ??
    `Een medewerker van ${steunpuntName} neemt contact met je op.`;
  const nodes: Node[] = [
    panel,
    element('h2', 'utrecht-heading-2', 'Wat gebeurt er nu?'),
    element('p', 'utrecht-paragraph', next),
  ];
  const by = dueDate(dueAt);
  if (by) {
    const line = element('p', 'utrecht-paragraph', 'Je krijgt uiterlijk op ');
    line.append(element('strong', '', by), ' een reactie.');
    nodes.push(line);
  }
  if (email) {
    nodes.push(
      element(
        'p',
        'utrecht-paragraph',
        `Je krijgt ook een bevestiging per e-mail. Die sturen we naar ${email}.`,
      ),
    );
  }
  if (reference) {
    nodes.push(
      element(
        'p',
        'utrecht-paragraph',
        'Bewaar je referentienummer. Noem het als je contact met ons opneemt over deze vraag.',
      ),
    );
  }
  const back = element('p', 'utrecht-paragraph');
  back.append(link(page.homeHref, `Terug naar de startpagina van ${steunpuntName}`));
  nodes.push(back);
  return nodes;
}

function start(root: HTMLElement) {
  const form = root.querySelector('form')!;
  const page: Page = {
    root,
    slug: root.dataset.slug ?? '',
    steunpuntName: root.dataset.steunpunt ?? '',
    homeHref: root.dataset.home ?? '/',
  };
  enhanceForm({
    form,
    summaryBefore: root.querySelector('h1')!,
    check: schemaCheck(questionInput, questionFieldOrder),
    busyText: 'Bezig met versturen…',
    async send(body, key, { draft }) {
      const answer = await sendJson(ask, {
        param: { swv: encodeURIComponent(page.slug) },
        header: { 'idempotency-key': key },
        // The draft passed questionInput above; the API checks it again.
        json: body as InferRequestType<typeof ask>['json'],
      });
      if (answer.ok) {
        showConfirmation(
          root,
          confirmation(page, draft, answer.data),
          `Je vraag is verstuurd – ${page.steunpuntName}`,
        );
        return;
      }
      return failureErrors(answer);
    },
  });
  form.dataset.ready = 'true';
  const topicSelect = form.elements.namedItem('topic');
  if (topicSelect instanceof HTMLSelectElement) void useOwnTopics(topicSelect, page.slug);
}

const root = document.querySelector<HTMLElement>('[data-question-page]');
if (root) start(root);
