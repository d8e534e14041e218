/**
 * The route chooser's catalogs, one per language (chooser-texts.ts). Build time only: a
 * page takes its own language's texts from here, and hands the browser only the deadline
 * texts of that one language.
 */
import type { ChooserTexts, TranslatedChooserTexts, TranslatedLocale } from '../chooser-texts.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export const translatedChooserTexts: Record<TranslatedLocale, TranslatedChooserTexts> = {
  en,
  ar,
  tr,
  pl,
  uk,
};

export const chooserTexts: { nl: ChooserTexts } & Record<TranslatedLocale, ChooserTexts> = {
  nl,
  ...translatedChooserTexts,
};
