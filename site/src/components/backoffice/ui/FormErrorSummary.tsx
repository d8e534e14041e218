/**
 * The error summary of a back-office form (GOV.UK pattern), from the page's
 * useFormErrors: each message links to its field; a message for the whole form links nowhere.
 */
import type { RefObject } from 'react';
import type { FieldError } from '../../../../../functions/lib/field-errors.ts';
import { ErrorSummary } from '../../form/ErrorSummary.tsx';
import { fieldId } from '../../form/fields.tsx';

export function FormErrorSummary(props: {
  form: { errors: FieldError[]; summaryRef: RefObject<HTMLDivElement | null> };
}) {
  const { errors, summaryRef } = props.form;
  if (errors.length === 0) return null;
  return (
    <ErrorSummary
      ref={summaryRef}
      items={errors.map((error) => ({
        message: error.message,
        targetId: error.field === 'form' ? undefined : fieldId(error.field),
      }))}
    />
  );
}
