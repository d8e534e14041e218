/**
 * "Onderwerpen" (coördinator): which topics the question form of the steunpunt's SWVs
 * offers. National topics can be hidden (not "Iets anders"); own topics can be added,
 * renamed and hidden. Nothing is deleted: questions keep their topic. One form, saved as
 * a whole list with the version the coördinator saw.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import type { FieldError } from '../../../../../functions/lib/field-errors.ts';
import {
  alwaysOfferedTopic,
  nationalTopics,
  ownTopicLabel,
  ownTopicLimits,
  type TopicSettingsInput,
} from '../../../../../functions/topics/topic-schema.ts';
import { CheckboxField, TextField } from '../../form/fields.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api, type Answer } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import { Outcome, type AlertType } from '../ui/Alert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { SaveButtons } from '../ui/SaveButtons.tsx';
import { problemErrors, useFormErrors } from '../ui/use-form-errors.ts';
import { forgetSteunpuntTopics } from './steunpunt-topics.ts';

type StaffTopics = Answer<typeof portal.backoffice.onderwerpen.$get>;

export default function TopicsPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="topics" allow={['coordinator']}>
      {() => <Topics />}
    </Shell>
  );
}

const newField = 'nieuw-onderwerp';
const ownNameField = (index: number) => `eigen-${index}-naam`;
const ownShownField = (index: number) => `eigen-${index}-op-formulier`;
const nationalField = (key: string) => `landelijk-${key}`;

interface OwnRow {
  key: string;
  /** The name as saved: the row's legend, while the field may hold a new name. */
  saved: string;
  label: string;
  shown: boolean;
}

interface Draft {
  shownNational: Record<string, boolean>;
  own: OwnRow[];
  newLabel: string;
}

const hideable = Object.keys(nationalTopics).filter((key) => key !== alwaysOfferedTopic);

function toDraft(data: StaffTopics): Draft {
  return {
    shownNational: Object.fromEntries(
      data.topics.filter((t) => t.national).map((t) => [t.key, !t.hidden]),
    ),
    own: data.topics
      .filter((t) => !t.national)
      .map((t) => ({ key: t.key, saved: t.label, label: t.label, shown: !t.hidden })),
    newLabel: '',
  };
}

function toBody(draft: Draft, version: number): TopicSettingsInput {
  return {
    hiddenNational: hideable.filter((key) => draft.shownNational[key] === false),
    own: [
      ...draft.own.map((row) => ({ key: row.key, label: row.label, hidden: !row.shown })),
      ...(draft.newLabel.trim() ? [{ label: draft.newLabel, hidden: false }] : []),
    ],
    version,
  };
}

/** The API names a row by its place in the list; the page by its field. */
function toPageField(error: FieldError, ownCount: number): FieldError {
  const row = /^own\.(\d+)\.label$/.exec(error.field);
  if (!row) return { ...error, field: 'form' };
  const index = Number(row[1]);
  return { ...error, field: index < ownCount ? ownNameField(index) : newField };
}

/** The same checks the API makes on a name, before anything is sent. */
function labelErrors(draft: Draft): FieldError[] {
  const errors: FieldError[] = [];
  draft.own.forEach((row, index) => {
    const checked = ownTopicLabel.safeParse(row.label);
    if (!checked.success) {
      errors.push({ field: ownNameField(index), message: checked.error.issues[0]!.message });
    }
  });
  if (draft.newLabel.trim()) {
    const checked = ownTopicLabel.safeParse(draft.newLabel);
    if (!checked.success) {
      errors.push({ field: newField, message: checked.error.issues[0]!.message });
    }
  }
  return errors;
}

