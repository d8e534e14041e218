/**
 * "Signalen beoordelen" (coördinator): the signal texts medewerkers proposed for an SWV,
 * each with its category and month and nothing else of the case. The coördinator edits a
 * text and approves it (as a new signal, or with an approved signal of the same month and
 * category), or rejects it; only approved texts reach the SWV. While the text is edited,
 * the personal-data check says what it found; approving with findings asks to confirm.
 */
import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import { signalCategories } from '../../../../../functions/cases/case.ts';
import {
  findPersonalData,
  type PersonalDataFinding,
} from '../../../../../functions/monitor/signal-personal-data.ts';
import { portal } from '../../../lib/portal-client.ts';
import { CheckboxField, RadioGroup, SelectField, TextAreaField } from '../../form/fields.tsx';
import { ActionKeys, api, enc, type Answer } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { backofficePaths } from '../shell/paths.ts';
import { Shell } from '../shell/Shell.tsx';
import type { Me } from '../shell/use-session.ts';
import { Alert, Outcome, type AlertType } from '../ui/Alert.tsx';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { formatMonth } from '../ui/format.ts';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { problemErrors, useFormErrors, type FormErrors } from '../ui/use-form-errors.ts';

export default function SignalReviewPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="signals" allow={['coordinator']}>
      {(me) => <SignalReview me={me} />}
    </Shell>
  );
}

type Review = Answer<(typeof portal.backoffice.signalen)[':swv']['$get']>;
type Proposal = Review['pending'][number];
type Choice = Review['approved'][number];

const categoryLabel = (category: string) =>
  signalCategories[category as keyof typeof signalCategories] ?? category;

