import type { Context, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type { $ZodType } from 'zod/v4/core';
import * as z from 'zod/mini';
import { fieldErrors } from '../lib/field-errors.ts';

export const invalidInputMessage = 'Er is een probleem met de gegevens die je stuurde';

/** Answers several back-office routes share. */
export const messages = {
  conflict:
    'Iemand anders heeft dit dossier net veranderd. Laad het dossier opnieuw en probeer het nog eens.',
  keyReused: 'Deze sleutel is al gebruikt voor een andere wijziging. Laad de pagina opnieuw.',
  badCursor: 'De lijst kon niet verder worden geladen. Begin opnieuw bovenaan de lijst.',
} as const;

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * Validates a JSON body with a shared schema. Failures answer 400 with one Dutch
 * message per field, in form order: the shape the forms show in their error summary.
 */
/**
 * The same schema with its messages in the language a body asks for (issue #14), and the
 * answer's message in it: the public forms answer a person in the form's language.
 */
export type InLanguage = (body: unknown) => { schema: $ZodType; message: string };

export function jsonBody<T extends $ZodType>(
  schema: T,
  fieldOrder: readonly string[],
  inLanguage?: InLanguage,
) {
  return validator('json', (value, c: Context) => {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (!jsonMediaType.test(mediaType)) {
      return c.json({ message: 'De gegevens moeten als JSON worden verstuurd.' }, 415);
    }
    const chosen = inLanguage?.(value);
    const result = z.safeParse(chosen?.schema ?? schema, value);
    if (!result.success) {
      return c.json(
        {
          message: chosen?.message ?? invalidInputMessage,
          errors: fieldErrors(result.error, fieldOrder),
        },
        400,
      );
    }
    return result.data as z.output<T>;
  });
}

const idempotencyKeyPattern = /^[A-Za-z0-9_-]{16,128}$/;

const keyHeader = validator('header', (headers, c) => {
  const key = headers['idempotency-key'];
  if (typeof key !== 'string' || !idempotencyKeyPattern.test(key)) {
    return c.json(
      {
        message: 'De aanvraag mist een geldige Idempotency-Key. Laad de pagina opnieuw.',
        errors: [{ field: 'form', message: 'Laad de pagina opnieuw en probeer het nog eens' }],
      },
      400,
    );
  }
  return { key };
});

/**
 * The client's key for one submission; a retry with the same key changes nothing. Typed by
 * hand on the way in: Hono would name the header after what the check makes of it (`key`).
 */
export const idempotencyKey = keyHeader as unknown as typeof keyHeader extends MiddlewareHandler<
  infer E,
  infer P,
  infer _I,
  infer R
>
  ? MiddlewareHandler<
      E,
      P,
      { in: { header: { 'idempotency-key': string } }; out: { header: { key: string } } },
      R
    >
  : never;

/** Query parameters checked with a schema: 400 with Dutch messages per field. */
export function queryParams<T extends $ZodType>(schema: T, fieldOrder: readonly string[]) {
  return validator('query', (value, c: Context) => {
    const result = z.safeParse(schema, value);
    if (!result.success) {
      return c.json(
        { message: invalidInputMessage, errors: fieldErrors(result.error, fieldOrder) },
        400,
      );
    }
    return result.data as z.output<T>;
  });
}

/** A 400 for one field, in the shape the forms show. */
export const fieldProblem = (c: Context, field: string, message: string) =>
  c.json({ message: invalidInputMessage, errors: [{ field, message }] }, 400);

export const tenantSlugPattern = /^[a-z0-9-]{2,64}$/;

/** A path parameter as the document shows it; whether it names anything decides a 404. */
export const pathParam = (pattern: RegExp) => z.string().check(z.regex(pattern));
export const swvParam = pathParam(tenantSlugPattern);
