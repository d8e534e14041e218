/**
 * "Instellingen" (coördinator): the steunpunt's own terms, the first-answer target in
 * working days, how long a closed question keeps its personal data, the smallest count
 * the monitor shows, and who handles a complaint about the steunpunt itself (only that
 * person sees it; nobody named: the coördinatoren; functions/cases/case-restriction.ts).
 */
import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  settingsFieldOrder,
  settingsInput,
  settingsLimits,
  type SteunpuntSettings,
} from '../../../../../functions/cases/settings.ts';
import { fieldErrors } from '../../../../../functions/lib/field-errors.ts';
import { SelectField, TextField } from '../../form/fields.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import { Alert, Outcome, type AlertType } from '../ui/Alert.tsx';
import type { Me } from '../shell/use-session.ts';
import { formatDateTime } from '../ui/format.ts';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { SaveButtons } from '../ui/SaveButtons.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { problemErrors, toPageFields, useFormErrors } from '../ui/use-form-errors.ts';

export default function SettingsPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="settings" allow={['coordinator']}>
      {(me) => <Settings me={me} />}
    </Shell>
  );
}

const fields = {
  responseDays: 'reactietermijn',
  retentionMonths: 'bewaartermijn',
  meetingRetentionDays: 'bewaartermijn-bijeenkomsten',
  monitorThreshold: 'kleinste-getal-monitor',
  complaintsHandler: 'klachten-over-steunpunt',
  complaintsEmail: 'klachten-over-steunpunt-email',
};
const toPageField = toPageFields(fields);

interface Draft {
  responseDays: string;
  retentionMonths: string;
  meetingRetentionDays: string;
  monitorThreshold: string;
  /** A user id, or '' for nobody. */
  complaintsHandler: string;
  /** '' for none. */
  complaintsEmail: string;
}

/** What was typed, as the schema reads it: empty is missing, anything else a number (or NaN). */
const asNumber = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()));

const toDraft = (settings: SteunpuntSettings): Draft => ({
  responseDays: String(settings.responseDays),
  retentionMonths: String(settings.retentionMonths),
  meetingRetentionDays: String(settings.meetingRetentionDays),
  monitorThreshold: String(settings.monitorThreshold),
  complaintsHandler: settings.complaintsHandler?.userId ?? '',
  complaintsEmail: settings.complaintsEmail ?? '',
});

