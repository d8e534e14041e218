/**
 * The question form's behaviour (QuestionForm.astro renders it): the steunpunt's own topic
 * list, the checks and the sending through the form kit, and the confirmation with the
 * reference and the date by which the steunpunt answers. A draft is posted with one
 * idempotency key, so that a retry of the same draft is never stored twice.
 *
 * In the page's language (`<html lang>`, issue #14): the page carries its own language's
 * confirmation and messages (question-form-texts.ts) and nothing of the others, the schema
 * is made from those, and a translated page's body says `lang` so the API answers in it.
 */
import type { InferRequestType } from 'hono/client';
import {
  questionFieldOrder,
  questionInputIn,
} from '../../../functions/cases/intakes/question-input.ts';
import { isLocale, sourceLocale, type Locale } from '../../../functions/core/locales.ts';
import { longDateIn } from '../../../functions/core/locale-dates.ts';
import { fill } from '../../../functions/core/field-messages.ts';
import type { QuestionBrowserTexts } from '../lib/i18n/question-form.ts';
import { templateParts } from '../lib/i18n/template-parts.ts';
import { readQuestionTexts } from './question-form-texts.ts';
import type { PublicTopics } from '../../../functions/topics/topic-schema.ts';
import { element, link } from './form/dom.ts';
import { enhanceForm, schemaCheck, showConfirmation, type Draft } from './form/form-kit.ts';
import { failureErrors, sendJson } from './form/send-json.ts';
import { portal } from '../lib/portal-client.ts';

const ask = portal.swv[':swv'].vragen.$post;

interface Page {
  root: HTMLElement;
  slug: string;
  steunpuntName: string;
  homeHref: string;
  lang: Locale;
  t: QuestionBrowserTexts;
}

/**
 * A sentence with its placeholders filled: `strong` ones in bold; on a translated page the
 * steunpunt's name, Dutch, marked `lang="nl"`.
 */
function sentence(
  page: Page,
  tag: 'p',
  className: string,
  template: string,
  values: Record<string, string>,
  strong: readonly string[] = [],
): HTMLElement {
  const line = element(tag, className);
  for (const part of templateParts(template)) {
    if ('text' in part) {
      line.append(part.text);
    } else if (strong.includes(part.name)) {
      line.append(element('strong', '', values[part.name] ?? ''));
    } else if (part.name === 'steunpunt' && page.lang !== sourceLocale) {
      const name = element('span', '', values.steunpunt ?? '');
      name.lang = 'nl';
      line.append(name);
    } else {
      line.append(values[part.name] ?? '');
    }
  }
  return line;
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
async function useOwnTopics(select: HTMLSelectElement, page: Page) {
  const loaded = await loadTopics(page.slug);
  if (!loaded) return;
  const chosen = select.selectedOptions[0];
  const placeholder = select.options[0]!;
  // On a translated page a national topic keeps its label in the page's language; the
  // steunpunt's own topics are not translated and say they are Dutch.
  const national = new Map(Array.from(select.options, (option) => [option.value, option.text]));
  const options = loaded.map(({ key, label }) => {
    if (page.lang === sourceLocale) return new Option(label, key);
    const translated = national.get(key);
    if (translated) return new Option(translated, key);
    const own = new Option(label, key);
    own.lang = 'nl';
    return own;
  });
  if (chosen?.value && !loaded.some((topic) => topic.key === chosen.value)) options.push(chosen);
  select.replaceChildren(placeholder, ...options);
  select.value = chosen?.value ?? '';
}

/** What the API answered: the reference and the moment the steunpunt answers by. */
interface Received {
  reference?: string | undefined;
  dueAt?: string | undefined;
}

/** "vrijdag 11 december 2026", in Amsterdam and the page's language; nothing for a date the page cannot read. */
function dueDate(lang: Locale, dueAt: string | undefined): string | undefined {
  return dueAt && !Number.isNaN(Date.parse(dueAt)) ? longDateIn(lang, new Date(dueAt)) : undefined;
}

function confirmation(page: Page, draft: Draft, { reference, dueAt }: Received): Node[] {
  const { t } = page;
  const steunpunt = page.steunpuntName;
  const panel = element('div', 'confirmation-panel');
  panel.append(element('h1', 'utrecht-heading-1', t.sent));
  const name = String(draft.name ?? '').trim();
  panel.append(
    element('p', 'confirmation-panel__thanks', name ? fill(t.thanksName, { name }) : t.thanks),
  );
  if (reference) {
    panel.append(
      sentence(page, 'p', 'confirmation-panel__reference', t.referenceIs, { reference }, [
        'reference',
      ]),
    );
  }
  const email = String(draft.email).trim();
  const channel = String(draft.contactChannel);
  const next =
    channel === 'email'
      ? t.byEmail
      : channel === 'telefoon'
        ? t.byPhone
        : channel === 'whatsapp'
          ? t.byWhatsapp
          : t.contactSoon;
  const nodes: Node[] = [
    panel,
    element('h2', 'utrecht-heading-2', t.whatNext),
    sentence(page, 'p', 'utrecht-paragraph', next, { steunpunt }),
  ];
  const by = dueDate(page.lang, dueAt);
  if (by) nodes.push(sentence(page, 'p', 'utrecht-paragraph', t.dueBy, { date: by }, ['date']));
  if (email) nodes.push(sentence(page, 'p', 'utrecht-paragraph', t.mailCopy, { email }));
  if (reference) nodes.push(element('p', 'utrecht-paragraph', t.keepReference));
  const back = element('p', 'utrecht-paragraph');
  back.append(link(page.homeHref, fill(t.backHome, { steunpunt })));
  nodes.push(back);
  return nodes;
}

function start(root: HTMLElement) {
  const form = root.querySelector('form')!;
  const htmlLang = document.documentElement.lang;
  const lang = isLocale(htmlLang) ? htmlLang : sourceLocale;
  const carried = readQuestionTexts();
  const page: Page = {
    root,
    slug: root.dataset.slug ?? '',
    steunpuntName: root.dataset.steunpunt ?? '',
    homeHref: root.dataset.home ?? '/',
    lang,
    t: carried.texts,
  };
  enhanceForm({
    form,
    summaryBefore: root.querySelector('h1')!,
    check: schemaCheck(questionInputIn(carried.messages), questionFieldOrder),
    // The API answers field errors and writes the confirmation mail in the form's language.
    ...(lang === sourceLocale ? {} : { body: (draft: Draft) => ({ ...draft, lang }) }),
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
          fill(page.t.sentTitle, { steunpunt: page.steunpuntName }),
        );
        return;
      }
      return failureErrors(answer);
    },
  });
  form.dataset.ready = 'true';
  const topicSelect = form.elements.namedItem('topic');
  if (topicSelect instanceof HTMLSelectElement) void useOwnTopics(topicSelect, page);
}

const root = document.querySelector<HTMLElement>('[data-question-page]');
if (root) start(root);
