/**
 * A form of several pages in the browser (FormPage.astro and CheckAnswers.astro render the
 * pages): each page fills its controls from the kept draft, focuses the field its address
 * names, hides the questions not asked for the answers so far, checks its own fields with
 * the API's schema and the schema's rules across fields that it can judge (the form kit's
 * error summary and inline messages), keeps the answers and goes on with plain navigation.
 * The check-your-answers page lists every answer with a "Wijzig" link, checks the whole draft,
 * sends it with the draft's own idempotency key, links the API's field errors to their
 * pages, and clears the draft once the API took it. The logic is in form-pages-core.ts.
 */
import type * as z from 'zod/mini';
import { element } from './dom.ts';
import { fieldId } from './field-ids.ts';
import { enhanceForm, schemaCheck, type Draft, type FieldError } from './form-kit.ts';
import { kitTexts } from './kit-texts.ts';
import {
  answerRows,
  askedAnswers,
  backToCheck,
  changeHref,
  clearDraft,
  draftStorageKey,
  fieldFromHash,
  fieldOrder,
  isAsked,
  keyForBody,
  loadDraft,
  nextHref,
  pageCheck,
  saveDraft,
  withAnswers,
  type FormPageSpec,
  type MultiPageForm,
  type PageRule,
} from './form-pages-core.ts';

export interface MultiPageOptions<S extends z.ZodMiniObject> {
  spec: MultiPageForm;
  /** The API's schema of the whole form: per field on each page, whole on the summary. */
  schema: S;
  /**
   * The rules across fields that the schema's refine runs (declared once with the schema),
   * so each page shows their messages at its own fields, not only the summary page.
   */
  rules?: readonly PageRule[];
  /**
   * Sends the checked draft from the summary page with its key. Answers the problems to
   * show, or nothing when the API took it (then the draft is cleared and this function has
   * put the confirmation in the page, for example with the kit's showConfirmation).
   */
  send(
    body: unknown,
    key: string,
    checked: { draft: Draft; value: z.output<S> },
  ): Promise<FieldError[] | void>;
  /** What to send for a valid draft (the draft itself unless said otherwise). */
  body?(draft: Draft, value: z.output<S>): unknown;
}

/** Puts kept answers back in the page's controls. */
function fill(form: HTMLFormElement, values: Draft) {
  for (const control of Array.from(form.elements)) {
    if (
      !(control instanceof HTMLInputElement) &&
      !(control instanceof HTMLTextAreaElement) &&
      !(control instanceof HTMLSelectElement)
    ) {
      continue;
    }
    const value = values[control.name];
    if (value === undefined) continue;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      control.checked = value === true;
    } else if (control instanceof HTMLInputElement && control.type === 'radio') {
      control.checked = control.value === value;
    } else {
      control.value = String(value);
    }
  }
}

/**
 * Hides the page's questions the form does not ask for the answers so far, and clears them
 * so that the page reads them as not given. Not `hidden`: the form field's display rule
 * from Utrecht would show it anyway.
 */
function hideNotAsked(form: HTMLFormElement, page: FormPageSpec, answers: Draft) {
  for (const field of page.fields) {
    if (isAsked(field, answers)) continue;
    const container = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(field.name)}"]`);
    if (!container) continue;
    container.style.display = 'none';
    for (const control of Array.from(container.querySelectorAll('input, textarea, select'))) {
      if (control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type)) {
        control.checked = false;
      } else if (
        control instanceof HTMLInputElement ||
        control instanceof HTMLTextAreaElement ||
        control instanceof HTMLSelectElement
      ) {
        control.value = '';
      }
    }
  }
}

/** Focus on arrival from a "Wijzig" link or an error link: the control, or a group's choice. */
function focusOnArrival(form: HTMLFormElement, name: string) {
  const target = form.querySelector<HTMLElement>(`#${CSS.escape(fieldId(name))}`);
  const control =
    target instanceof HTMLFieldSetElement
      ? (target.querySelector<HTMLInputElement>('input:checked') ??
        target.querySelector<HTMLInputElement>('input'))
      : target;
  control?.focus();
}

