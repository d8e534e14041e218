/**
 * The logic of a form of several pages (site/src/components/form/form-pages-core.ts): the
 * draft kept across pages with its idempotency key, each page's check with the API's own
 * schema, the links between pages and the check-your-answers rows. The question schema
 * stands in for an intake: split over three pages here, it is a real shared schema with
 * per-field messages and a check across fields. The complaint form's contact page shows a
 * question asked only after some answers (the reminder) and a second rule across fields.
 */
import { describe, expect, it } from 'vitest';
import {
  questionFieldOrder,
  questionInput,
} from '../../functions/cases/intakes/question-schema.ts';
import { questionLimits, roles } from '../../functions/core/vocabulary.ts';
import { complaintInput, complaintRules } from '../../functions/cases/intakes/complaint-schema.ts';
import { channelNeedsAddress } from '../../functions/core/fields.ts';
import { complaintForm } from '../../site/src/components/complaint/complaint-pages.ts';
import { schemaCheck } from '../../site/src/components/form/form-kit.ts';
import {
  answerRows,
  askedAnswers,
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

  it('shows a check across fields on the page that asks its fields, with the schema’s own rule and message', () => {
    const contact = pageCheck(questionInput, spec.pages[2]!, fieldOrder(spec), {
      rules: [channelNeedsAddress],
    });
    const draft = { ...complete, email: '' };
    const onPage = contact(draft);
    // The one-page question form runs the same rule as the schema's refine: same message.
    const whole = schemaCheck(questionInput, questionFieldOrder)(draft);
    expect(onPage).toEqual({
      ok: false,
      errors: [
        { field: 'email', message: 'Vul je e-mailadres in, want je wilt contact per e-mail' },
      ],
    });
    expect(whole).toEqual(onPage);
    expect(contact({ ...complete, contactChannel: 'telefoon', phone: '' })).toEqual({
      ok: false,
      errors: [
        {
          field: 'phone',
          message: 'Vul je telefoonnummer in, want je wilt dat we bellen of appen',
        },
      ],
    });
    expect(contact(complete)).toEqual({ ok: true, value: complete });
    // Without the rules a page judges its fields alone, and the summary page catches the rest.
    expect(pageCheck(questionInput, spec.pages[2]!, fieldOrder(spec))(draft).ok).toBe(true);
    expect(changeHref(spec, base, 'email')).toBe(
      '/swv-test/vraag-in-stappen/contact/?terug=1#vraag-email',
    );
  });

  it('runs a rule only when every field it reads is answered and valid, and shows it only at this page’s fields', () => {
    const contact = pageCheck(questionInput, spec.pages[2]!, fieldOrder(spec), {
      rules: [channelNeedsAddress],
    });
    // No channel chosen: its own message, not a guess about which address is missing.
    expect(contact({ ...complete, contactChannel: '', email: '' })).toEqual({
      ok: false,
      errors: [{ field: 'contactChannel', message: 'Kies hoe we contact met je opnemen' }],
    });
    // A wrong address keeps its own message; the rule does not add a second one.
    expect(contact({ ...complete, email: 'ouder@' })).toEqual({
      ok: false,
      errors: [{ field: 'email', message: 'Vul een e-mailadres in zoals naam@voorbeeld.nl' }],
    });
    const youngInZeist = {
      reads: ['role', 'gemeente'],
      issues: (value: Record<string, unknown>) =>
        value.role === 'jongere' && value.gemeente === 'Zeist'
          ? [
              { field: 'role', message: 'Rol en gemeente passen niet' },
              { field: 'gemeente', message: 'Gemeente en rol passen niet' },
            ]
          : [],
    };
    const who = (earlier: Record<string, string>) =>
      pageCheck(questionInput, spec.pages[0]!, fieldOrder(spec), {
        rules: [youngInZeist],
        earlier,
      })({ role: 'jongere' });
    // The other field is on a later page, not answered yet: that page runs the rule.
    expect(who({}).ok).toBe(true);
    expect(who({ gemeente: 'Nergenshuizen' }).ok).toBe(true);
    // Answered before (a "Wijzig" link): the message stands at this page's field only.
    expect(who({ gemeente: 'Zeist' })).toEqual({
      ok: false,
      errors: [{ field: 'role', message: 'Rol en gemeente passen niet' }],
    });
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

describe('a question asked only after some answers (the complaint’s reminder)', () => {
  const contactPage = complaintForm.pages.find((page) => page.slug === 'contact')!;
  const contact = (earlier: Record<string, string>) =>
    pageCheck(complaintInput, contactPage, fieldOrder(complaintForm), {
      rules: complaintRules,
      earlier,
    });
  const answers = {
    name: '',
    contactChannel: 'telefoon',
    email: '',
    phone: '06 12345678',
    reminder: true,
  };
  const bezwaar = { route: 'bezwaar-tlv', decisionDate: '2025-04-17' };

  it('is asked when a route with a term has a date, and its rule across fields shows on its page', () => {
    expect(isAsked(contactPage.fields.at(-1)!, bezwaar)).toBe(true);
    expect(contact(bezwaar)(answers)).toEqual({
      ok: false,
      errors: [
        { field: 'email', message: 'Vul je e-mailadres in, want de herinnering komt per e-mail' },
      ],
    });
    expect(contact(bezwaar)({ ...answers, reminder: false }).ok).toBe(true);
  });

  it('is not asked, not checked and not listed for a route without a term, or without a date', () => {
    for (const earlier of [
      { route: 'schorsing', decisionDate: '2025-04-17' },
      { route: 'bezwaar-tlv', decisionDate: '' },
    ]) {
      expect(isAsked(contactPage.fields.at(-1)!, earlier)).toBe(false);
      expect(contact(earlier)(answers).ok).toBe(true);
      const kept = { ...earlier, ...answers };
      const rows = answerRows(complaintForm, '/swv/klacht', kept).map((row) => row.field);
      expect(rows).not.toContain('reminder');
      expect(rows.slice(-2)).toEqual(['contactChannel', 'phone']);
      // An answer kept from before the route changed counts as not given when sent.
      expect(askedAnswers(complaintForm, kept)).toEqual({ ...kept, reminder: false });
    }
    const rows = answerRows(complaintForm, '/swv/klacht', { ...bezwaar, ...answers });
    expect(rows.map((row) => [row.field, row.value])).toContainEqual(['reminder', 'Ja']);
    expect(askedAnswers(complaintForm, { ...bezwaar, ...answers })).toEqual({
      ...bezwaar,
      ...answers,
    });
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
