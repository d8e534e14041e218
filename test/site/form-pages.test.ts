/**
 * The logic of a form of several pages (site/src/components/form/form-pages-core.ts): the
 * draft kept across pages with its idempotency key, each page's check with the API's own
 * schema, the links between pages and the check-your-answers rows. The question schema
 * stands in for an intake: split over three pages here, it is a real shared schema with
 * per-field messages and a check across fields.
 */
import { describe, expect, it } from 'vitest';
import {
  questionFieldOrder,
  questionInput,
} from '../../functions/cases/intakes/question-schema.ts';
import { questionLimits, roles } from '../../functions/core/vocabulary.ts';
import { schemaCheck } from '../../site/src/components/form/form-kit.ts';
import {
  answerRows,
  changeHref,
  clearDraft,
  draftStorageKey,
  fieldFromHash,
  fieldOrder,
  keyForBody,
  loadDraft,
  nextHref,
  pageCheck,
  pageOf,
  previousHref,
  saveDraft,
  withAnswers,
  type DraftStorage,
  type MultiPageForm,
} from '../../site/src/components/form/form-pages-core.ts';

const spec: MultiPageForm = {
  id: 'vraag-in-stappen',
  checkSlug: 'controleer',
  pages: [
    { slug: 'wie', fields: [{ name: 'role', label: 'Wie stelt de vraag?', options: roles }] },
    {
      slug: 'vraag',
      fields: [
        { name: 'topic', label: 'Onderwerp' },
        { name: 'question', label: 'Je vraag' },
        { name: 'schoolType', label: 'Soort school' },
        { name: 'gemeente', label: 'Gemeente' },
      ],
    },
    {
      slug: 'contact',
      fields: [
        { name: 'name', label: 'Naam' },
        { name: 'contactChannel', label: 'Contact via' },
        { name: 'email', label: 'E-mailadres' },
        { name: 'phone', label: 'Telefoonnummer' },
        { name: 'consent', label: 'Privacyverklaring gelezen' },
      ],
    },
  ],
};
const base = '/swv-test/vraag-in-stappen';

/** sessionStorage as a map; `failing` acts like a browser that keeps nothing. */
function memoryStorage(failing = false): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem(key, value) {
      if (failing) throw new DOMException('Quota', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

const complete = {
  role: 'ouder',
  topic: 'ondersteuning',
  question: 'Mijn kind krijgt geen ondersteuning in de klas. Wat kan ik doen?',
  schoolType: 'po',
  gemeente: 'Utrecht',
  name: '',
  contactChannel: 'email',
  email: 'ouder@example.nl',
  phone: '',
  consent: true,
};

describe('the kept draft', () => {
  it('has one key per form and SWV', () => {
    expect(draftStorageKey(spec, 'swv-a')).toBe('formulier:vraag-in-stappen:swv-a');
    expect(draftStorageKey(spec, 'swv-a')).not.toBe(draftStorageKey(spec, 'swv-b'));
  });

  it('keeps the answers of each page across pages and clears them after sending', () => {
    const storage = memoryStorage();
    const key = draftStorageKey(spec, 'swv-a');
    expect(loadDraft(storage, key)).toEqual({ values: {} });
    saveDraft(storage, key, withAnswers(loadDraft(storage, key), { role: 'ouder' }));
    saveDraft(storage, key, withAnswers(loadDraft(storage, key), { topic: 'ondersteuning' }));
    saveDraft(storage, key, withAnswers(loadDraft(storage, key), { role: 'jongere' }));
    expect(loadDraft(storage, key).values).toEqual({ role: 'jongere', topic: 'ondersteuning' });
    clearDraft(storage, key);
    expect(storage.map.size).toBe(0);
    expect(loadDraft(storage, key)).toEqual({ values: {} });
  });

  it('reads a broken or foreign entry as an empty draft, and says when the browser keeps nothing', () => {
    const storage = memoryStorage();
    storage.map.set('a', '{not json');
    storage.map.set('b', JSON.stringify({ values: { role: { nested: true } } }));
    storage.map.set('c', JSON.stringify({ values: { role: 'ouder' }, sent: { body: 1 } }));
    expect(loadDraft(storage, 'a')).toEqual({ values: {} });
    expect(loadDraft(storage, 'b')).toEqual({ values: {} });
    expect(loadDraft(storage, 'c')).toEqual({ values: { role: 'ouder' } });
    expect(saveDraft(memoryStorage(true), 'x', { values: { role: 'ouder' } })).toBe(false);
  });

  it('sends a retry of the same draft with the same key, also after a reload, and a changed draft with a new one', () => {
    const storage = memoryStorage();
    const key = draftStorageKey(spec, 'swv-a');
    const body = JSON.stringify(complete);
    const first = keyForBody({ values: complete }, body);
    saveDraft(storage, key, first.draft);
    // The answer got lost; the parent reloads the summary page and sends again.
    const retry = keyForBody(loadDraft(storage, key), body);
    expect(retry.key).toBe(first.key);
    const changed = keyForBody(retry.draft, JSON.stringify({ ...complete, gemeente: 'Zeist' }));
    expect(changed.key).not.toBe(first.key);
    expect(changed.key).toMatch(/^[0-9a-f-]{32,36}$/);
  });
});

describe('the check of one page', () => {
  it('judges only the fields on that page, with the schema’s own messages', () => {
    const check = pageCheck(questionInput, spec.pages[1]!, fieldOrder(spec));
    const result = check({ role: '', topic: '', question: 'Kort', schoolType: '', gemeente: '' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'topic', message: 'Kies waar je vraag over gaat' },
        {
          field: 'question',
          message: `Je vraag is te kort. Schrijf minstens ${questionLimits.textMin} tekens`,
        },
        { field: 'schoolType', message: 'Kies het soort school' },
        { field: 'gemeente', message: 'Kies je gemeente' },
      ],
    });
    expect(pageCheck(questionInput, spec.pages[0]!, fieldOrder(spec))({ role: 'ouder' })).toEqual({
      ok: true,
      value: { role: 'ouder' },
    });
  });

  it('leaves a check across fields to the summary page, which links it to its page', () => {
    const contact = pageCheck(questionInput, spec.pages[2]!, fieldOrder(spec));
    const draft = { ...complete, email: '' };
    expect(contact(draft).ok).toBe(true);
    const whole = schemaCheck(questionInput, questionFieldOrder)(draft);
    expect(whole).toEqual({
      ok: false,
      errors: [
        { field: 'email', message: 'Vul je e-mailadres in, want je wilt contact per e-mail' },
      ],
    });
    expect(changeHref(spec, base, 'email')).toBe(
      '/swv-test/vraag-in-stappen/contact/?terug=1#vraag-email',
    );
  });

  it('refuses a page that names a field the schema does not have', () => {
    const wrong = { slug: 'x', fields: [{ name: 'bsn', label: 'BSN' }] };
    expect(() => pageCheck(questionInput, wrong, [])({})).toThrow('The schema has no field "bsn"');
  });
});

