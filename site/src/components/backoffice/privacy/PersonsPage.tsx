/**
 * "Personen" (coördinator): a person's requests under the AVG. Find every case with their
 * e-mail address or phone number (or both), download everything stored about them, and
 * erase it after a confirmation. Address and number go in request bodies only, never in
 * a URL.
 */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { CaseSummary } from '../../../../../functions/cases/case.ts';
import { fieldErrors } from '../../../../../functions/lib/field-errors.ts';
import {
  personFieldOrder,
  personInput,
  type PersonInput,
} from '../../../../../functions/privacy/person-input.ts';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { TextField } from '../../form/fields.tsx';
import { Alert, Outcome, type AlertType } from '../ui/Alert.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api } from '../shell/api.ts';
import { CaseTable } from '../cases/CaseTable.tsx';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import { useFormErrors } from '../ui/use-form-errors.ts';
import { tenantShortName, type Me } from '../shell/use-session.ts';
import { fileNameOf, saveFile } from '../ui/save-file.ts';

export default function PersonsPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="persons" allow={['coordinator']}>
      {(me) => <Persons me={me} />}
    </Shell>
  );
}

/** The page's field names for the API's fields, in form order. */
const pageFields: Record<string, string> = {
  email: 'persoon-email',
  phone: 'persoon-telefoon',
};

interface Found {
  person: PersonInput;
  /** What was typed, to say what was searched for. */
  shown: string;
  cases: CaseSummary[];
}

function Persons({ me }: { me: Me }) {
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [found, setFound] = useState<Found>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const form = useFormErrors();
  const keys = useRef(new ActionKeys());
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  function problems(result: {
    status: number;
    problem: { message: string; errors: { field: string; message: string }[] };
  }) {
    if (result.status === 401) return;
    const errors = result.problem.errors.map((error) => ({
      field: pageFields[error.field] ?? 'form',
      message: error.message,
    }));
    form.show(errors.length > 0 ? errors : [{ field: 'form', message: result.problem.message }]);
  }

  async function searchFor(person: PersonInput): Promise<boolean> {
    const result = await api(portal.backoffice.personen.zoeken.$post, { json: person });
    if (!result.ok) {
      problems(result);
      return false;
    }
    const shown = [person.email, phone.trim()].filter(Boolean).join(' of ');
    setFound({ person, shown, cases: result.data.cases });
    return true;
  }

  async function search(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = personInput.safeParse({ email, phone });
    if (!checked.success) {
      form.show(
        fieldErrors(checked.error, personFieldOrder).map((error) => ({
          field: pageFields[error.field] ?? 'form',
          message: error.message,
        })),
      );
      return;
    }
    setBusy('search');
    setOutcome(undefined);
    setConfirming(false);
    setFound(undefined);
    if (await searchFor(checked.data)) form.clear();
    setBusy(undefined);
  }

  async function exportData() {
    if (!found || busy) return;
    setBusy('export');
    const result = await api(portal.backoffice.personen.export.$post, { json: found.person });
    setBusy(undefined);
    if (!result.ok) {
      problems(result);
      return;
    }
    form.clear();
    saveFile(
      new Blob([JSON.stringify(result.data, null, 2)], { type: 'application/json' }),
      fileNameOf(result.response, 'persoonsgegevens.json'),
    );
    setOutcome({ type: 'ok', text: 'De gegevens zijn gedownload als bestand.' });
  }

  async function erase() {
    if (!found || busy) return;
    setBusy('erase');
    const body = found.person;
    const result = await api(portal.backoffice.personen.verwijderen.$post, {
      header: { 'idempotency-key': keys.current.keyFor('erase', body) },
      json: body,
    });
    setBusy(undefined);
    setConfirming(false);
    if (!result.ok) {
      if (result.status === 409) keys.current.done('erase');
      problems(result);
      return;
    }
    keys.current.done('erase');
    form.clear();
    const count = result.data.erased.length;
    // The list stays (the cases are still there, without the person), so each can be checked.
    setOutcome({
      type: 'ok',
      text: `De persoonsgegevens bij ${count} ${count === 1 ? 'vraag of melding zijn' : 'vragen en meldingen zijn'} verwijderd.`,
    });
  }

  return (
    <>
      <FormErrorSummary form={form} />
      <h1 className="utrecht-heading-1">Personen</h1>
      <p className="utrecht-paragraph">
        Vraagt iemand welke gegevens het steunpunt van hem of haar heeft, of wil iemand dat die
        worden verwijderd? Zoek dan op het e-mailadres of het telefoonnummer dat de persoon
        gebruikte. Vul je allebei in, dan vind je de vragen en meldingen met het een of het ander.
      </p>
      <form className="bo-form bo-search" noValidate onSubmit={(event) => void search(event)}>
        <TextField
          name={pageFields.email!}
          label="E-mailadres van de persoon"
          type="email"
          inputMode="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={form.errorFor(pageFields.email!)}
        />
        <TextField
          name={pageFields.phone!}
          label="Telefoonnummer van de persoon"
          hint="Bijvoorbeeld 06 12345678 of +31 6 12345678"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={phone}
          onChange={setPhone}
          error={form.errorFor(pageFields.phone!)}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {busy === 'search' ? 'Bezig met zoeken…' : 'Zoeken'}
        </button>
      </form>
      <Outcome outcome={outcome} />

      {found && (
        <section aria-labelledby="gevonden" className="bo-found">
          <h2 className="utrecht-heading-2" id="gevonden">
            Gevonden bij {found.shown}
          </h2>
          {found.cases.length === 0 ? (
            <Alert type="info">
              <p className="utrecht-paragraph">
                Bij jouw steunpunt staan geen vragen of meldingen van deze persoon.
              </p>
            </Alert>
          ) : (
            <>
              <CaseTable
                caption={`Vragen en meldingen van deze persoon (${found.cases.length})`}
                captionId="persoon-vragen"
                cases={found.cases}
                tenantName={(slug) => tenantShortName(me, slug)}
                userId={me.principal.userId}
              />
              <div className="utrecht-button-group bo-found__actions">
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  onClick={() => void exportData()}
                >
                  {busy === 'export' ? 'Bezig met downloaden…' : 'Gegevens downloaden'}
                </button>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  onClick={() => {
                    setOutcome(undefined);
                    setConfirming(true);
                  }}
                >
                  Gegevens verwijderen
                </button>
              </div>
            </>
          )}
        </section>
      )}

      {found && confirming && (
        <section className="bo-confirm" aria-labelledby="verwijderen-bevestigen">
          <h2
            className="utrecht-heading-2"
            id="verwijderen-bevestigen"
            tabIndex={-1}
            ref={confirmHeading}
          >
            Weet je zeker dat je de gegevens wilt verwijderen?
          </h2>
          <p className="utrecht-paragraph">
            Bij {found.cases.length}{' '}
            {found.cases.length === 1 ? 'vraag of melding' : 'vragen en meldingen'} verdwijnen de
            teksten van de persoon, de naam, het e-mailadres, het telefoonnummer, de notities en de
            tekst van de e-mails. Dat kan niet ongedaan worden gemaakt. Alleen een telling zonder
            persoonsgegevens blijft over.
          </p>
          <p className="utrecht-paragraph">Wat nog niet is afgerond, moet je eerst afronden.</p>
          <div className="utrecht-button-group">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action bo-button--danger"
              onClick={() => void erase()}
            >
              {busy === 'erase' ? 'Bezig met verwijderen…' : 'Ja, verwijder de gegevens'}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setConfirming(false)}
            >
              Annuleren
            </button>
          </div>
        </section>
      )}
    </>
  );
}
