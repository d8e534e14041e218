/**
 * The logic of a form of several pages (GOV.UK "one thing per page" with a check-your-answers
 * page), without the DOM so that it is tested on its own: the form's pages and fields, the
 * draft kept in sessionStorage across those pages (one key per form and SWV) with the
 * idempotency key that belongs to it, the check of one page's fields with the API's own
 * schema and its rules across fields, the questions asked only after some answers, and
 * the links between the pages. form-pages.ts wires it to the page.
 */
import type * as z from 'zod/mini';
import { fieldErrors, type FieldError } from '../../../../functions/lib/field-errors.ts';
import type { Checked, Draft } from './form-kit.ts';
import { fieldId } from './field-ids.ts';
import { newKey } from './send-json.ts';
import { kitTexts } from './kit-texts.ts';

/** A field as the check-your-answers page names it; options give a choice's label. */
export interface PageField {
  name: string;
  /** The question, short, as the summary list shows it ("Wie stelt de vraag?"). */
  label: string;
  options?: Readonly<Record<string, string>>;
  /** How a typed answer reads on the summary when not as typed (a date in words). */
  format?: (value: string) => string;
  /**
   * Asked only when this holds for the answers so far (earlier pages): otherwise its page
   * hides it, its check and the check-your-answers page leave it out, and an answer kept
   * from before counts as not given. One declaration for the page and the summary.
   */
  askedWhen?: (answers: Draft) => boolean;
}

/** Whether the form asks this field, given the answers so far. */
export const isAsked = (field: PageField, answers: Draft) => field.askedWhen?.(answers) ?? true;

/** An answer the form did not ask for, as not given: a box not ticked, a text left empty. */
const notGiven = (value: string | boolean) => (typeof value === 'boolean' ? false : '');

/** The draft as sent: an answer kept from before to a question no longer asked is not given. */
export function askedAnswers(form: MultiPageForm, values: Draft): Draft {
  const asked: Draft = { ...values };
  for (const field of form.pages.flatMap((page) => page.fields)) {
    const value = values[field.name];
    if (value !== undefined && !isAsked(field, values)) asked[field.name] = notGiven(value);
  }
  return asked;
}

export interface FormPageSpec {
  /** The page's path under the form's base path ("rol", "contact"). */
  slug: string;
  fields: readonly PageField[];
}

/** A form of several pages: its name (for the draft's key) and its pages in order. */
export interface MultiPageForm {
  id: string;
  pages: readonly FormPageSpec[];
  /** The path of the check-your-answers page, under the same base path. */
  checkSlug: string;
}

/** The query parameter a "Wijzig" link sets, so the page goes back to the summary. */
export const backToCheck = 'terug';

/** The draft's key in sessionStorage: one per form and SWV. */
export const draftStorageKey = (form: MultiPageForm, swv: string) => `formulier:${form.id}:${swv}`;

/**
 * What the browser keeps: the answers so far, and the body last sent with its key, so a
 * retry of the same draft (a lost answer, a reload) sends the same key and makes one case.
 */
export interface StoredDraft {
  values: Draft;
  sent?: { body: string; key: string };
}

/** The part of sessionStorage this needs; a test passes a map. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isDraft(value: unknown): value is Draft {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((item) => typeof item === 'string' || typeof item === 'boolean')
  );
}

/** The draft for this form and SWV: kept answers, or an empty one (also when storage fails). */
export function loadDraft(storage: DraftStorage, key: string): StoredDraft {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return { values: {} };
    const { values, sent } = parsed as Record<string, unknown>;
    if (!isDraft(values)) return { values: {} };
    const s = sent as Record<string, unknown> | undefined;
    return typeof s?.body === 'string' && typeof s.key === 'string'
      ? { values, sent: { body: s.body, key: s.key } }
      : { values };
  } catch {
    return { values: {} };
  }
}

/** Keeps the draft; false when the browser does not keep it (private mode, full storage). */
export function saveDraft(storage: DraftStorage, key: string, draft: StoredDraft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage, key: string) {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing kept, nothing to clear.
  }
}

/** The draft with one page's answers put in (other pages' answers stay). */
export function withAnswers(draft: StoredDraft, answers: Draft): StoredDraft {
  return { ...draft, values: { ...draft.values, ...answers } };
}

/**
 * The key to send this body with: the same as last time when the body is the same (a retry
 * makes one case), a new one when the parent changed an answer since.
 */
export function keyForBody(draft: StoredDraft, body: string): { key: string; draft: StoredDraft } {
  if (draft.sent?.body === body) return { key: draft.sent.key, draft };
  const key = newKey();
  return { key, draft: { ...draft, sent: { body, key } } };
}

/**
 * A rule across fields (core/fields.ts: CrossFieldRule) as a page runs it, over any record
 * of answers. Spelled out rather than CrossFieldRule<Record<string, unknown>>: `keyof T` in
 * `reads` would make TypeScript refuse every form's own rules.
 */
export interface PageRule {
  reads: readonly string[];
  issues(value: Record<string, unknown>): FieldError[];
}