describe('the way through the pages', () => {
  it('goes to the next page, after the last one to the summary, and after a change back to it', () => {
    expect(nextHref(spec, base, 'wie', false)).toBe('/swv-test/vraag-in-stappen/vraag/');
    expect(nextHref(spec, base, 'contact', false)).toBe('/swv-test/vraag-in-stappen/controleer/');
    expect(nextHref(spec, `${base}/`, 'wie', true)).toBe('/swv-test/vraag-in-stappen/controleer/');
  });

  it('has a page before each page but the first, and the summary’s is the last page', () => {
    expect(previousHref(spec, base, 'wie')).toBeUndefined();
    expect(previousHref(spec, base, 'contact')).toBe('/swv-test/vraag-in-stappen/vraag/');
    expect(previousHref(spec, base, 'controleer')).toBe('/swv-test/vraag-in-stappen/contact/');
  });

  it('finds the field to focus from the address, only on its own page', () => {
    expect(fieldFromHash(spec.pages[2]!, '#vraag-email')).toBe('email');
    expect(fieldFromHash(spec.pages[0]!, '#vraag-email')).toBeUndefined();
    expect(fieldFromHash(spec.pages[0]!, '')).toBeUndefined();
    expect(pageOf(spec, 'gemeente')?.slug).toBe('vraag');
    expect(changeHref(spec, base, 'form')).toBeUndefined();
  });
});

describe('the check-your-answers rows', () => {
  it('lists every answered field in order, a choice by its label, a checkbox as Ja, each with its Wijzig link', () => {
    const rows = answerRows(spec, base, complete);
    expect(rows.map((row) => row.field)).toEqual([
      'role',
      'topic',
      'question',
      'schoolType',
      'gemeente',
      'contactChannel',
      'email',
      'consent',
    ]);
    expect(rows[0]).toEqual({
      field: 'role',
      label: 'Wie stelt de vraag?',
      value: roles.ouder,
      href: '/swv-test/vraag-in-stappen/wie/?terug=1#vraag-role',
    });
    expect(rows.at(-1)?.value).toBe('Ja');
    expect(answerRows(spec, base, { consent: false })[0]?.value).toBe('Nee');
  });
});