function SignalReview({ me }: { me: Me }) {
  const [swv] = useState(() => {
    const asked = new URLSearchParams(window.location.search).get('swv') ?? '';
    return me.tenants.some((t) => t.slug === asked) ? asked : (me.tenants[0]?.slug ?? '');
  });
  const [loaded, setLoaded] = useState<Loaded<Review>>({ status: 'loading' });
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const form = useFormErrors();
  const keys = useRef(new ActionKeys());

  const load = useCallback(async () => {
    const result = await api(portal.backoffice.signalen[':swv'].$get, { param: { swv } });
    if (result.ok) setLoaded({ status: 'ready', ...result.data });
    else if (result.status !== 401)
      setLoaded({ status: 'failed', message: result.problem.message });
  }, [swv]);

  useEffect(() => {
    if (swv) void load();
  }, [swv, load]);

  function chooseSwv(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('swv') ?? '');
    window.location.assign(`${backofficePaths.signals}?swv=${enc(chosen)}`);
  }

  const swvName = me.tenants.find((t) => t.slug === swv)?.name ?? swv;

  return (
    <>
      <FormErrorSummary form={form} />
      <h1 className="utrecht-heading-1">Signalen beoordelen</h1>
      <p className="utrecht-paragraph">
        Medewerkers schrijven bij een vraag of melding soms een signaal voor het
        samenwerkingsverband. Het samenwerkingsverband leest een tekst pas als jij hem hebt
        goedgekeurd. Je ziet hier alleen de tekst, de categorie en de maand.
      </p>
      {me.tenants.length > 1 && (
        <form
          className="bo-filters bo-filters--inline"
          method="get"
          action={backofficePaths.signals}
          onSubmit={chooseSwv}
        >
          <div className="utrecht-form-field utrecht-form-field--select">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="signalen-swv">
                Samenwerkingsverband
              </label>
            </div>
            <div className="utrecht-form-field__input">
              <select
                className="utrecht-select utrecht-select--html-select"
                id="signalen-swv"
                name="swv"
                defaultValue={swv}
              >
                {me.tenants.map((tenant) => (
                  <option value={tenant.slug} key={tenant.slug}>
                    {tenant.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Toon signalen
          </button>
        </form>
      )}
      <Outcome outcome={outcome} />
      <LoadStatus loaded={loaded} />
      {loaded.status === 'ready' && (
        <>
          <h2 className="utrecht-heading-2">Wachten op beoordeling ({swvName})</h2>
          {loaded.pending.length === 0 ? (
            <Alert type="info">
              <p className="utrecht-paragraph">
                Er wachten geen signalen op beoordeling voor {swvName}.
              </p>
            </Alert>
          ) : (
            loaded.pending.map((proposal, index) => (
              <ProposalForm
                key={`${proposal.proposalId}-${proposal.text}`}
                number={index + 1}
                swv={swv}
                proposal={proposal}
                choices={loaded.approved.filter(
                  (c) => c.month === proposal.month && c.category === proposal.category,
                )}
                form={form}
                keys={keys.current}
                decided={(text) => {
                  setOutcome({ type: 'ok', text });
                  form.clear();
                  void load();
                }}
                failed={(text) => setOutcome({ type: 'error', text })}
              />
            ))
          )}
          <Approved approved={loaded.approved} swvName={swvName} />
        </>
      )}
    </>
  );
}

function ProposalForm(props: {
  number: number;
  swv: string;
  proposal: Proposal;
  choices: Choice[];
  form: FormErrors;
  keys: ActionKeys;
  decided: (text: string) => void;
  failed: (text: string) => void;
}) {
  const { number, swv, proposal, choices, form, keys, decided, failed } = props;
  const id = proposal.proposalId;
  const fields = {
    way: `wijze-${id}`,
    text: `tekst-${id}`,
    signalId: `signaal-${id}`,
    confirmed: `bevestigd-${id}`,
  };
  const [way, setWay] = useState<'new' | 'add'>('new');
  const [text, setText] = useState(proposal.text);
  const [signalId, setSignalId] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const findings = way === 'new' ? findPersonalData(text) : [];
  const headingId = `voorstel-${id}`;

  /** The server's field names, as this form's fields. */
  const ours = (errors: { field: string; message: string }[]) =>
    errors.map((e) => ({ ...e, field: fields[e.field as keyof typeof fields] ?? e.field }));

  async function approve(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors: { field: string; message: string }[] = [];
    if (way === 'new' && !text.trim()) {
      errors.push({ field: fields.text, message: 'Schrijf de tekst van het signaal' });
    }
    if (way === 'add' && !signalId) {
      errors.push({ field: fields.signalId, message: 'Kies het signaal waar dit bij hoort' });
    }
    if (findings.length > 0 && !confirmed) {
      errors.push({
        field: fields.confirmed,
        message:
          'De tekst lijkt persoonsgegevens te bevatten. Pas de tekst aan, of bevestig dat je hem toch goedkeurt',
      });
    }
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    const body =
      way === 'add'
        ? { signalId }
        : { text: text.trim(), ...(findings.length > 0 ? { confirmed: true } : {}) };
    setBusy(true);
    const result = await api(portal.backoffice.signalen[':swv'][':proposalId'].goedkeuren.$post, {
      param: { swv, proposalId: id },
      json: body,
      header: { 'idempotency-key': keys.keyFor(`approve-${id}`, body) },
    });
    setBusy(false);
    if (result.ok) {
      keys.done(`approve-${id}`);
      decided(
        `Signaal ${number} is goedgekeurd. Het samenwerkingsverband leest het in de monitor zodra de maand voorbij is.`,
      );
    } else if (result.status === 400) {
      form.show(ours(problemErrors(result.problem)));
    } else if (result.status !== 401) {
      failed(result.problem.message);
    }
  }

  async function reject() {
    if (busy) return;
    setBusy(true);
    const result = await api(portal.backoffice.signalen[':swv'][':proposalId'].afwijzen.$post, {
      param: { swv, proposalId: id },
      header: { 'idempotency-key': keys.keyFor(`reject-${id}`, null) },
    });
    setBusy(false);
    if (result.ok) {
      keys.done(`reject-${id}`);
      decided(`Signaal ${number} is afgewezen. Het samenwerkingsverband leest het niet.`);
    } else if (result.status !== 401) {
      failed(result.problem.message);
    }
  }

  return (
    <section className="bo-section" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        Signaal {number}: {categoryLabel(proposal.category)}, {formatMonth(proposal.month)}
      </h3>
      <p className="utrecht-paragraph">Voorstel van de medewerker:</p>
      <blockquote className="utrecht-blockquote">
        <p className="utrecht-paragraph">{proposal.text}</p>
      </blockquote>
      <form className="bo-form" noValidate onSubmit={(event) => void approve(event)}>
        {choices.length > 0 && (
          <RadioGroup
            name={fields.way}
            label="Hoe keur je dit signaal goed?"
            value={way}
            onChange={(value) => setWay(value === 'add' ? 'add' : 'new')}
            options={[
              { value: 'new', label: 'Als nieuw signaal met een eigen tekst' },
              {
                value: 'add',
                label: 'Bij een goedgekeurd signaal van dezelfde maand en categorie',
              },
            ]}
            error={form.errorFor(fields.way)}
          />
        )}
        {way === 'new' ? (
          <TextAreaField
            name={fields.text}
            label="Tekst voor het samenwerkingsverband"
            hint="Je mag de tekst aanpassen. Schrijf geen namen, contactgegevens of andere dingen waaraan iemand te herkennen is. Hoogstens 280 tekens."
            rows={3}
            value={text}
            onChange={setText}
            error={form.errorFor(fields.text)}
          />
        ) : (
          <SelectField
            name={fields.signalId}
            label="Goedgekeurd signaal"
            placeholder="Kies een signaal"
            options={choices.map((c) => ({ value: c.signalId, label: c.text }))}
            value={signalId}
            onChange={setSignalId}
            error={form.errorFor(fields.signalId)}
          />
        )}
        {findings.length > 0 && (
          <>
            <Findings findings={findings} />
            <CheckboxField
              name={fields.confirmed}
              label="Ik heb de tekst gelezen en keur hem toch goed"
              checked={confirmed}
              onChange={setConfirmed}
              error={form.errorFor(fields.confirmed)}
            />
          </>
        )}
        <div className="bo-actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {busy ? 'Bezig…' : `Signaal ${number} goedkeuren`}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => void reject()}
          >
            Signaal {number} afwijzen
          </button>
        </div>
      </form>
    </section>
  );
}

/** The warning that names what the check found; a help, not a guarantee. */
function Findings({ findings }: { findings: PersonalDataFinding[] }) {
  return (
    <Alert type="warning">
      <p className="utrecht-paragraph">
        <strong>Let op:</strong> deze tekst lijkt persoonsgegevens te bevatten:
      </p>
      <ul className="utrecht-unordered-list">
        {findings.map((f) => (
          <li className="utrecht-unordered-list__item" key={`${f.kind}-${f.start}`}>
            {f.label}: “{f.snippet}”
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        De controle is een hulp, geen garantie. Lees de tekst ook zelf.
      </p>
    </Alert>
  );
}

function Approved({ approved, swvName }: { approved: Choice[]; swvName: string }) {
  return (
    <>
      <h2 className="utrecht-heading-2">Goedgekeurd in het laatste jaar ({swvName})</h2>
      {approved.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen goedgekeurde signalen.</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {approved.map((signal) => (
            <li className="utrecht-unordered-list__item" key={signal.signalId}>
              {formatMonth(signal.month)}, {categoryLabel(signal.category)}: {signal.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
