/**
 * A new meeting, or changes to one (`/backoffice/bijeenkomst-bewerken/?id=…`). Every field
 * of `meetingInput`, checked with the same schema as the API, with the GOV.UK error
 * summary. A new meeting can repeat monthly (a series); a series is made only once.
 */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  allTenants,
  audiences,
  locationKinds,
  meetingLimits,
} from '../../../../../functions/meetings/meeting-schema.ts';
import {
  meetingEditInput,
  meetingFieldOrder,
  meetingInput,
  type MeetingField,
  type MeetingInput,
  type StaffMeeting,
} from '../../../../../functions/meetings/meeting-staff-schema.ts';
import { fieldErrors } from '../../../../../functions/lib/field-errors.ts';
import { RadioGroup, TextAreaField, TextField } from '../../form/fields.tsx';
import { Alert } from '../ui/Alert.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api, enc } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { InputField } from './MeetingFields.tsx';
import { backofficePaths, caseRoles } from '../shell/paths.ts';
import { Shell } from '../shell/Shell.tsx';
import { errorTargets, FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { SaveButtons } from '../ui/SaveButtons.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { problemErrors, useFormErrors } from '../ui/use-form-errors.ts';
import type { Me } from '../shell/use-session.ts';

const meetingRoute = portal.backoffice.bijeenkomsten[':meetingId'];
import { Loading } from '../ui/LoadStatus.tsx';

export default function MeetingEditPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="meetings" allow={caseRoles}>
      {(me) => <MeetingEdit me={me} />}
    </Shell>
  );
}

type Draft = Record<MeetingField, string>;

const emptyDraft: Draft = {
  title: '',
  description: '',
  date: '',
  startTime: '',
  endTime: '',
  locationKind: '',
  location: '',
  onlineUrl: '',
  capacity: '',
  waitingListMax: String(meetingLimits.waitingListDefault),
  signUpDeadline: '',
  audience: '',
  tenant: '',
  reminderDays: String(meetingLimits.reminderDaysDefault),
  repeatMonthly: '0',
};

const options = (record: Record<string, string>) =>
  Object.entries(record).map(([value, label]) => ({ value, label }));

type Loaded =
  | { status: 'loading' }
  | { status: 'new' }
  | { status: 'ready'; meeting: StaffMeeting }
  | { status: 'failed'; code: number; message: string };

