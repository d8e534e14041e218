/**
 * A JSON body checked in the language of the form that sent it (issue #14): the body's
 * `lang` picks the schema (a factory over that language's messages), so the field errors
 * come back in the parent's language. An unknown or missing `lang` is Dutch. The route's
 * declaration keeps the Dutch schema for its document; this is only its check, the same
 * as router.ts's jsonBody otherwise.
 */
import type { Context } from 'hono';
import { validator } from 'hono/validator';
import type { $ZodType } from 'zod/v4/core';
import * as z from 'zod/mini';
import { languageOf } from '../core/form-language.ts';
import type { Locale } from '../core/locales.ts';
import { fieldErrors } from '../lib/field-errors.ts';
import { jsonBody } from './router.ts';

export function localizedJsonBody<T extends $ZodType>(
  /** The Dutch schema: its output is the body's type in every language. */
  dutch: T,
  schemaIn: (lang: Locale) => $ZodType<z.output<T>>,
  fieldOrder: readonly string[],
  invalidInput: (lang: Locale) => string,
) {
  const dutchCheck = jsonBody(dutch, fieldOrder);
  const built = new Map<Locale, $ZodType<z.output<T>>>();
  const schemaFor = (lang: Locale) => {
    let schema = built.get(lang);
    if (!schema) built.set(lang, (schema = schemaIn(lang)));
    return schema;
  };
  const other = validator('json', (value, c: Context) => {
    const lang = languageOf(value);
    const result = z.safeParse(schemaFor(lang), value);
    if (!result.success) {
      return c.json(
        { message: invalidInput(lang), errors: fieldErrors(result.error, fieldOrder) },
        400,
      );
    }
    return result.data as z.output<T>;
  });
  // Dutch (and anything not JSON) goes through the plain check, exactly as before.
  return (async (c, next) => {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    const json = /^application\/([\w.-]+\+)?json$/i.test(mediaType);
    if (!json) return dutchCheck(c, next);
    const lang = languageOf(await c.req.json().catch(() => undefined));
    return lang === 'nl' ? dutchCheck(c, next) : other(c, next);
  }) as typeof dutchCheck;
}
