/**
 * The public forms' kit (plain TypeScript, no framework): it enhances a form that the page
 * rendered on the server with the fields in this folder (`*.astro`). It reads the draft
 * from the controls, checks it with the API's own zod schema, shows the GOV.UK error
 * pattern (a summary at the top that gets focus and links to the fields, a message at each
 * field, "Fout: " before the title), and sends a valid draft with one idempotency key per
 * draft. One `<form>` is one page: a form of several pages (form-pages.ts, with
 * FormPage.astro and CheckAnswers.astro) enhances each page's form with a check that only
 * judges that page's fields, and sends from its check-your-answers page.
 */
import type * as z from 'zod/mini';
import { fieldErrors, type FieldError } from '../../../../functions/lib/field-errors.ts';
import { element } from './dom.ts';
import { errorId, fieldId, hintId } from './field-ids.ts';
import { honeypotField } from '../../../../functions/limits/proof-schema.ts';
import { prepareProof } from './proof-of-work.ts';
import { draftKeys } from './send-json.ts';
import { kitTexts } from './kit-texts.ts';

export type { FieldError };

/** A form's values as its controls hold them: text as typed, a checkbox as true or false. */
export type Draft = Record<string, string | boolean>;

/** A checked draft: the value to send, or one problem per field in the form's order. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The check the API makes, run in the browser, with the same messages. */
export function schemaCheck<S extends z.ZodMiniType>(schema: S, order: readonly string[]) {
  return (draft: Draft): Checked<z.output<S>> => {
    const result = schema.safeParse(draft);
    return result.success
      ? { ok: true, value: result.data }
      : { ok: false, errors: fieldErrors(result.error, order) };
  };
}

/**
 * Every named control of the form; a radio group without a choice reads as ''. Not the
 * honeypot (Honeypot.astro), which is no answer of the person's.
 */
export function readDraft(form: HTMLFormElement): Draft {
  const draft: Draft = {};
  for (const control of Array.from(form.elements)) {
    if (
      !(control instanceof HTMLInputElement) &&
      !(control instanceof HTMLTextAreaElement) &&
      !(control instanceof HTMLSelectElement)
    ) {
      continue;
    }
    if (!control.name || control.name === honeypotField) continue;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      draft[control.name] = control.checked;
    } else if (control instanceof HTMLInputElement && control.type === 'radio') {
      if (control.checked) draft[control.name] = control.value;
      else draft[control.name] ??= '';
    } else {
      draft[control.name] = control.value;
    }
  }
  return draft;
}

const invalidClasses = ['utrecht-textbox', 'utrecht-textarea', 'utrecht-select'];

/** Shows or clears the error of one field (`[data-field]`), wired up as fields.tsx does. */
function markField(container: HTMLElement, message: string | undefined) {
  const name = container.dataset.field ?? '';
  const isGroup = container.classList.contains('utrecht-form-fieldset');
  container.classList.toggle(
    isGroup ? 'utrecht-form-fieldset--invalid' : 'utrecht-form-field--invalid',
    Boolean(message),
  );
  container.querySelector(`#${CSS.escape(errorId(name))}`)?.remove();
  if (message) {
    const error = element(
      'p',
      'utrecht-form-field__error-message utrecht-form-field-error-message',
    );
    error.id = errorId(name);
    error.append(element('span', 'visually-hidden', kitTexts().errorPrefix), message);
    const before = container.querySelector(
      ':scope > fieldset > .radio-list, :scope > fieldset > .date-input, :scope > .utrecht-form-field__input',
    );
    before?.before(error);
  }
  for (const control of Array.from(container.querySelectorAll('input, textarea, select'))) {
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    for (const base of invalidClasses) {
      if (control.classList.contains(base)) control.classList.toggle(`${base}--invalid`, !!message);
    }
  }
  const described = container.querySelector(`#${CSS.escape(fieldId(name))}`);
  const ids = [
    container.querySelector(`#${CSS.escape(hintId(name))}`) ? hintId(name) : '',
    message ? errorId(name) : '',
  ].filter(Boolean);
  if (ids.length > 0) described?.setAttribute('aria-describedby', ids.join(' '));
  else described?.removeAttribute('aria-describedby');
}

/** The control an error-summary link moves focus to: the field, or a group's first option. */
function focusTarget(form: HTMLFormElement, field: string): HTMLElement | undefined {
  const target = form.querySelector<HTMLElement>(`#${CSS.escape(fieldId(field))}`);
  if (target instanceof HTMLFieldSetElement) {
    return target.querySelector<HTMLInputElement>('input') ?? undefined;
  }
  return target ?? undefined;
}

/** Move focus to a field, and scroll so that its label or legend is in view too. */
function focusField(event: MouseEvent, target: HTMLElement) {
  event.preventDefault();
  target.focus({ preventScroll: true });
  const container = target.closest('.utrecht-form-fieldset, .utrecht-form-field');
  (container ?? target).scrollIntoView({ block: 'start' });
}