function Settings({ me }: { me: Me }) {
  const [loaded, setLoaded] = useState<Loaded<{ settings: SteunpuntSettings }>>({
    status: 'loading',
  });
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const { draft, setDraft, bind } = useDraft<Draft>(
    {
      responseDays: '',
      retentionMonths: '',
      meetingRetentionDays: '',
      monitorThreshold: '',
      complaintsHandler: '',
      complaintsEmail: '',
    },
    form,
    fields,
  );
  const keys = useRef(new ActionKeys());

  const reload = useCallback(async () => {
    const result = await api(portal.backoffice.settings.$get);
    if (!result.ok) {
      setLoaded({ status: 'failed', message: result.problem.message });
      return;
    }
    setLoaded({ status: 'ready', settings: result.data });
    setDraft(toDraft(result.data));
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || loaded.status !== 'ready') return;
    setOutcome(undefined);
    const checked = settingsInput.safeParse({
      responseDays: asNumber(draft.responseDays),
      retentionMonths: asNumber(draft.retentionMonths),
      // Optional for the API (older clients leave it out); here the field is always shown.
      meetingRetentionDays: asNumber(draft.meetingRetentionDays) ?? Number.NaN,
      monitorThreshold: asNumber(draft.monitorThreshold) ?? Number.NaN,
      complaintsHandler: draft.complaintsHandler === '' ? null : draft.complaintsHandler,
      complaintsEmail: draft.complaintsEmail.trim() === '' ? null : draft.complaintsEmail,
      // The version the coördinator saw: a change by someone else meanwhile is not overwritten.
      version: loaded.settings.version,
    });
    if (!checked.success) {
      form.show(fieldErrors(checked.error, settingsFieldOrder).map(toPageField));
      return;
    }
    setBusy(true);
    const result = await api(portal.backoffice.settings.$put, {
      header: { 'idempotency-key': keys.current.keyFor('save', checked.data) },
      json: checked.data,
    });
    setBusy(false);
    if (result.ok) {
      keys.current.done('save');
      form.clear();
      setLoaded({ status: 'ready', settings: result.data });
      setDraft(toDraft(result.data));
      setOutcome({
        type: 'ok',
        text: `De instellingen zijn opgeslagen. Nieuwe vragen krijgen een reactietermijn van ${dayCount(result.data.responseDays)}.`,
      });
      return;
    }
    if (result.status === 401) return;
    if (result.status === 409) await reload();
    form.show(problemErrors(result.problem, toPageField));
  }

  return (
    <>
      <FormErrorSummary form={form} />
      <h1 className="utrecht-heading-1">Instellingen van het steunpunt</h1>
      <p className="utrecht-paragraph">
        Deze instellingen gelden voor alle samenwerkingsverbanden van je steunpunt.
      </p>
      <Outcome outcome={outcome} />

      <LoadStatus loaded={loaded} />
      {loaded.status === 'ready' && (
        <>
          <p className="utrecht-paragraph">
            {loaded.settings.version === 0 || !loaded.settings.updatedAt
              ? 'Je steunpunt gebruikt nog de standaardinstellingen.'
              : `Laatst gewijzigd op ${formatDateTime(loaded.settings.updatedAt)}.`}
          </p>
          <form className="bo-form" noValidate onSubmit={(event) => void save(event)}>
            <TextField
              {...bind('responseDays')}
              label="Reactietermijn (werkdagen)"
              hint="Nieuwe vragen krijgen deze termijn voor het eerste antwoord, uiterlijk een minuut na het opslaan. Vragen die er al zijn houden hun termijn."
              inputMode="numeric"
            />
            <TextField
              {...bind('retentionMonths')}
              label="Bewaartermijn (maanden na afronden)"
              hint="Na deze termijn verwijderen we de persoonsgegevens van een afgeronde vraag. De anonieme tellingen voor de monitor blijven bewaard."
              inputMode="numeric"
            />
            <TextField
              {...bind('meetingRetentionDays')}
              label="Gegevens van deelnemers bewaren (dagen na de bijeenkomst)"
              hint="Na deze termijn verwijderen we de namen en adressen van wie zich voor een bijeenkomst aanmeldde. Het aantal deelnemers blijft bewaard voor de monitor. Geldt voor bijeenkomsten die je daarna maakt of wijzigt."
              inputMode="numeric"
            />
            <TextField
              {...bind('monitorThreshold')}
              label="Kleinste getal dat je laat zien in de monitor"
              hint={`Een kleiner aantal zie je in de monitor, het verslag en de downloads als "minder dan" dit getal. Zo is niemand te herkennen. Kies een getal van ${settingsLimits.monitorThreshold.min} tot en met ${settingsLimits.monitorThreshold.max}. Het samenwerkingsverband ziet de monitor met dit getal.`}
              inputMode="numeric"
            />
            <ComplaintsHandlerField
              bind={bind('complaintsHandler')}
              colleagues={me.colleagues ?? []}
              named={loaded.settings.complaintsHandler}
            />
            <TextField
              {...bind('complaintsEmail')}
              label="E-mailadres voor klachten over het steunpunt (niet verplicht)"
              hint="Reageert een ouder op een e-mail over een klacht over het steunpunt? Dan komt dat antwoord op dit adres binnen. Kies het eigen adres van wie de klachten behandelt, of een apart adres. Niet het algemene adres van het steunpunt: daar lezen collega’s mee. Laat je het leeg, dan staat in die e-mails dat we een antwoord niet lezen en dat het steunpunt contact opneemt."
              type="email"
              autoComplete="off"
            />
            <SaveButtons busy={busy} label="Instellingen opslaan" />
          </form>
        </>
      )}
    </>
  );
}

/** A field as `useDraft`'s `bind` gives it. */
interface Bound {
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/**
 * Who handles a complaint about the steunpunt itself. The choice is among the staff the
 * directory knows (those who signed in); the named person is kept even when they are not
 * in it any more, with a warning, so the coördinator sees what new complaints do.
 */
function ComplaintsHandlerField(props: {
  bind: Bound;
  colleagues: { userId: string; name: string }[];
  named: SteunpuntSettings['complaintsHandler'];
}) {
  const { bind, colleagues, named } = props;
  const gone = named !== undefined && !colleagues.some((c) => c.userId === named.userId);
  const options = [
    ...colleagues.map((c) => ({ value: c.userId, label: c.name })),
    ...(gone ? [{ value: named.userId, label: `${named.name} (niet meer actief)` }] : []),
  ];
  return (
    <>
      <h2 className="utrecht-heading-2">Klachten over het steunpunt</h2>
      {named === undefined && (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            Je hebt nog niemand gekozen. Een klacht over het steunpunt gaat nu naar alle
            coördinatoren. Medewerkers zien hem niet.
          </p>
        </Alert>
      )}
      {gone && (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            {named.name} werkt niet meer bij het steunpunt. Nieuwe klachten over het steunpunt gaan
            daarom naar de coördinatoren. Kies iemand anders.
          </p>
        </Alert>
      )}
      <SelectField
        {...bind}
        label="Wie behandelt klachten over het steunpunt?"
        hint="Alleen deze persoon ziet een klacht over het steunpunt. Andere medewerkers en coördinatoren zien hem niet. Kies bij voorkeur iemand die niet zelf met de dagelijkse vragen werkt. Kies je niemand, dan gaat de klacht naar de coördinatoren. Een klacht blijft bij wie hem kreeg, ook als je later iemand anders kiest."
        options={options}
        placeholder="Niemand: de coördinatoren"
      />
    </>
  );
}

const dayCount = (days: number) => `${days} ${days === 1 ? 'werkdag' : 'werkdagen'}`;