function Fieldset(props: { legend: string; hint?: string; id: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={props.hint ? `${props.id}-uitleg` : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {props.legend}
        </legend>
        {props.hint && (
          <div className="utrecht-form-field-description" id={`${props.id}-uitleg`}>
            {props.hint}
          </div>
        )}
        {props.children}
      </fieldset>
    </div>
  );
}

function Topics() {
  const [loaded, setLoaded] = useState<Loaded<{ data: StaffTopics }>>({ status: 'loading' });
  const [draft, setDraft] = useState<Draft>({ shownNational: {}, own: [], newLabel: '' });
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const keys = useRef(new ActionKeys());

  const show = useCallback((data: StaffTopics) => {
    setLoaded({ status: 'ready', data });
    setDraft(toDraft(data));
  }, []);

  const reload = useCallback(async () => {
    const result = await api(portal.backoffice.onderwerpen.$get);
    if (result.ok) show(result.data);
    else if (result.status !== 401)
      setLoaded({ status: 'failed', message: result.problem.message });
  }, [show]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const setOwn = (index: number, change: Partial<OwnRow>) =>
    setDraft((d) => ({
      ...d,
      own: d.own.map((row, i) => (i === index ? { ...row, ...change } : row)),
    }));

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || loaded.status !== 'ready') return;
    setOutcome(undefined);
    const problems = labelErrors(draft);
    if (problems.length > 0) {
      form.show(problems);
      return;
    }
    const added = draft.newLabel.trim();
    const body = toBody(draft, loaded.data.version);
    setBusy(true);
    const result = await api(portal.backoffice.onderwerpen.$put, {
      header: { 'idempotency-key': keys.current.keyFor('save', body) },
      json: body,
    });
    setBusy(false);
    if (result.ok) {
      keys.current.done('save');
      forgetSteunpuntTopics();
      form.clear();
      show(result.data);
      setOutcome({
        type: 'ok',
        text: `${added ? `Het onderwerp ‘${added}’ is toegevoegd. ` : ''}De onderwerpen zijn opgeslagen. Het vraagformulier toont ze binnen een minuut.`,
      });
      return;
    }
    if (result.status === 401) return;
    if (result.status === 409) {
      keys.current.done('save');
      await reload();
    }
    form.show(problemErrors(result.problem, (error) => toPageField(error, draft.own.length)));
  }

  return (
    <>
      <FormErrorSummary form={form} />
      <h1 className="utrecht-heading-1">Onderwerpen van het steunpunt</h1>
      <p className="utrecht-paragraph">
        Hier kies je welke onderwerpen ouders en jongeren zien op het vraagformulier van alle
        samenwerkingsverbanden van je steunpunt. Vragen houden altijd hun onderwerp, ook als je het
        verbergt of een andere naam geeft.
      </p>
      <Outcome outcome={outcome} />

      <LoadStatus loaded={loaded} />
      {loaded.status === 'ready' && (
        <>
          {loaded.data.updatedAt && (
            <p className="utrecht-paragraph">
              Laatst gewijzigd op {formatDateTime(loaded.data.updatedAt)}.
            </p>
          )}
          <form className="bo-form" noValidate onSubmit={(event) => void save(event)}>
            <h2 className="utrecht-heading-2">Landelijke onderwerpen</h2>
            <Fieldset
              id="landelijk"
              legend="Deze landelijke onderwerpen staan op het formulier"
              hint={`Haal het vinkje weg om een onderwerp te verbergen. De monitor vergelijkt regio’s op deze onderwerpen. ‘${nationalTopics[alwaysOfferedTopic]}’ staat altijd op het formulier.`}
            >
              {hideable.map((key) => (
                <CheckboxField
                  key={key}
                  name={nationalField(key)}
                  label={nationalTopics[key as keyof typeof nationalTopics]}
                  checked={draft.shownNational[key] !== false}
                  onChange={(shown) =>
                    setDraft((d) => ({ ...d, shownNational: { ...d.shownNational, [key]: shown } }))
                  }
                />
              ))}
            </Fieldset>

            <h2 className="utrecht-heading-2">Eigen onderwerpen</h2>
            {draft.own.length === 0 && (
              <p className="utrecht-paragraph">Je steunpunt heeft nog geen eigen onderwerpen.</p>
            )}
            {draft.own.map((row, index) => (
              <Fieldset key={row.key} id={row.key} legend={`Eigen onderwerp: ${row.saved}`}>
                <TextField
                  name={ownNameField(index)}
                  label="Naam"
                  value={row.label}
                  onChange={(label) => setOwn(index, { label })}
                  error={form.errorFor(ownNameField(index))}
                />
                <CheckboxField
                  name={ownShownField(index)}
                  label="Op het formulier"
                  checked={row.shown}
                  onChange={(shown) => setOwn(index, { shown })}
                />
              </Fieldset>
            ))}
            <TextField
              name={newField}
              label="Nieuw onderwerp (niet verplicht)"
              hint={`Schrijf het zoals een ouder het leest, in ${ownTopicLimits.labelMin} tot ${ownTopicLimits.labelMax} tekens. Het komt op het formulier na de landelijke onderwerpen. In de monitor telt het mee als ‘${nationalTopics[alwaysOfferedTopic]}’.`}
              value={draft.newLabel}
              onChange={(newLabel) => setDraft((d) => ({ ...d, newLabel }))}
              error={form.errorFor(newField)}
            />
            <SaveButtons busy={busy} label="Onderwerpen opslaan" />
          </form>
        </>
      )}
    </>
  );
}
