/**
 * "Organisaties" (beheerder): the steunpunten with the SWVs they serve. Add a steunpunt,
 * change its name and e-mail address (they go into every mail to parents), and move an
 * SWV that has no questions yet to another steunpunt.
 */
import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  steunpuntFieldOrder,
  steunpuntInput,
} from '../../../../../functions/admin/account-schema.ts';
import { fieldErrors, type FieldError } from '../../../../../functions/lib/field-errors.ts';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { SelectField, TextField } from '../../form/fields.tsx';
import type { Organisations } from './AccountsPage.tsx';
import { Alert, Outcome, type AlertType } from '../ui/Alert.tsx';
import { api, enc } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import { useFormErrors } from '../ui/use-form-errors.ts';

export default function OrganisationsPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="home" allow={['beheerder']}>
      {() => <SteunpuntenAndSwvs />}
    </Shell>
  );
}

type Steunpunt = Organisations['steunpunten'][number];

const fields = { id: 'steunpunt-id', name: 'steunpunt-naam', email: 'steunpunt-email' };
const toPageField = (error: FieldError): FieldError => ({
  ...error,
  field: fields[error.field as keyof typeof fields] ?? 'form',
});

interface Draft {
  id: string;
  name: string;
  email: string;
}
const emptyDraft: Draft = { id: '', name: '', email: '' };

type List =
  | { status: 'loading' }
  | { status: 'ready'; organisations: Organisations }
  | { status: 'failed'; message: string };

