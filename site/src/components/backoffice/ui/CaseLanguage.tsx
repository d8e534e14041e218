/**
 * A case's language and tolk wish (issue #14), as the Dutch back office shows them: the
 * language named in Dutch with its own name beside it, marked with its own `lang` so a
 * screen reader says "Türkçe" in Turkish ("Turks (Türkçe)"); the tolk wish in words.
 */
import { languageNamesInDutch, ownLanguageName } from '../../../../../functions/cases/case.ts';
import type { Locale } from '../../../../../functions/core/locales.ts';
import { localeCodes } from '../../../../../functions/core/locales.ts';

/** "Turks (Türkçe)" as plain text: for a select's options, which hold no markup. */
export const languageText = (lang: Locale) => {
  const own = ownLanguageName(lang);
  return own ? `${languageNamesInDutch[lang]} (${own})` : languageNamesInDutch[lang];
};

/** The languages to choose from, Dutch first. */
export const languageOptions = localeCodes.map((lang) => ({
  value: lang,
  label: languageText(lang),
}));

export function LanguageName({ lang }: { lang: Locale }) {
  const own = ownLanguageName(lang);
  return (
    <>
      {languageNamesInDutch[lang]}
      {own && (
        <>
          {' ('}
          <span lang={lang}>{own}</span>
          {')'}
        </>
      )}
    </>
  );
}

export const tolkText = (tolk: boolean) => (tolk ? 'Ja' : 'Nee');

/**
 * The inbox line's marks: a badge for a case in another language than Dutch, and one when
 * the parent would like a tolk. A Dutch case without that wish shows nothing, so the marks
 * stand out where they matter.
 */
export function LanguageMarks({ item }: { item: { language: Locale; tolk: boolean } }) {
  if (item.language === 'nl' && !item.tolk) return <>–</>;
  return (
    <span className="bo-language-marks">
      {item.language !== 'nl' && (
        <span className="utrecht-status-badge bo-language-badge">
          <LanguageName lang={item.language} />
        </span>
      )}
      {item.tolk && (
        <strong className="utrecht-status-badge bo-language-badge bo-tolk-badge">
          Tolk gewenst
        </strong>
      )}
    </span>
  );
}
