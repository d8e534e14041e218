/**
 * The error summary of a back-office form (GOV.UK pattern), from the page's
 * useFormErrors: each message links to its field; a message for the whole form links nowhere.
 */
import type { RefObject } from 'react';
import type { FieldError } from '../../../../../functions/lib/field-errors.ts';
import { ErrorSummary } from '../../form/ErrorSummary.tsx';
import { fieldId, optionId } from '../../form/fields.tsx';

const fieldTarget = (field: string) => (field === 'form' ? undefined : fieldId(field));

/**
 * Where the messages of a form with radio groups link to: a radio group by its first
 * option, another field by its control, anything not in `fields` nowhere.
 */
export const errorTargets =
  (fields: readonly string[], firstOptionOf: Record<string, string | undefined>) =>
  (field: string): string | undefined => {
    if (!fields.includes(field)) return undefined;
    if (!(field in firstOptionOf)) return fieldId(field);
    const first = firstOptionOf[field];
    return first ? optionId(field, first) : undefined;
  };

export function FormErrorSummary(props: {
  form: { errors: FieldError[]; summaryRef: RefObject<HTMLDivElement | null> };
  targetFor?: (field: string) => string | undefined;
}) {
  const { form, targetFor = fieldTarget } = props;
  if (form.errors.length === 0) return null;
  return (
    <ErrorSummary
      ref={form.summaryRef}
      items={form.errors.map((error) => ({
        message: error.message,
        targetId: targetFor(error.field),
      }))}
    />
  );
}
