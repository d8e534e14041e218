/**
 * "Organisaties" (beheerder): the steunpunten with the SWVs they serve. Add a steunpunt,
 * change its name and e-mail address (they go into every mail to parents), and move an
 * SWV that has no questions yet to another steunpunt.
 */
import { useCallback, useEffect, useState, type SubmitEvent } from 'react';
import {
  steunpuntFieldOrder,
  steunpuntInput,
} from '../../../../../functions/admin/account-schema.ts';
import { fieldErrors } from '../../../../../functions/lib/field-errors.ts';
import { SelectField, TextField } from '../../form/fields.tsx';
import { api, enc } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import { Outcome, type AlertType } from '../ui/Alert.tsx';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { UrgentSteunpunten } from '../gaps/UrgentSteunpunten.tsx';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { SaveButtons } from '../ui/SaveButtons.tsx';
import { useEditing } from '../ui/use-editing.ts';
import { problemErrors, toPageFields, useFormErrors } from '../ui/use-form-errors.ts';
import { beheer, type Organisations } from './AccountsPage.tsx';

export default function OrganisationsPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="home" allow={['beheerder']}>
      {() => <SteunpuntenAndSwvs />}
    </Shell>
  );
}

type Steunpunt = Organisations['steunpunten'][number];

const fields = { id: 'steunpunt-id', name: 'steunpunt-naam', email: 'steunpunt-email' };
const toPageField = toPageFields(fields);

interface Draft {
  id: string;
  name: string;
  email: string;
}
const emptyDraft: Draft = { id: '', name: '', email: '' };

type List = Loaded<{ organisations: Organisations }>;

function SteunpuntenAndSwvs() {
  const [list, setList] = useState<List>({ status: 'loading' });
  const [moves, setMoves] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const { draft, bind, editing, startEdit, stopEdit, headingRef } = useEditing({
    empty: emptyDraft,
    toDraft: (steunpunt: Steunpunt) => ({
      id: steunpunt.id,
      name: steunpunt.name,
      email: steunpunt.email ?? '',
    }),
    form,
    names: fields,
    onStart: () => setOutcome(undefined),
  });

  const reload = useCallback(async () => {
    const result = await api(beheer.organisaties.$get);
    setList(
      result.ok
        ? { status: 'ready', organisations: result.data }
        : { status: 'failed', message: result.problem.message },
    );
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

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
    const result = await api(beheer.steunpunten.$put, { json: checked.data });
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
      stopEdit();
      return;
    }
    if (result.status === 401) return;
    form.show(problemErrors(result.problem, toPageField));
  }

  async function move(slug: string, name: string) {
    const target = moves[slug];
    if (busy || !target) {
      if (!target) setOutcome({ type: 'error', text: `Kies eerst een steunpunt voor ${name}.` });
      return;
    }
    setBusy(true);
    const result = await api(beheer.samenwerkingsverbanden[':swv'].steunpunt.$put, {
      param: { swv: enc(slug) },
      json: { steunpunt: target },
    });
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
      <UrgentSteunpunten />
      <Outcome outcome={outcome} />

      <LoadStatus loaded={list} />
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

      <h2 className="utrecht-heading-2" id="steunpunt-formulier" tabIndex={-1} ref={headingRef}>
        {editing ? `${editing.name} wijzigen` : 'Steunpunt toevoegen'}
      </h2>
      <form className="bo-form" noValidate onSubmit={(event) => void save(event)}>
        {editing ? (
          <p className="utrecht-paragraph">Korte naam: {editing.id}</p>
        ) : (
          <TextField
            {...bind('id')}
            label="Korte naam"
            hint="Kleine letters, cijfers en streepjes, zoals amstel-en-meer. Deze verandert later niet."
            autoComplete="off"
          />
        )}
        <TextField {...bind('name')} label="Naam van het steunpunt" autoComplete="off" />
        <TextField
          {...bind('email')}
          label="E-mailadres (niet verplicht)"
          hint="Ouders kunnen op mails van het steunpunt antwoorden naar dit adres."
          type="email"
          autoComplete="off"
        />
        <SaveButtons
          busy={busy}
          label={editing ? 'Wijziging opslaan' : 'Steunpunt toevoegen'}
          onCancel={editing ? stopEdit : undefined}
        />
      </form>
    </>
  );
}
