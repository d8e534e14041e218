/** Whether an API answer's `errors` is the per-field list the forms show. */
import type { FieldError } from '../../../functions/lib/field-errors.ts';

export const isFieldErrorList = (value: unknown): value is FieldError[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as FieldError).field === 'string' &&
      typeof (item as FieldError).message === 'string',
  );
