/**
 * Where "Stel je vraag" is in each language (issue #14): the form exists in every language
 * of the portal (its texts are catalogs, site/src/lib/i18n/question-form.ts), so its
 * language switcher lists them all, on the Dutch page too.
 */
import { localeCodes, type Locale } from '../../../../functions/core/locales.ts';
import { localeHref, type Alternate } from './translations';

/** The question form of an SWV in a language: `/en/<slug>/vraag/`, Dutch `/<slug>/vraag/`. */
export const questionHref = (lang: Locale, slug: string) => localeHref(lang, `${slug}/vraag`);

export const questionAlternates = (slug: string): Alternate[] =>
  localeCodes.map((lang) => ({ lang, href: questionHref(lang, slug) }));

/**
 * Whether the form's translation in a language has been checked by a person. None has:
 * they are made by an AI assistant, so each page says so (TranslationNotice).
 */
export const questionFormChecked: Record<Locale, boolean> = {
  nl: true,
  en: false,
  ar: false,
  tr: false,
  pl: false,
  uk: false,
};
