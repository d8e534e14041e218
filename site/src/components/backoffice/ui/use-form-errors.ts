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
