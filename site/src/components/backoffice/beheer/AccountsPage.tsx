/**
 * "Gebruikers" (beheerder): everyone who signs in to the back office. Make an account,
 * change its name, role and organisation, switch it off and on. In AWS the account is made
 * in Cognito, which mails the new user a temporary password.
 */
import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  accountFieldOrder,
  accountInput,
  accountUpdate,
  accountUpdateFieldOrder,
} from '../../../../../functions/admin/account-schema.ts';
import type { Account } from '../../../../../functions/admin/accounts.ts';
import { roleLabels, roles, type Role } from '../../../../../functions/auth/principal.ts';
import { fieldErrors, type FieldError } from '../../../../../functions/lib/field-errors.ts';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { SelectField, TextField } from '../../form/fields.tsx';
import { Alert, Outcome, type AlertType } from '../ui/Alert.tsx';
import { ActionKeys, api, enc } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import { useFormErrors } from '../ui/use-form-errors.ts';

export default function AccountsPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="accounts" allow={['beheerder']}>
      {(me) => <Accounts myId={me.principal.userId} />}
    </Shell>
  );
}

const fields = {
  name: 'account-naam',
  email: 'account-email',
  role: 'account-rol',
  steunpunt: 'account-steunpunt',
  swv: 'account-swv',
};
const toPageField = (error: FieldError): FieldError => ({
  ...error,
  field: fields[error.field as keyof typeof fields] ?? 'form',
});

interface Draft {
  name: string;
  email: string;
  role: string;
  steunpunt: string;
  swv: string;
}
const emptyDraft: Draft = { name: '', email: '', role: '', steunpunt: '', swv: '' };

/** The organisations as the beheerder keeps them (a steunpunt made today is in it). */
export interface Organisations {
  steunpunten: {
    id: string;
    name: string;
    email?: string;
    accounts: number;
    tenants: { slug: string; name: string; shortName: string }[];
  }[];
}

type List =
  | { status: 'loading' }
  | { status: 'ready'; accounts: Account[]; organisations: Organisations }
  | { status: 'failed'; message: string };

const needsSteunpunt = (role: string) => role === 'medewerker' || role === 'coordinator';

function organisationOf(organisations: Organisations, account: Account): string {
  if (account.steunpunt) {
    return (
      organisations.steunpunten.find((s) => s.id === account.steunpunt)?.name ?? account.steunpunt
    );
  }
  if (account.swv) {
    const tenants = organisations.steunpunten.flatMap((s) => s.tenants);
    return tenants.find((t) => t.slug === account.swv)?.name ?? account.swv;
  }
  return 'Het hele portaal';
}

