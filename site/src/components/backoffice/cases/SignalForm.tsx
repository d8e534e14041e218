/**
 * A signal for the SWV's monitor: a category and a short text about how the system works
 * (or does not), never about a person. The SWV reads it, so the hint asks for no names.
 */
import { useEffect, useState, type SubmitEvent } from 'react';
import { signalCategories, type CaseDetail } from '../../../../../functions/cases/case.ts';
import { CheckboxField, SelectField, TextAreaField } from '../../form/fields.tsx';
import { Outcome } from '../ui/Alert.tsx';
import type { RunAction, SectionOutcome } from './case-actions.ts';
import { kindWords } from './case-kind-words.ts';

export const signalFields = {
  hasSignal: 'signaal',
  category: 'signaal-categorie',
  text: 'signaal-tekst',
} as const;

const maxText = 280;

/** Where the saved text stands in the coördinator's review (four eyes). */
const reviewWords = {
  pending:
    'Een coördinator heeft de tekst nog niet beoordeeld. Het samenwerkingsverband leest hem pas na goedkeuring.',
  approved: 'Een coördinator heeft de tekst goedgekeurd voor het samenwerkingsverband.',
  rejected: 'Een coördinator heeft de tekst afgewezen. Het samenwerkingsverband leest hem niet.',
} as const;

export function SignalForm(props: {
  detail: CaseDetail;
  run: RunAction;
  outcome: SectionOutcome | undefined;
  errorFor: (field: string) => string | undefined;
  showErrors: (errors: { field: string; message: string }[]) => void;
}) {
  const { detail, run, outcome, errorFor, showErrors } = props;
  const { noun } = kindWords(detail);
  const [hasSignal, setHasSignal] = useState(Boolean(detail.signal ?? detail.hasSignal));
  const [category, setCategory] = useState<string>(detail.signal?.category ?? '');
  const [text, setText] = useState(detail.signal?.text ?? '');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setHasSignal(Boolean(detail.signal ?? detail.hasSignal));
    setCategory(detail.signal?.category ?? '');
    setText(detail.signal?.text ?? '');
  }, [detail.signal, detail.hasSignal]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors: { field: string; message: string }[] = [];
    if (hasSignal && !category) {
      errors.push({ field: signalFields.category, message: 'Kies een categorie voor het signaal' });
    }
    if (hasSignal && text.trim().length > maxText) {
      errors.push({
        field: signalFields.text,
        message: `De omschrijving is te lang. Gebruik hoogstens ${maxText} tekens`,
      });
    }
    if (errors.length > 0) {
      showErrors(errors);
      return;
    }
    setBusy(true);
    const body = hasSignal
      ? {
          hasSignal: true,
          // Checked above against the categories; the API checks it again.
          category: category as keyof typeof signalCategories,
          ...(text.trim() ? { text: text.trim() } : {}),
          version: detail.version,
        }
      : { hasSignal: false, version: detail.version };
    await run({
      section: 'signal',
      path: 'signal',
      body,
      fields: { category: signalFields.category, text: signalFields.text },
      success: hasSignal
        ? 'Het signaal is opgeslagen.'
        : `Deze ${noun} heeft nu geen signaal meer.`,
    });
    setBusy(false);
  }

  return (
    <form className="bo-form" noValidate onSubmit={(event) => void submit(event)}>
      <CheckboxField
        name={signalFields.hasSignal}
        label={`Deze ${noun} is een signaal voor het samenwerkingsverband`}
        hint="Bijvoorbeeld als iets in de regio niet goed werkt en vaker voorkomt."
        checked={hasSignal}
        onChange={setHasSignal}
        error={errorFor(signalFields.hasSignal)}
      />
      {hasSignal && (
        <>
          <SelectField
            name={signalFields.category}
            label="Categorie"
            placeholder="Kies een categorie"
            options={Object.entries(signalCategories).map(([value, label]) => ({ value, label }))}
            value={category}
            onChange={setCategory}
            error={errorFor(signalFields.category)}
          />
          <TextAreaField
            name={signalFields.text}
            label="Korte omschrijving (niet verplicht)"
            hint={`Een coördinator leest de tekst eerst. Na goedkeuring leest het samenwerkingsverband hem. Schrijf geen namen van kinderen, ouders, scholen of plaatsen. Hoogstens ${maxText} tekens.`}
            rows={3}
            value={text}
            onChange={setText}
            error={errorFor(signalFields.text)}
          />
          {detail.signal?.review && (
            <p className="utrecht-paragraph">{reviewWords[detail.signal.review.state]}</p>
          )}
        </>
      )}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {busy ? 'Bezig…' : 'Signaal opslaan'}
      </button>
      <Outcome outcome={outcome?.section === 'signal' ? outcome : undefined} />
    </form>
  );
}