/**
 * The check of one page with the API's own schema: each field on the page with its own
 * check, then the schema's rules across fields (the same rules its refine runs) that read
 * a field of this page, once every field they read is answered and valid, on this page or
 * kept from an earlier one. A rule's message shows only at a field of this page; a rule
 * waiting for a later page is left to that page and to the check page.
 */
export function pageCheck(
  schema: z.ZodMiniObject,
  page: FormPageSpec,
  order: readonly string[],
  across: { rules?: readonly PageRule[]; earlier?: Draft } = {},
): (draft: Draft) => Checked<Draft> {
  const fieldCheck = (name: string) => {
    const field = schema.shape[name] as z.ZodMiniType | undefined;
    if (!field) throw new Error(`The schema has no field "${name}"`);
    return field;
  };
  const onPage = new Set(page.fields.map((field) => field.name));
  return (draft) => {
    const answers = { ...across.earlier, ...draft };
    const asked = page.fields.filter((field) => isAsked(field, answers));
    const problems = new Map<string, string>();
    const valid: Record<string, unknown> = {};
    for (const { name } of asked) {
      const result = fieldCheck(name).safeParse(draft[name]);
      if (result.success) valid[name] = result.data;
      else problems.set(name, fieldErrors(result.error, order)[0]?.message ?? kitTexts().fillIn);
    }
    for (const rule of across.rules ?? []) {
      if (!rule.reads.some((name) => onPage.has(name))) continue;
      const value: Record<string, unknown> = {};
      const ready = rule.reads.every((name) => {
        if (onPage.has(name)) {
          value[name] = valid[name];
          // A field of this page with its own problem, or one not asked: the rule waits.
          return name in valid;
        }
        if (answers[name] === undefined) return false;
        const result = fieldCheck(name).safeParse(answers[name]);
        value[name] = result.data;
        return result.success;
      });
      if (!ready) continue;
      for (const { field, message } of rule.issues(value)) {
        if (onPage.has(field) && !problems.has(field)) problems.set(field, message);
      }
    }
    const rank = (field: string) => page.fields.findIndex((item) => item.name === field);
    const errors = [...problems]
      .map(([field, message]) => ({ field, message }))
      .sort((a, b) => rank(a.field) - rank(b.field));
    return errors.length === 0 ? { ok: true, value: draft } : { ok: false, errors };
  };
}

/** The page that asks this field, if any. */
export function pageOf(form: MultiPageForm, field: string): FormPageSpec | undefined {
  return form.pages.find((page) => page.fields.some((item) => item.name === field));
}

const join = (base: string, slug: string) => `${base.replace(/\/$/, '')}/${slug}/`;

/**
 * Where a page goes after a good answer: back to the summary when it came from a "Wijzig"
 * link, else the next page, and after the last page the summary.
 */
export function nextHref(form: MultiPageForm, base: string, slug: string, back: boolean): string {
  const index = form.pages.findIndex((page) => page.slug === slug);
  const next = back ? undefined : form.pages[index + 1];
  return join(base, next ? next.slug : form.checkSlug);
}

/** The page before this one (the first page has none; the summary's is the last page). */
export function previousHref(form: MultiPageForm, base: string, slug: string): string | undefined {
  const index =
    slug === form.checkSlug ? form.pages.length : form.pages.findIndex((p) => p.slug === slug);
  const previous = index > 0 ? form.pages[index - 1] : undefined;
  return previous ? join(base, previous.slug) : undefined;
}

/** A "Wijzig" link, and an API error's link: the field's page, that field focused, then back. */
export function changeHref(form: MultiPageForm, base: string, field: string): string | undefined {
  const page = pageOf(form, field);
  return page ? `${join(base, page.slug)}?${backToCheck}=1#${fieldId(field)}` : undefined;
}

/** The field a page should focus on arrival: the one its address names, if it is on the page. */
export function fieldFromHash(page: FormPageSpec, hash: string): string | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return page.fields.find((field) => fieldId(field.name) === id)?.name;
}

/** One row of the check-your-answers list. */
export interface AnswerRow {
  field: string;
  label: string;
  value: string;
  href: string;
}

/** How an answer reads: a choice by its label, a checkbox as yes or no (Ja, Nee), text as typed. */
export function shownValue(field: PageField, value: string | boolean): string {
  if (typeof value === 'boolean') return value ? kitTexts().yes : kitTexts().no;
  return field.options?.[value] ?? field.format?.(value.trim()) ?? value.trim();
}

/** Every answered field the form asked, in its order, with the link that changes it. */
export function answerRows(form: MultiPageForm, base: string, values: Draft): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const page of form.pages) {
    for (const field of page.fields) {
      if (!isAsked(field, values)) continue;
      const value = values[field.name];
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      rows.push({
        field: field.name,
        label: field.label,
        value: shownValue(field, value),
        href: changeHref(form, base, field.name)!,
      });
    }
  }
  return rows;
}

/** Every field of the form in page order: the order of the error summary. */
export const fieldOrder = (form: MultiPageForm) =>
  form.pages.flatMap((page) => page.fields.map((field) => field.name));