function SteunpuntenAndSwvs() {
  const [list, setList] = useState<List>({ status: 'loading' });
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [editing, setEditing] = useState<Steunpunt>();
  const [moves, setMoves] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const formHeading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    const result = await api<Organisations>('/api/backoffice/beheer/organisaties');
    setList(
      result.ok
        ? { status: 'ready', organisations: result.data }
        : { status: 'failed', message: result.problem.message },
    );
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  function startEdit(steunpunt: Steunpunt) {
    form.clear();
    setOutcome(undefined);
    setEditing(steunpunt);
    setDraft({ id: steunpunt.id, name: steunpunt.name, email: steunpunt.email ?? '' });
    setTimeout(() => formHeading.current?.focus());
  }

  function stopEdit() {
    setEditing(undefined);
    setDraft(emptyDraft);
    form.clear();
  }

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = steunpuntInput.safeParse(draft);
    if (!checked.success) {
      form.show(fieldErrors(checked.error, steunpuntFieldOrder).map(toPageField));
      return;
    }
    const taken =
      !editing &&
      list.status === 'ready' &&
      list.organisations.steunpunten.some((s) => s.id === checked.data.id);
    if (taken) {
      form.show([
        {
          field: fields.id,
          message: 'Er is al een steunpunt met deze korte naam. Kies een andere',
        },
      ]);
      return;
    }
    setBusy(true);
    const result = await api<Steunpunt>('/api/backoffice/beheer/steunpunten', {
      method: 'PUT',
      body: checked.data,
    });
    setBusy(false);
    if (result.ok) {
      form.clear();
      await reload();
      setOutcome({
        type: 'ok',
        text: editing
          ? `${checked.data.name} is gewijzigd. Nieuwe mails aan ouders gebruiken de nieuwe gegevens.`
          : `${checked.data.name} is toegevoegd. Maak nu accounts voor de medewerkers.`,
      });
      setEditing(undefined);
      setDraft(emptyDraft);
      return;
    }
    if (result.status === 401) return;
    form.show(
      result.problem.errors.length > 0
        ? result.problem.errors.map(toPageField)
        : [{ field: 'form', message: result.problem.message }],
    );
  }

  async function move(slug: string, name: string) {
    const target = moves[slug];
    if (busy || !target) {
      if (!target) setOutcome({ type: 'error', text: `Kies eerst een steunpunt voor ${name}.` });
      return;
    }
    setBusy(true);
    const result = await api<unknown>(
      `/api/backoffice/beheer/samenwerkingsverbanden/${enc(slug)}/steunpunt`,
      { method: 'PUT', body: { steunpunt: target } },
    );
    setBusy(false);
    if (result.ok) {
      await reload();
      setOutcome({ type: 'ok', text: `${name} hoort nu bij een ander steunpunt.` });
      return;
    }
    if (result.status === 401) return;
    setOutcome({ type: 'error', text: result.problem.message });
  }

  const steunpunten = list.status === 'ready' ? list.organisations.steunpunten : [];

  return (
    <>
      <FormErrorSummary form={form} />
      <h1 className="utrecht-heading-1">Organisaties</h1>
      <p className="utrecht-paragraph">
        Elk samenwerkingsverband heeft één steunpunt. Een steunpunt kan voor meer
        samenwerkingsverbanden werken. De teksten op de website van een samenwerkingsverband staan
        in de content van het portaal, niet hier.
      </p>
      <Outcome outcome={outcome} />

      {list.status === 'loading' && (
        <p className="utrecht-paragraph" role="status">
          Bezig met laden…
        </p>
      )}
      {list.status === 'failed' && (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{list.message}</p>
        </Alert>
      )}
      {list.status === 'ready' &&
        steunpunten.map((steunpunt) => (
          <section
            key={steunpunt.id}
            className="bo-section"
            aria-labelledby={`steunpunt-${steunpunt.id}`}
          >
            <h2 className="utrecht-heading-2" id={`steunpunt-${steunpunt.id}`}>
              {steunpunt.name}
            </h2>
            <p className="utrecht-paragraph">
              E-mail: {steunpunt.email ?? 'nog niet ingevuld'} · {steunpunt.accounts}{' '}
              {steunpunt.accounts === 1 ? 'account' : 'accounts'}
            </p>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => startEdit(steunpunt)}
            >
              Wijzig<span className="visually-hidden"> {steunpunt.name}</span>
            </button>
            {steunpunt.tenants.length === 0 ? (
              <p className="utrecht-paragraph">Dit steunpunt werkt nog voor geen enkel SWV.</p>
            ) : (
              <ul className="bo-org-list">
                {steunpunt.tenants.map((tenant) => (
                  <li key={tenant.slug}>
                    <p className="utrecht-paragraph">{tenant.name}</p>
                    {steunpunten.length > 1 && (
                      <div className="bo-filters bo-filters--inline">
                        <SelectField
                          name={`verhuis-${tenant.slug}`}
                          label={`Ander steunpunt voor ${tenant.shortName}`}
                          placeholder="Kies een steunpunt"
                          value={moves[tenant.slug] ?? ''}
                          options={steunpunten
                            .filter((s) => s.id !== steunpunt.id)
                            .map((s) => ({ value: s.id, label: s.name }))}
                          onChange={(value) => setMoves((m) => ({ ...m, [tenant.slug]: value }))}
                        />
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          onClick={() => void move(tenant.slug, tenant.shortName)}
                        >
                          Verhuis<span className="visually-hidden"> {tenant.shortName}</span>
                        </button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}

      <h2 className="utrecht-heading-2" id="steunpunt-formulier" tabIndex={-1} ref={formHeading}>
        {editing ? `${editing.name} wijzigen` : 'Steunpunt toevoegen'}
      </h2>
      <form className="bo-form" noValidate onSubmit={(event) => void save(event)}>
        {editing ? (
          <p className="utrecht-paragraph">Korte naam: {editing.id}</p>
        ) : (
          <TextField
            name={fields.id}
            label="Korte naam"
            hint="Kleine letters, cijfers en streepjes, zoals amstel-en-meer. Deze verandert later niet."
            autoComplete="off"
            value={draft.id}
            onChange={(id) => setDraft((d) => ({ ...d, id }))}
            error={form.errorFor(fields.id)}
          />
        )}
        <TextField
          name={fields.name}
          label="Naam van het steunpunt"
          autoComplete="off"
          value={draft.name}
          onChange={(name) => setDraft((d) => ({ ...d, name }))}
          error={form.errorFor(fields.name)}
        />
        <TextField
          name={fields.email}
          label="E-mailadres (niet verplicht)"
          hint="Ouders kunnen op mails van het steunpunt antwoorden naar dit adres."
          type="email"
          autoComplete="off"
          value={draft.email}
          onChange={(email) => setDraft((d) => ({ ...d, email }))}
          error={form.errorFor(fields.email)}
        />
        <div className="utrecht-button-group">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {busy ? 'Bezig met opslaan…' : editing ? 'Wijziging opslaan' : 'Steunpunt toevoegen'}
          </button>
          {editing && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={stopEdit}
            >
              Annuleren
            </button>
          )}
        </div>
      </form>
    </>
  );
}
