/**
 * The edit state of a list-and-edit page (accounts, steunpunten, templates): the form
 * makes a new item, or changes the one picked from the list. Picking one fills the form
 * and moves focus to its heading; stopping empties it again.
 */
import { useRef, useState } from 'react';
import { useDraft, type TextDraft } from './use-draft.ts';
import type { FormErrors } from './use-form-errors.ts';

export function useEditing<Item, Draft extends TextDraft<Draft>>(options: {
  empty: Draft;
  toDraft: (item: Item) => Draft;
  form: FormErrors;
  names?: Partial<Record<keyof Draft, string>>;
  /** Also done when a change starts, such as clearing the last outcome. */
  onStart?: () => void;
}) {
  const { empty, toDraft, form, names, onStart } = options;
  const [editing, setEditing] = useState<Item>();
  const fields = useDraft(empty, form, names);
  const headingRef = useRef<HTMLHeadingElement>(null);

  function startEdit(item: Item) {
    form.clear();
    onStart?.();
    setEditing(item);
    fields.setDraft(toDraft(item));
    // After React has put the form's new heading in place.
    setTimeout(() => headingRef.current?.focus());
  }

  function stopEdit() {
    setEditing(undefined);
    fields.setDraft(empty);
    form.clear();
  }

  return { ...fields, editing, startEdit, stopEdit, headingRef };
}
