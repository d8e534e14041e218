/**
 * The mail that confirms a question from the form: its reference, when the steunpunt will
 * answer at the latest, and how. It greets the person by the name they gave, if any. It is
 * written in the form's language (`lang` among its params; Dutch when absent or unknown),
 * its dates too (core/locale-dates.ts), with its HTML's lang and dir.
 */
import { fill } from '../../core/field-messages.ts';
import { longDateIn, longDateTimeIn } from '../../core/locale-dates.ts';
import { isLocale, sourceLocale } from '../../core/locales.ts';
import type { Template } from '../../mail/templates.ts';
import { paragraphMail, when } from './intake-mail-parts.ts';
import { questionMailTexts } from './question-mail-texts.ts';

export const questionConfirmation: Template = (p) => {
  const lang = p.lang && isLocale(p.lang) ? p.lang : sourceLocale;
  const t = questionMailTexts[lang];
  const reference = p.reference ?? '';
  const steunpunt = p.steunpuntName ?? t.theSteunpunt;
  const received = when(p.receivedAt, (moment) => longDateTimeIn(lang, moment));
  const date = when(p.dueAt, (moment) => longDateIn(lang, moment));
  const contact =
    p.contactChannel === 'email'
      ? t.byEmail
      : p.contactChannel === 'whatsapp'
        ? t.byWhatsapp
        : t.byPhone;
  const subject = fill(t.subject, { reference });
  const name = p.name?.trim();
  const lines = [
    name ? fill(t.helloName, { name }) : t.hello,
    received ? fill(t.receivedOn, { steunpunt, received }) : fill(t.received, { steunpunt }),
    fill(t.reference, { reference }),
    date ? fill(t.dueBy, { date, contact }) : fill(t.dueSoon, { contact }),
    ...(p.tolk === 'ja' ? [t.tolk] : []),
    t.notYou,
    fill(t.signOff, { steunpunt }),
  ];
  // "tolk" stays Dutch in a translation, the word the steunpunt will use.
  return paragraphMail(subject, reference, lines, lang, lang === sourceLocale ? [] : ['tolk']);
};
