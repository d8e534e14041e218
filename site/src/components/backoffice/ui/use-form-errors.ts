/**
 * The GOV.UK error pattern for a page: one error summary at the top (it gets focus and
 * the title starts with "Fout: "), and the same messages next to the fields.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldError } from '../../../../../functions/lib/field-errors.ts';

const prefix = 'Fout: ';

export function useFormErrors() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [round, setRound] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (round === 0) return;
    const base = document.title.startsWith(prefix)
      ? document.title.slice(prefix.length)
      : document.title;
    document.title = `${prefix}${base}`;
    summaryRef.current?.focus();
  }, [round]);

  const show = useCallback((list: FieldError[]) => {
    setErrors(list);
    setRound((current) => current + 1);
  }, []);

  const clear = useCallback(() => {
    setErrors([]);
    if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
  }, []);

  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;

  return { errors, show, clear, errorFor, summaryRef };
}

export type FormErrors = ReturnType<typeof useFormErrors>;

/**
 * The page's names for the API's fields: an error on a field the page names goes next to
 * that field; any other belongs to the whole form.
 */
export const toPageFields =
  (names: Record<string, string>) =>
  (error: FieldError): FieldError => ({ ...error, field: names[error.field] ?? 'form' });

/** What a refused request tells the form: its field problems, or else its one message. */
export function problemErrors(
  problem: { message: string; errors: FieldError[] },
  toPageField: (error: FieldError) => FieldError = (error) => error,
): FieldError[] {
  return problem.errors.length > 0
    ? problem.errors.map((error) => toPageField(error))
    : [{ field: 'form', message: problem.message }];
}
