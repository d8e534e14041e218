/** Small helpers for the public Oudercafé forms' calls to the API. */
import type { FieldError } from '../../../../functions/lib/field-errors.ts';

export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const isFieldErrorList = (value: unknown): value is FieldError[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as FieldError).field === 'string' &&
      typeof (item as FieldError).message === 'string',
  );

/** The `{ message, errors }` of an API answer, as far as it is there. */
export function problemOf(data: unknown): { message?: string; errors: FieldError[] } {
  const body = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    ...(typeof body.message === 'string' && body.message ? { message: body.message } : {}),
    errors: isFieldErrorList(body.errors) ? body.errors : [],
  };
}