function startPage<S extends z.ZodMiniObject>(root: HTMLElement, options: MultiPageOptions<S>) {
  const { spec, schema } = options;
  const form = root.querySelector('form')!;
  const base = root.dataset.base ?? '';
  const storageKey = draftStorageKey(spec, root.dataset.swv ?? '');
  const page = spec.pages.find((item) => item.slug === root.dataset.page);
  if (!page) throw new Error(`The form ${spec.id} has no page "${root.dataset.page}"`);
  const earlier = loadDraft(sessionStorage, storageKey).values;
  fill(form, earlier);
  hideNotAsked(form, page, earlier);
  const arrival = fieldFromHash(page, location.hash);
  if (arrival) {
    // After the browser's own move to the address's fragment, which would take the focus
    // away again when the fragment is a radio group's fieldset.
    const focus = () => requestAnimationFrame(() => focusOnArrival(form, arrival));
    if (document.readyState === 'complete') focus();
    else addEventListener('load', focus, { once: true });
  }
  const back = new URLSearchParams(location.search).has(backToCheck);
  enhanceForm({
    form,
    summaryBefore: root.querySelector('h1')!,
    check: pageCheck(schema, page, fieldOrder(spec), {
      earlier,
      ...(options.rules ? { rules: options.rules } : {}),
    }),
    busyText: kitTexts().wait,
    // Nothing goes to the API from here: the answers are kept and the next page opens.
    async send(_body, _key, { draft }) {
      const kept = withAnswers(loadDraft(sessionStorage, storageKey), draft);
      if (!saveDraft(sessionStorage, storageKey, kept)) {
        return [{ field: 'form', message: kitTexts().notKept }];
      }
      location.assign(nextHref(spec, base, page.slug, back));
    },
  });
  form.dataset.ready = 'true';
}

/** The summary list's rows: the question, the answer, and "Wijzig" with the question's name. */
function renderAnswers(list: HTMLElement, spec: MultiPageForm, base: string, values: Draft) {
  const items = answerRows(spec, base, values).map((row) => {
    const item = element('div', 'utrecht-data-list__item');
    const value = element(
      'dd',
      'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd utrecht-data-list__item-value--multiline',
      row.value,
    );
    const actions = element('dd', 'utrecht-data-list__actions utrecht-data-list__actions--html-dd');
    const change = element('a', 'utrecht-link utrecht-link--html-a', kitTexts().change);
    change.href = row.href;
    change.append(element('span', 'visually-hidden', ` ${row.label.toLowerCase()}`));
    actions.append(change);
    item.append(element('dt', 'utrecht-data-list__item-key', row.label), value, actions);
    return item;
  });
  list.replaceChildren(...items);
  return items.length;
}

function startCheck<S extends z.ZodMiniObject>(root: HTMLElement, options: MultiPageOptions<S>) {
  const { spec, schema } = options;
  const form = root.querySelector('form')!;
  const base = root.dataset.base ?? '';
  const storageKey = draftStorageKey(spec, root.dataset.swv ?? '');
  let stored = loadDraft(sessionStorage, storageKey);
  const list = root.querySelector<HTMLElement>('[data-answers]')!;
  if (renderAnswers(list, spec, base, stored.values) === 0) {
    // Nothing answered yet (a new tab, a bookmark): the form starts at its first page.
    location.replace(`${base.replace(/\/$/, '')}/${spec.pages[0]!.slug}/`);
    return;
  }
  enhanceForm({
    form,
    summaryBefore: root.querySelector('h1')!,
    read: () => askedAnswers(spec, stored.values),
    check: schemaCheck(schema, fieldOrder(spec)),
    ...(options.body ? { body: options.body } : {}),
    busyText: kitTexts().sending,
    keyFor(body) {
      const next = keyForBody(stored, body);
      stored = next.draft;
      saveDraft(sessionStorage, storageKey, stored);
      return next.key;
    },
    hrefFor: (field) => changeHref(spec, base, field),
    async send(body, key, checked) {
      const problems = await options.send(body, key, checked);
      if (problems && problems.length > 0) return problems;
      clearDraft(sessionStorage, storageKey);
    },
  });
  form.dataset.ready = 'true';
}

/** Starts whichever page of the form this is: a question page or the check-your-answers page. */
export function startMultiPageForm<S extends z.ZodMiniObject>(options: MultiPageOptions<S>) {
  const page = document.querySelector<HTMLElement>(`[data-form-page="${options.spec.id}"]`);
  if (page) startPage(page, options);
  const check = document.querySelector<HTMLElement>(`[data-check-answers="${options.spec.id}"]`);
  if (check) startCheck(check, options);
}
