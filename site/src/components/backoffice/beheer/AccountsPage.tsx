/**
 * "Gebruikers" (beheerder): everyone who signs in to the back office. Make an account,
 * change its name, role and organisation, switch it off and on. In AWS the account is made
 * in Cognito, which mails the new user a temporary password.
 */
import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  accountFieldOrder,
  accountInput,
  type AccountInput,
  accountUpdate,
  accountUpdateFieldOrder,
} from '../../../../../functions/admin/account-schema.ts';
import { roleLabels, roles, type Role } from '../../../../../functions/auth/principal.ts';
import { fieldErrors } from '../../../../../functions/lib/field-errors.ts';
import { SelectField, TextField } from '../../form/fields.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api, enc, type Answer } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import { Outcome, type AlertType } from '../ui/Alert.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { SaveButtons } from '../ui/SaveButtons.tsx';
import { useEditing } from '../ui/use-editing.ts';
import { problemErrors, toPageFields, useFormErrors } from '../ui/use-form-errors.ts';

export const beheer = portal.backoffice.beheer;

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
const toPageField = toPageFields(fields);

interface Draft {
  name: string;
  email: string;
  role: string;
  steunpunt: string;
  swv: string;
}
const emptyDraft: Draft = { name: '', email: '', role: '', steunpunt: '', swv: '' };

/** The organisations as the beheerder keeps them (a steunpunt made today is in it). */
export type Organisations = Answer<typeof beheer.organisaties.$get>;
type Account = Answer<typeof beheer.gebruikers.$get>['accounts'][number];

type List = Loaded<{ accounts: Account[]; organisations: Organisations }>;

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
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const keys = useRef(new ActionKeys());
  const { draft, bind, editing, startEdit, stopEdit, headingRef } = useEditing({
    empty: emptyDraft,
    toDraft: (account: Account) => ({
      name: account.name,
      email: account.email,
      role: account.role,
      steunpunt: account.steunpunt ?? '',
      swv: account.swv ?? '',
    }),
    form,
    names: fields,
    onStart: () => setOutcome(undefined),
  });

  const reload = useCallback(async () => {
    const [accounts, organisations] = await Promise.all([
      api(beheer.gebruikers.$get),
      api(beheer.organisaties.$get),
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
    const result = editing
      ? await api(beheer.gebruikers[':userId'].$put, {
          param: { userId: enc(editing.userId) },
          json: checked.data,
        })
      : await api(beheer.gebruikers.$post, {
          header: { 'idempotency-key': keys.current.keyFor(action, checked.data) },
          json: checked.data as AccountInput,
        });
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
      stopEdit();
      return;
    }
    if (result.status === 401) return;
    form.show(problemErrors(result.problem, toPageField));
  }

  async function setEnabled(account: Account, enabled: boolean) {
    if (busy) return;
    setBusy(true);
    const result = await api(beheer.gebruikers[':userId'].actief.$put, {
      param: { userId: enc(account.userId) },
      json: { enabled },
    });
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

      <LoadStatus loaded={list} />
      {list.status === 'ready' && (
        <DataTable
          captionId="accounts-titel"
          caption={`${list.accounts.length} ${list.accounts.length === 1 ? 'account' : 'accounts'}`}
          columns={['Naam', 'E-mailadres', 'Rol', 'Werkt voor', 'Status', 'Acties']}
        >
          {list.accounts.map((account) => (
            <tr className="utrecht-table__row" key={account.userId}>
              <th className="utrecht-table__header-cell" scope="row">
                {account.name}
              </th>
              <td className="utrecht-table__cell">{account.email}</td>
              <td className="utrecht-table__cell">{roleLabels[account.role]}</td>
              <td className="utrecht-table__cell">{organisationOf(list.organisations, account)}</td>
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
        </DataTable>
      )}

      <h2 className="utrecht-heading-2" id="account-formulier" tabIndex={-1} ref={headingRef}>
        {editing ? `Account van ${editing.name} wijzigen` : 'Nieuw account'}
      </h2>
      <form className="bo-form" noValidate onSubmit={(event) => void save(event)}>
        <TextField {...bind('name')} label="Naam" autoComplete="off" />
        {editing ? (
          <p className="utrecht-paragraph">
            E-mailadres: {editing.email} (hiermee logt deze persoon in; dit verander je niet).
          </p>
        ) : (
          <TextField
            {...bind('email')}
            label="E-mailadres"
            hint="Hiermee logt deze persoon in. Het account krijgt een e-mail met een tijdelijk wachtwoord."
            type="email"
            autoComplete="off"
          />
        )}
        <SelectField
          {...bind('role')}
          label="Rol"
          placeholder="Kies een rol"
          options={roles.map((role: Role) => ({ value: role, label: roleLabels[role] }))}
        />
        {needsSteunpunt(draft.role) && (
          <SelectField
            {...bind('steunpunt')}
            label="Steunpunt"
            placeholder="Kies een steunpunt"
            options={steunpuntOptions}
          />
        )}
        {draft.role === 'swv-lezer' && (
          <SelectField
            {...bind('swv')}
            label="Samenwerkingsverband"
            placeholder="Kies een samenwerkingsverband"
            options={swvOptions}
          />
        )}
        <SaveButtons
          busy={busy}
          label={editing ? 'Wijziging opslaan' : 'Account maken'}
          onCancel={editing ? stopEdit : undefined}
        />
      </form>
    </>
  );
}
