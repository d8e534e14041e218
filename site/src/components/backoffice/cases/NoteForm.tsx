/** An internal note: for the steunpunt's staff only, never sent to the person. */
import { useState, type SubmitEvent } from 'react';
import { noteInput } from '../../../../../functions/cases/changes-input.ts';
import { TextAreaField } from '../../form/fields.tsx';
import { Outcome } from '../ui/Alert.tsx';
import type { RunAction, SectionOutcome } from './case-actions.ts';

export const noteField = 'notitie';

export function NoteForm(props: {
  run: RunAction;
  outcome: SectionOutcome | undefined;
  errorFor: (field: string) => string | undefined;
  showErrors: (errors: { field: string; message: string }[]) => void;
}) {
  const { run, outcome, errorFor, showErrors } = props;
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = noteInput.safeParse({ text });
    if (!checked.success) {
      showErrors([
        { field: noteField, message: checked.error.issues[0]?.message ?? 'Schrijf een notitie' },
      ]);
      return;
    }
    setBusy(true);
    const done = await run({
      section: 'note',
      path: 'notes',
      body: checked.data,
      fields: { text: noteField },
      success: 'Je notitie is toegevoegd aan de geschiedenis.',
    });
    if (done) setText('');
    setBusy(false);
  }

  return (
    <form className="bo-form" noValidate onSubmit={(event) => void submit(event)}>
      <TextAreaField
        name={noteField}
        label="Notitie"
        hint="Alleen medewerkers van het steunpunt lezen notities. Ze worden verwijderd met de persoonsgegevens."
        rows={4}
        value={text}
        onChange={setText}
        error={errorFor(noteField)}
      />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {busy ? 'Bezig…' : 'Notitie toevoegen'}
      </button>
      <Outcome outcome={outcome?.section === 'note' ? outcome : undefined} />
    </form>
  );
}