function Accounts({ myId }: { myId: string }) {
  const [list, setList] = useState<List>({ status: 'loading' });
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [editing, setEditing] = useState<Account>();
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const keys = useRef(new ActionKeys());
  const formHeading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    const [accounts, organisations] = await Promise.all([
      api<{ accounts: Account[] }>('/api/backoffice/beheer/gebruikers'),
      api<Organisations>('/api/backoffice/beheer/organisaties'),
    ]);
    if (!accounts.ok) setList({ status: 'failed', message: accounts.problem.message });
    else if (!organisations.ok) {
      setList({ status: 'failed', message: organisations.problem.message });
    } else {
      setList({
        status: 'ready',
        accounts: accounts.data.accounts,
        organisations: organisations.data,
      });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  function startEdit(account: Account) {
    form.clear();
    setOutcome(undefined);
    setEditing(account);
    setDraft({
      name: account.name,
      email: account.email,
      role: account.role,
      steunpunt: account.steunpunt ?? '',
      swv: account.swv ?? '',
    });
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
    const values = {
      name: draft.name,
      role: draft.role || undefined,
      steunpunt: needsSteunpunt(draft.role) ? draft.steunpunt : undefined,
      swv: draft.role === 'swv-lezer' ? draft.swv : undefined,
    };
    const checked = editing
      ? accountUpdate.safeParse(values)
      : accountInput.safeParse({ ...values, email: draft.email });
    if (!checked.success) {
      const order = editing ? accountUpdateFieldOrder : accountFieldOrder;
      form.show(fieldErrors(checked.error, order).map(toPageField));
      return;
    }
    const action = editing ? `edit-${editing.userId}` : 'add';
    setBusy(true);
    const result = await api<Account>(
      editing
        ? `/api/backoffice/beheer/gebruikers/${enc(editing.userId)}`
        : '/api/backoffice/beheer/gebruikers',
      {
        method: editing ? 'PUT' : 'POST',
        body: checked.data,
        idempotencyKey: keys.current.keyFor(action, checked.data),
      },
    );
    setBusy(false);
    if (result.ok) {
      keys.current.done(action);
      form.clear();
      await reload();
      setOutcome({
        type: 'ok',
        text: editing
          ? `Het account van ${result.data.name} is gewijzigd. De wijziging geldt vanaf de volgende keer dat ${result.data.name} inlogt.`
          : `Het account van ${result.data.name} is gemaakt. ${result.data.name} krijgt een e-mail om in te loggen.`,
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

  async function setEnabled(account: Account, enabled: boolean) {
    if (busy) return;
    setBusy(true);
    const result = await api<Account>(
      `/api/backoffice/beheer/gebruikers/${enc(account.userId)}/actief`,
      { method: 'PUT', body: { enabled } },
    );
    setBusy(false);
    if (result.ok) {
      await reload();
      setOutcome({
        type: 'ok',
        text: enabled
          ? `${account.name} kan weer inloggen.`
          : `${account.name} kan niet meer inloggen.`,
      });
      return;
    }
    if (result.status === 401) return;
    setOutcome({ type: 'error', text: result.problem.message });
  }

  const steunpunten = list.status === 'ready' ? list.organisations.steunpunten : [];
  const steunpuntOptions = steunpunten.map((s) => ({ value: s.id, label: s.name }));
  const swvOptions = steunpunten
    .flatMap((s) => s.tenants)
    .map((t) => ({ value: t.slug, label: t.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));

  return (
    <>
      <FormErrorSummary form={form} />
      <h1 className="utrecht-heading-1">Gebruikers</h1>
      <p className="utrecht-paragraph">
        Iedereen die in de backoffice inlogt, heeft hier een account. Medewerkers en coördinatoren
        werken voor één steunpunt. Een lezer van een samenwerkingsverband ziet alleen de monitor.
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
      {list.status === 'ready' && (
        <div
          className="utrecht-table-container bo-table-wrap"
          role="region"
          aria-labelledby="accounts-titel"
          tabIndex={0}
        >
          <table className="utrecht-table utrecht-table--html-table bo-table">
            <caption className="utrecht-table__caption bo-table__caption" id="accounts-titel">
              {list.accounts.length} {list.accounts.length === 1 ? 'account' : 'accounts'}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  Naam
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  E-mailadres
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Rol
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Werkt voor
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Status
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Acties
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.accounts.map((account) => (
                <tr className="utrecht-table__row" key={account.userId}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {account.name}
                  </th>
                  <td className="utrecht-table__cell">{account.email}</td>
                  <td className="utrecht-table__cell">{roleLabels[account.role]}</td>
                  <td className="utrecht-table__cell">
                    {organisationOf(list.organisations, account)}
                  </td>
                  <td className="utrecht-table__cell">{account.enabled ? 'Actief' : 'Uitgezet'}</td>
                  <td className="utrecht-table__cell">
                    <div className="utrecht-button-group">
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--secondary-action"
                        onClick={() => startEdit(account)}
                      >
                        Wijzig<span className="visually-hidden"> {account.name}</span>
                      </button>
                      {account.userId !== myId && (
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          onClick={() => void setEnabled(account, !account.enabled)}
                        >
                          {account.enabled ? 'Zet uit' : 'Zet aan'}
                          <span className="visually-hidden"> {account.name}</span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="utrecht-heading-2" id="account-formulier" tabIndex={-1} ref={formHeading}>
        {editing ? `Account van ${editing.name} wijzigen` : 'Nieuw account'}
      </h2>
      <form className="bo-form" noValidate onSubmit={(event) => void save(event)}>
        <TextField
          name={fields.name}
          label="Naam"
          autoComplete="off"
          value={draft.name}
          onChange={(name) => setDraft((d) => ({ ...d, name }))}
          error={form.errorFor(fields.name)}
        />
        {editing ? (
          <p className="utrecht-paragraph">
            E-mailadres: {editing.email} (hiermee logt deze persoon in; dit verander je niet).
          </p>
        ) : (
          <TextField
            name={fields.email}
            label="E-mailadres"
            hint="Hiermee logt deze persoon in. Het account krijgt een e-mail met een tijdelijk wachtwoord."
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(email) => setDraft((d) => ({ ...d, email }))}
            error={form.errorFor(fields.email)}
          />
        )}
        <SelectField
          name={fields.role}
          label="Rol"
          placeholder="Kies een rol"
          value={draft.role}
          options={roles.map((role: Role) => ({ value: role, label: roleLabels[role] }))}
          onChange={(role) => setDraft((d) => ({ ...d, role }))}
          error={form.errorFor(fields.role)}
        />
        {needsSteunpunt(draft.role) && (
          <SelectField
            name={fields.steunpunt}
            label="Steunpunt"
            placeholder="Kies een steunpunt"
            value={draft.steunpunt}
            options={steunpuntOptions}
            onChange={(steunpunt) => setDraft((d) => ({ ...d, steunpunt }))}
            error={form.errorFor(fields.steunpunt)}
          />
        )}
        {draft.role === 'swv-lezer' && (
          <SelectField
            name={fields.swv}
            label="Samenwerkingsverband"
            placeholder="Kies een samenwerkingsverband"
            value={draft.swv}
            options={swvOptions}
            onChange={(swv) => setDraft((d) => ({ ...d, swv }))}
            error={form.errorFor(fields.swv)}
          />
        )}
        <div className="utrecht-button-group">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {busy ? 'Bezig met opslaan…' : editing ? 'Wijziging opslaan' : 'Account maken'}
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