function MeetingEdit({ me }: { me: Me }) {
  const [meetingId] = useState(() => new URLSearchParams(window.location.search).get('id') ?? '');
  const [loaded, setLoaded] = useState<Loaded>(
    meetingId ? { status: 'loading' } : { status: 'new' },
  );
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const { draft, setDraft, bind } = useDraft(emptyDraft, form);
  const keys = useRef(new ActionKeys());

  const tenantOptions = [
    ...me.tenants.map((tenant) => ({ value: tenant.slug, label: tenant.name })),
    ...(me.tenants.length > 1
      ? [{ value: allTenants, label: 'Alle samenwerkingsverbanden van het steunpunt' }]
      : []),
  ];

  useEffect(() => {
    if (!meetingId) {
      document.title = 'Nieuwe bijeenkomst – Backoffice';
      return;
    }
    let live = true;
    void api(meetingRoute.$get, { param: { meetingId: enc(meetingId) } }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setLoaded({ status: 'ready', meeting: result.data });
        setDraft({ ...emptyDraft, ...asDraft(result.data.input) });
        document.title = `${result.data.title} wijzigen – Backoffice`;
      } else if (result.status !== 401) {
        setLoaded({ status: 'failed', code: result.status, message: result.problem.message });
      }
    });
    return () => {
      live = false;
    };
  }, [meetingId]);

  // Radio groups: an error links to their first option.
  const targetFor = errorTargets(meetingFieldOrder, {
    locationKind: Object.keys(locationKinds)[0],
    audience: Object.keys(audiences)[0],
    tenant: tenantOptions[0]?.value,
  });

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const editing = loaded.status === 'ready';
    const input = {
      ...draft,
      // Only the field that goes with the kind of place counts.
      location: draft.locationKind === 'plaats' ? draft.location : '',
      onlineUrl: draft.locationKind === 'online' ? draft.onlineUrl : '',
    };
    const { repeatMonthly, ...editFields } = input;
    const checked = editing
      ? meetingEditInput.safeParse(editFields)
      : meetingInput.safeParse({ ...editFields, repeatMonthly });
    if (!checked.success) {
      form.show(fieldErrors(checked.error, meetingFieldOrder));
      return;
    }
    const action = editing ? 'edit' : 'create';
    setBusy(true);
    const header = { 'idempotency-key': keys.current.keyFor(action, checked.data) };
    const result = editing
      ? await api(meetingRoute.$put, {
          param: { meetingId: enc(meetingId) },
          header,
          json: checked.data,
        })
      : await api(portal.backoffice.bijeenkomsten.$post, {
          header,
          json: checked.data as MeetingInput,
        });
    setBusy(false);
    if (result.ok) {
      keys.current.done(action);
      form.clear();
      const created = 'meetings' in result.data ? result.data.meetings : [];
      const id = editing ? meetingId : (created[0]?.id ?? '');
      const done = editing ? 'gewijzigd' : created.length > 1 ? `reeks-${created.length}` : 'nieuw';
      window.location.assign(
        id ? `${backofficePaths.meeting(id)}&klaar=${done}` : backofficePaths.meetings,
      );
      return;
    }
    if (result.status === 401) return;
    form.show(problemErrors(result.problem));
  }

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') {
    return (
      <>
        <h1 className="utrecht-heading-1">
          {loaded.code === 404 ? 'Bijeenkomst niet gevonden' : 'Dit lukt nu niet'}
        </h1>
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{loaded.message}</p>
        </Alert>
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={backofficePaths.meetings}>
            Terug naar de bijeenkomsten
          </a>
        </p>
      </>
    );
  }

  const editing = loaded.status === 'ready' ? loaded.meeting : undefined;
  return (
    <>
      <FormErrorSummary form={form} targetFor={targetFor} />
      <p className="bo-back">
        <a
          className="utrecht-link utrecht-link--html-a"
          href={editing ? backofficePaths.meeting(editing.id) : backofficePaths.meetings}
        >
          {editing ? 'Terug naar de bijeenkomst' : 'Terug naar de bijeenkomsten'}
        </a>
      </p>
      <h1 className="utrecht-heading-1">
        {editing ? `${editing.title} wijzigen` : 'Nieuwe bijeenkomst'}
      </h1>
      {editing && (editing.confirmedPersons > 0 || editing.waitingPersons > 0) && (
        <Alert type="info">
          <p className="utrecht-paragraph">
            Verander je de datum, de tijd of de plek? Dan krijgt iedereen die zich heeft aangemeld
            of op de wachtlijst staat een e-mail.
          </p>
        </Alert>
      )}
      <form className="bo-form bo-meeting-form" noValidate onSubmit={(event) => void save(event)}>
        <TextField
          {...bind('title')}
          label="Titel"
          hint="Bijvoorbeeld: Oudercafé over de overstap naar de middelbare school."
        />
        <TextAreaField
          {...bind('description')}
          label="Beschrijving"
          hint="Wat gaat er gebeuren, en voor wie is het? Schrijf in eenvoudige taal."
          rows={6}
        />
        <InputField {...bind('date')} type="date" label="Datum" />
        <InputField {...bind('startTime')} type="time" label="Begintijd" />
        <InputField {...bind('endTime')} type="time" label="Eindtijd" />
        <RadioGroup
          {...bind('locationKind')}
          label="Waar is de bijeenkomst?"
          options={options(locationKinds)}
        />
        {draft.locationKind !== 'online' && (
          <TextField
            {...bind('location')}
            label="Adres of plek"
            hint="Bijvoorbeeld: Bibliotheek Hoofddorp, Raadhuisplein 1, Hoofddorp."
          />
        )}
        {draft.locationKind === 'online' && (
          <InputField
            {...bind('onlineUrl')}
            type="url"
            label="Link naar de online bijeenkomst"
            hint="Begint met https://. Deelnemers zien de link in de agenda en in hun bevestiging."
          />
        )}
        <InputField
          {...bind('capacity')}
          type="number"
          label="Aantal plaatsen"
          hint={`Hoeveel personen er kunnen komen, van 1 tot en met ${meetingLimits.capacityMax}. Is het vol? Dan komen mensen op de wachtlijst.`}
        />
        <InputField
          {...bind('waitingListMax')}
          type="number"
          label="Plekken op de wachtlijst (aantal aanmeldingen)"
          hint={`Van 0 tot en met ${meetingLimits.waitingListMax}. Is de wachtlijst vol? Dan kan niemand zich meer aanmelden en ziet de ouder hoe je het steunpunt bereikt.`}
        />
        <InputField
          {...bind('signUpDeadline')}
          type="date"
          label="Aanmelden kan tot en met (niet verplicht)"
          hint="Leeg laten: aanmelden kan tot de bijeenkomst begint."
        />
        <RadioGroup
          {...bind('audience')}
          label="Voor wie is de bijeenkomst?"
          options={options(audiences)}
        />
        <RadioGroup
          {...bind('tenant')}
          label="Voor welk samenwerkingsverband?"
          hint="De bijeenkomst staat in de agenda van dit samenwerkingsverband op de website."
          options={tenantOptions}
        />
        <InputField
          {...bind('reminderDays')}
          type="number"
          label="Herinnering sturen (dagen van tevoren)"
          hint={`Van 0 tot en met ${meetingLimits.reminderDaysMax}. Vul 0 in als je geen herinnering wilt sturen.`}
        />
        {!editing && (
          <InputField
            {...bind('repeatMonthly')}
            type="number"
            label="Herhaal maandelijks (aantal extra bijeenkomsten)"
            hint={`Vul 0 in voor één bijeenkomst. Bij 3 komen er nog 3 bijeenkomsten bij, elke maand op dezelfde dag (bijvoorbeeld de tweede dinsdag). Hoogstens ${meetingLimits.repeatMonthlyMax}.`}
          />
        )}
        <SaveButtons busy={busy} label={editing ? 'Wijzigingen opslaan' : 'Bijeenkomst opslaan'} />
        <p className="visually-hidden" role="status">
          {busy ? 'Bezig met opslaan…' : ''}
        </p>
      </form>
    </>
  );
}

/** The API's prefill values as text for the inputs. */
function asDraft(input: Record<string, unknown> | undefined): Partial<Draft> {
  const draft: Partial<Draft> = {};
  for (const field of meetingFieldOrder) {
    const value = input?.[field];
    if (value !== undefined && value !== null) draft[field] = String(value);
  }
  return draft;
}