/** The GOV.UK error summary: a heading and a link per field, with the field's message. */
function errorSummary(
  form: HTMLFormElement,
  errors: FieldError[],
  hrefFor?: (field: string) => string | undefined,
): HTMLElement {
  const box = element('div', 'error-summary');
  box.id = 'foutoverzicht';
  box.tabIndex = -1;
  const alert = element('div');
  alert.setAttribute('role', 'alert');
  const list = element('ul', 'error-summary__list');
  for (const { field, message } of errors) {
    const item = element('li');
    const target = focusTarget(form, field);
    if (target) {
      const anchor = element('a', 'utrecht-link utrecht-link--html-a', message);
      anchor.href = `#${target.id}`;
      anchor.addEventListener('click', (event) => focusField(event, target));
      item.append(anchor);
    } else if (hrefFor?.(field)) {
      // A field on another page of the form: the link goes there and focuses it.
      const anchor = element('a', 'utrecht-link utrecht-link--html-a', message);
      anchor.href = hrefFor(field)!;
      item.append(anchor);
    } else {
      item.append(element('span', 'error-summary__text', message));
    }
    list.append(item);
  }
  alert.append(element('h2', 'utrecht-heading-2 error-summary__title', kitTexts().problem), list);
  box.append(alert);
  return box;
}

export interface FormOptions<T> {
  form: HTMLFormElement;
  /** The error summary goes right before this element: the page's h1. */
  summaryBefore: Element;
  check(draft: Draft): Checked<T>;
  /** What to send for a valid draft (the draft itself unless said otherwise). */
  body?(draft: Draft, value: T): unknown;
  /**
   * Sends the body with its key; answers the problems to show, or nothing when the page
   * has moved on (a confirmation, a message instead of the form).
   */
  send(
    body: unknown,
    key: string,
    checked: { draft: Draft; value: T },
  ): Promise<FieldError[] | void>;
  /** The button's text while sending, also said by the form's status line (the kit's own by default). */
  busyText?: string;
  /** Whether the form may be sent yet (the sign-up waits for its meeting). */
  ready?(): boolean;
  /** The draft to check and send, when it is not (only) in this form's controls. */
  read?(): Draft;
  /** The idempotency key for a body, when the draft keeps it (a form of several pages). */
  keyFor?(body: string): string;
  /** Where an error of a field that is not in this form links to (its page). */
  hrefFor?(field: string): string | undefined;
}

export interface FormKit {
  showErrors(errors: FieldError[]): void;
  clearErrors(): void;
}

export function enhanceForm<T>(options: FormOptions<T>): FormKit {
  const { form, summaryBefore, busyText = kitTexts().sending } = options;
  const { errorPrefix } = kitTexts();
  const baseTitle = document.title.startsWith(errorPrefix)
    ? document.title.slice(errorPrefix.length)
    : document.title;
  const keys = options.keyFor ? { keyFor: options.keyFor } : draftKeys();
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  let summary: HTMLElement | undefined;
  let sending = false;
  // A form that sends to the API carries the honeypot (a page of a longer form does not):
  // its proof-of-work starts now, so it is done long before the person sends.
  const sendsToApi = form.elements.namedItem(honeypotField) !== null;
  if (sendsToApi) prepareProof();

  function showErrors(errors: FieldError[]) {
    const byField = new Map(errors.map((error) => [error.field, error.message]));
    for (const container of Array.from(form.querySelectorAll<HTMLElement>('[data-field]'))) {
      markField(container, byField.get(container.dataset.field ?? ''));
    }
    // A new summary each time, so a screen reader announces it again.
    const next = errorSummary(form, errors, options.hrefFor);
    if (summary) summary.replaceWith(next);
    else summaryBefore.before(next);
    summary = next;
    document.title = `${errorPrefix}${baseTitle}`;
    summary.focus();
  }

  function clearErrors() {
    for (const container of Array.from(form.querySelectorAll<HTMLElement>('[data-field]'))) {
      markField(container, undefined);
    }
    summary?.remove();
    summary = undefined;
    document.title = baseTitle;
  }

  function setSending(on: boolean, idleText: string) {
    sending = on;
    if (button) {
      button.textContent = on ? busyText : idleText;
      if (on) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
    }
    if (status) status.textContent = on ? busyText : '';
  }

  async function submit() {
    const draft = options.read ? options.read() : readDraft(form);
    const checked = options.check(draft);
    if (!checked.ok) return showErrors(checked.errors);
    clearErrors();
    const answer = options.body ? options.body(draft, checked.value) : draft;
    // Filled in by a script, never by a person: sent along, so the API refuses the form.
    const trap = form.elements.namedItem(honeypotField);
    const body =
      trap instanceof HTMLInputElement && trap.value && typeof answer === 'object'
        ? { ...answer, [honeypotField]: trap.value }
        : answer;
    const idleText = button?.textContent ?? '';
    setSending(true, idleText);
    let problems: FieldError[] | void;
    try {
      problems = await options.send(body, keys.keyFor(JSON.stringify(body)), {
        draft,
        value: checked.value,
      });
    } finally {
      setSending(false, idleText);
    }
    if (problems && problems.length > 0) {
      // The answer was used: the next try needs a new one, ready by the time it is sent.
      if (sendsToApi) prepareProof();
      showErrors(problems);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending || (options.ready && !options.ready())) return;
    void submit();
  });

  return { showErrors, clearErrors };
}

/** Puts the confirmation in the page's place, names it in the title and moves focus to it. */
export function showConfirmation(root: HTMLElement, nodes: Node[], title: string) {
  root.replaceChildren(...nodes);
  document.title = title;
  const heading = root.querySelector<HTMLElement>('h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}
