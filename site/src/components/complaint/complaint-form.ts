/**
 * The behaviour of "Hulp bij een klacht of geschil" (the pages in
 * site/src/pages/[slug]/klacht/): the form kit's pages with the complaint schema the API
 * uses, plus what only this form needs. The start page keeps the route and date the
 * chooser passed on (`?route=bezwaar-tlv&datum=2025-04-17`); the date page joins its three
 * boxes into one field and shows the last day at once, with the chooser's own readout; the
 * contact page's checks across fields come from the schema's rules, and its reminder is
 * asked only when there is a last day (the form's spec); the summary sends and shows the
 * confirmation, and after a bezwaar or GPO request hands the answers to the letter page.
 */
import type { InferRequestType } from 'hono/client';
import {
  complaintInput,
  complaintRoutes,
  complaintRules,
  type ComplaintInput,
} from '../../../../functions/cases/intakes/complaint-schema.ts';
import { parseIsoDay } from '../../../../functions/core/filing-deadlines.ts';
import { longDate } from '../../../../functions/lib/dutch-dates.ts';
import { portal } from '../../lib/portal-client.ts';
import { hasLetter, keepForLetter } from '../../lib/complaint-letter-handoff.ts';
import { element, link } from '../form/dom.ts';
import { showConfirmation, type Draft } from '../form/form-kit.ts';
import { draftStorageKey, loadDraft, saveDraft, withAnswers } from '../form/form-pages-core.ts';
import { startMultiPageForm } from '../form/form-pages.ts';
import { failureErrors, sendJson } from '../form/send-json.ts';
import { deadlineParagraphs, lastDaySentence } from '../route-chooser/deadline-script.ts';
import {
  complaintForm,
  filingRouteOf,
  joinDate,
  lastDayOf,
  routeLabels,
} from './complaint-pages.ts';

const send = portal.swv[':swv'].klachten.$post;

const storageKeyOf = (swv: string) => draftStorageKey(complaintForm, swv);

/** The chooser's route and date from the address, kept as answers when they are valid. */
function keepFromChooser(root: HTMLElement) {
  const swv = root.dataset.swv ?? '';
  const query = new URLSearchParams(location.search);
  const answers: Draft = {};
  const route = query.get('route');
  if (route && (complaintRoutes as readonly string[]).includes(route)) answers.route = route;
  const date = query.get('datum');
  if (date && parseIsoDay(date)) answers.decisionDate = date;
  if (Object.keys(answers).length === 0) return;
  const key = storageKeyOf(swv);
  saveDraft(sessionStorage, key, withAnswers(loadDraft(sessionStorage, key), answers));
}

/** The date page: three boxes in, one field out, and the last day read out at once. */
function startDatePage(root: HTMLElement) {
  const parts = root.querySelector<HTMLElement>('[data-date-parts]');
  const hidden = root.querySelector<HTMLInputElement>('input[type="hidden"][name="decisionDate"]');
  const result = root.querySelector<HTMLElement>('[data-complaint-deadline]');
  if (!parts || !hidden || !result) return;
  const box = (part: string) =>
    parts.querySelector<HTMLInputElement>(`[data-date-part="${part}"]`)!;
  const [day, month, year] = [box('dag'), box('maand'), box('jaar')];
  const kept = parseIsoDay(hidden.value);
  if (kept) {
    day.value = String(kept.day);
    month.value = String(kept.month);
    year.value = String(kept.year);
  }
  const route = loadDraft(sessionStorage, storageKeyOf(root.dataset.swv ?? '')).values.route;
  const filing = filingRouteOf(route);
  const update = () => {
    hidden.value = joinDate(day.value, month.value, year.value);
    const from = parseIsoDay(hidden.value);
    result.replaceChildren(...(filing && from ? deadlineParagraphs(filing, from) : []));
  };
  for (const input of [day, month, year]) input.addEventListener('input', update);
  update();
}

interface Sent {
  reference?: string | undefined;
  createdAt?: string | undefined;
  dueAt?: string | undefined;
}

/** "vrijdag 11 december 2026", in Amsterdam; nothing for a moment the page cannot read. */
function inWords(moment: string | undefined): string | undefined {
  return moment && !Number.isNaN(Date.parse(moment)) ? longDate(new Date(moment)) : undefined;
}

