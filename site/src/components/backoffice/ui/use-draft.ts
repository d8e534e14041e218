/**
 * A form's draft: each field's text as typed. `bind(key)` hands a field block its name,
 * value, onChange and error in one go, so each field is wired once and the same way.
 */
import { useState } from 'react';
import type { FormErrors } from './use-form-errors.ts';

export type TextDraft<Draft> = { [Key in keyof Draft]: string };

export function useDraft<Draft extends TextDraft<Draft>>(
  empty: Draft,
  form: Pick<FormErrors, 'errorFor'>,
  /** The page's field names where they differ from the draft's keys. */
  names: Partial<Record<keyof Draft, string>> = {},
) {
  const [draft, setDraft] = useState<Draft>(empty);
  const set = (key: keyof Draft) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const bind = (key: keyof Draft & string) => {
    const name = names[key] ?? key;
    return { name, value: draft[key], onChange: set(key), error: form.errorFor(name) };
  };
  return { draft, setDraft, bind };
}
