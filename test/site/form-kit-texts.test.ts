/**
 * The catalogs of the public forms (issue #14): the form kit's texts, the national
 * vocabulary's labels and the shared field messages are complete in every language, with
 * no Dutch text in place of a translation and the same placeholders everywhere.
 */
import { describe, expect, it } from 'vitest';
import { fieldMessages } from '../../functions/core/field-messages.ts';
import { vocabularyLabels } from '../../functions/core/vocabulary-labels.ts';
import { contactChannels, roles, schoolTypes, topics } from '../../functions/core/vocabulary.ts';
import { formKit } from '../../site/src/lib/i18n/form-kit.ts';
import { questionForm } from '../../site/src/lib/i18n/question-form.ts';
import { questionOwnMessages } from '../../functions/cases/intakes/question-messages.ts';
import { questionMailTexts } from '../../functions/cases/intakes/question-mail-texts.ts';
import { catalogProblems } from '../support/catalog-check.ts';

describe('the form catalogs', () => {
  it('the form kit has every text in every language', () => {
    expect(catalogProblems(formKit)).toEqual([]);
  });

  it('the vocabulary has every label in every language; only WhatsApp stays as it is', () => {
    expect(catalogProblems(vocabularyLabels, ['WhatsApp'])).toEqual([]);
  });

  it('the Dutch labels are the vocabulary itself, so the API and back office read the same', () => {
    expect(vocabularyLabels.nl).toEqual({ roles, topics, schoolTypes, contactChannels });
  });

  it('the shared field messages pass the same checks', () => {
    expect(catalogProblems(fieldMessages)).toEqual([]);
  });

  it("the question's own messages and its confirmation mail are complete in every language", () => {
    expect(catalogProblems(questionOwnMessages)).toEqual([]);
    expect(catalogProblems(questionMailTexts)).toEqual([]);
  });

  it("the question form's page and confirmation are complete in every language", () => {
    expect(catalogProblems(questionForm)).toEqual([]);
  });

  it('the check finds a Dutch text left in, a missing text and a lost placeholder', () => {
    const broken = {
      nl: { a: 'Hallo {name}', b: 'Ja' },
      en: { a: 'Hello', b: 'Yes' },
      ar: { a: 'مرحبا {name}', b: '' },
      tr: { a: 'Merhaba {name}', b: 'Ja' },
      pl: { a: 'Cześć {name}', b: 'Tak' },
      uk: { a: 'Привіт {name}', b: 'Так', c: 'extra' },
    };
    expect(catalogProblems(broken)).toEqual([
      'en a: placeholders differ from Dutch',
      'ar b: missing or empty',
      'tr b: the Dutch text "Ja"',
      'uk c: not in Dutch',
    ]);
  });
});
