/**
 * The texts the form kit's script shows, in the page's language: a translated page carries
 * its own language's part of the catalog (KitTexts.astro, site/src/lib/i18n/form-kit.ts),
 * so no page ships all six; a Dutch page carries none and the kit speaks Dutch.
 */
import { browserKitNl, type BrowserKitTexts } from '../../lib/i18n/form-kit.ts';

export type { BrowserKitTexts };

/** The id of the JSON script KitTexts.astro writes. */
export const kitTextsId = 'form-kit-texts';

let read: BrowserKitTexts | undefined;

/** The page's kit texts: read once from the page, Dutch on a page that carries none. */
export function kitTexts(): BrowserKitTexts {
  if (read) return read;
  const script = typeof document === 'undefined' ? null : document.getElementById(kitTextsId);
  read = script?.textContent ? (JSON.parse(script.textContent) as BrowserKitTexts) : browserKitNl;
  return read;
}
