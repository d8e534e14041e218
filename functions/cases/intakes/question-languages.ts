/**
 * The question's schema in the language a request asks for (issue #14), on the server:
 * the API picks it by the body's `lang`. Made once per language. A form in the browser
 * builds its own from the messages its page carries, so no page ships every language.
 */
import { sourceLocale, type Locale } from '../../core/locales.ts';
import { questionMessagesIn } from './question-messages.ts';
import { questionInput, questionInputIn } from './question-schema.ts';

const made = new Map<Locale, ReturnType<typeof questionInputIn>>([[sourceLocale, questionInput]]);

export function questionInputFor(lang: Locale): ReturnType<typeof questionInputIn> {
  let schema = made.get(lang);
  if (!schema) {
    schema = questionInputIn(questionMessagesIn(lang));
    made.set(lang, schema);
  }
  return schema;
}