function confirmation(frame: HTMLElement, value: ComplaintInput, sent: Sent): Node[] {
  const steunpunt = frame.dataset.steunpunt ?? 'het steunpunt';
  const panel = element('div', 'confirmation-panel');
  panel.append(element('h1', 'utrecht-heading-1', 'Je vraag om hulp is verstuurd'));
  if (sent.reference) {
    const line = element('p', 'confirmation-panel__reference', 'Je referentienummer is ');
    line.append(element('strong', '', sent.reference));
    panel.append(line);
  }
  const nodes: Node[] = [panel, element('h2', 'utrecht-heading-2', 'Wat gebeurt er nu?')];
  nodes.push(element('p', 'utrecht-paragraph', `Route: ${routeLabels[value.route]}.`));
  const deadline = lastDayOf(value.route, value.decisionDate);
  if (deadline) {
    const line = element('p', 'utrecht-paragraph');
    line.append(element('strong', '', lastDaySentence(deadline)));
    nodes.push(line, element('p', 'utrecht-paragraph', 'Het steunpunt dient niets voor je in.'));
  }
  nodes.push(
    element(
      'p',
      'utrecht-paragraph',
      `Een medewerker van ${steunpunt} neemt contact met je op. Als we documenten nodig hebben, vragen we je daarom.`,
    ),
  );
  const by = inWords(sent.dueAt);
  if (by) {
    const line = element('p', 'utrecht-paragraph', 'Je krijgt uiterlijk op ');
    line.append(element('strong', '', by), ' een reactie.');
    nodes.push(line);
  }
  if (value.email) {
    nodes.push(
      element(
        'p',
        'utrecht-paragraph',
        `Je krijgt ook een bevestiging per e-mail. Die sturen we naar ${value.email}.`,
      ),
    );
  }
  const letter = sent.reference && hasLetter(value.route);
  if (letter) {
    const kept = keepForLetter(sessionStorage, frame.dataset.swv ?? '', {
      answers: value,
      reference: sent.reference!,
      sentAt: sent.createdAt ?? new Date().toISOString(),
    });
    if (kept) {
      nodes.push(element('h2', 'utrecht-heading-2', 'Een brief voorbereiden'));
      nodes.push(
        element(
          'p',
          'utrecht-paragraph',
          'Voor deze route schrijf je een brief. Wij maken een concept van je antwoorden. Dat pas je zelf aan, je zet je handtekening en je stuurt het op.',
        ),
      );
      const line = element('p', 'utrecht-paragraph');
      // The letter page sits beside the form's pages: `/<slug>/klacht/brief/`.
      line.append(link(`${frame.dataset.base ?? ''}/brief/`, 'Maak een conceptbrief'));
      nodes.push(line);
    }
  }
  const back = element('p', 'utrecht-paragraph');
  back.append(link(frame.dataset.home ?? '/', 'Terug naar de startpagina'));
  nodes.push(back);
  return nodes;
}

/** The frame every page of the form has (ComplaintFrame.astro): SWV, paths and naming. */
const frame = document.querySelector<HTMLElement>('[data-complaint]')!;
if (document.querySelector('[data-complaint-start]')) keepFromChooser(frame);

const datePage = document.querySelector<HTMLElement>(
  '[data-form-page="klacht"][data-page="datum"]',
);

startMultiPageForm({
  spec: complaintForm,
  schema: complaintInput,
  rules: complaintRules,
  async send(body, key, { value }) {
    const check = document.querySelector<HTMLElement>('[data-check-answers="klacht"]')!;
    const answer = await sendJson(send, {
      param: { swv: encodeURIComponent(frame.dataset.swv ?? '') },
      header: { 'idempotency-key': key },
      // The draft passed complaintInput on this page; the API checks it again.
      json: body as InferRequestType<typeof send>['json'],
    });
    if (answer.ok) {
      showConfirmation(
        check,
        confirmation(frame, value, answer.data),
        `Je vraag om hulp is verstuurd – ${frame.dataset.steunpunt ?? 'het steunpunt'}`,
      );
      return;
    }
    return failureErrors(answer);
  },
});

// After the kit filled in the kept answers.
if (datePage) startDatePage(datePage);
