/**
 * Reclassify a case: give it another of the steunpunt's topics. The list is what the
 * form offers now, plus the case's own topic if that has since been hidden.
 */
import { useEffect, useState, type SubmitEvent } from 'react';
import type { CaseDetail } from '../../../../../functions/cases/case.ts';
import { SelectField, type Option } from '../../form/fields.tsx';
import { Outcome } from '../ui/Alert.tsx';
import type { RunAction, SectionOutcome } from './case-actions.ts';
import type { TopicLabels } from '../steunpunt/steunpunt-topics.ts';
import { kindWords } from './case-kind-words.ts';

export const topicField = 'onderwerp';

export function TopicForm(props: {
  detail: CaseDetail;
  topics: TopicLabels;
  run: RunAction;
  outcome: SectionOutcome | undefined;
  errorFor: (field: string) => string | undefined;
  showErrors: (errors: { field: string; message: string }[]) => void;
}) {
  const { detail, topics, run, outcome, errorFor, showErrors } = props;
  const { noun } = kindWords(detail);
  const [topic, setTopic] = useState(detail.topic);
  const [busy, setBusy] = useState(false);
  useEffect(() => setTopic(detail.topic), [detail.topic]);

  const options: Option[] = topics.topics
    .filter((t) => !t.hidden || t.key === detail.topic)
    .map((t) => ({ value: t.key, label: t.label }));
  if (!options.some((option) => option.value === detail.topic)) {
    options.push({ value: detail.topic, label: topics.labelOf(detail.topic) });
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!topic) {
      showErrors([{ field: topicField, message: 'Kies een onderwerp' }]);
      return;
    }
    if (topic === detail.topic) {
      showErrors([
        {
          field: topicField,
          message: `De ${noun} gaat al over ‘${topics.labelOf(topic)}’. Kies een ander onderwerp`,
        },
      ]);
      return;
    }
    setBusy(true);
    await run({
      section: 'topic',
      path: 'topic',
      body: { topic, version: detail.version },
      fields: { topic: topicField },
      success: `Het onderwerp is nu ‘${topics.labelOf(topic)}’.`,
    });
    setBusy(false);
  }

  return (
    <form className="bo-form" noValidate onSubmit={(event) => void submit(event)}>
      <SelectField
        name={topicField}
        label={`Onderwerp van de ${noun}`}
        hint={`Past het onderwerp niet bij de ${noun}? Kies een beter onderwerp. De monitor telt de ${noun} dan mee onder het nieuwe onderwerp.`}
        placeholder="Kies een onderwerp"
        options={options}
        value={topic}
        onChange={setTopic}
        error={errorFor(topicField)}
      />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {busy ? 'Bezig…' : 'Onderwerp wijzigen'}
      </button>
      <Outcome outcome={outcome?.section === 'topic' ? outcome : undefined} />
    </form>
  );
}
