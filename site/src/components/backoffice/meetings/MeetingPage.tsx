/**
 * One meeting (`/backoffice/bijeenkomst/?id=…`): its facts, who comes (with their needs),
 * the waiting list in order, who cancelled; attendance once it has started; the attendee
 * list as a CSV file for Excel; changing and cancelling it (after a confirmation).
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  audiences,
  meetingLimits,
  type Attendee,
  type StaffMeeting,
} from '../../../../../functions/meetings/meeting-schema.ts';
import { ErrorSummary } from '../../form/ErrorSummary.tsx';
import { TextAreaField, fieldId } from '../../form/fields.tsx';
import { meetingWhen, meetingWhere } from '../../../lib/meeting-text.ts';
import { meetingStateLabel, meetingTenantsText } from './staff-text.ts';
import { Alert, Outcome, type AlertType } from '../ui/Alert.tsx';
import { ActionKeys, api, enc, messageFor, signOut } from '../shell/api.ts';
import { DataList } from '../ui/DataList.tsx';
import type { Directory } from '../shell/directory.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { backofficePaths, caseRoles } from '../shell/paths.ts';
import { currentToken } from '../shell/session-store.ts';
import { Shell } from '../shell/Shell.tsx';
import { useFormErrors } from '../ui/use-form-errors.ts';
import type { Me } from '../shell/use-session.ts';

export default function MeetingPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="meetings" allow={caseRoles}>
      {(me) => <MeetingView me={me} />}
    </Shell>
  );
}

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; meeting: StaffMeeting }
  | { status: 'failed'; code: number; message: string };

const doneMessages: Record<string, string> = {
  nieuw: 'De bijeenkomst is opgeslagen. Ze staat nu in de agenda op de website.',
  gewijzigd: 'De wijzigingen zijn opgeslagen.',
};

function firstOutcome(): { type: AlertType; text: string } | undefined {
  const done = new URLSearchParams(window.location.search).get('klaar') ?? '';
  const series = /^reeks-(\d+)$/.exec(done);
  if (series) {
    return {
      type: 'ok',
      text: `De reeks is opgeslagen: ${series[1]} bijeenkomsten, elke maand één. Dit is de eerste.`,
    };
  }
  return doneMessages[done] ? { type: 'ok', text: doneMessages[done] } : undefined;
}

const personsText = (persons: number) => (persons === 1 ? '1 persoon' : `${persons} personen`);
const sumPersons = (list: Attendee[]) => list.reduce((total, a) => total + a.persons, 0);

function MeetingView({ me }: { me: Me }) {
  const [meetingId] = useState(() => new URLSearchParams(window.location.search).get('id') ?? '');
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [outcome, setOutcome] = useState<{ type: AlertType; text: ReactNode } | undefined>(
    firstOutcome,
  );
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const keys = useRef(new ActionKeys());
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    if (!meetingId) {
      setLoaded({
        status: 'failed',
        code: 404,
        message: 'In de link staat niet welke bijeenkomst je zoekt.',
      });
      return;
    }
    const result = await api<StaffMeeting>(`/api/backoffice/bijeenkomsten/${enc(meetingId)}`);
    if (result.ok && result.data) {
      setLoaded({ status: 'ready', meeting: result.data });
      document.title = `${result.data.title} – Backoffice`;
    } else if (!result.ok && result.status !== 401) {
      setLoaded({ status: 'failed', code: result.status, message: result.problem.message });
    }
  }, [meetingId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  /** Shown at once (the box stays as ticked); put back if the API does not take it. */
  function markAttended(attendeeId: string, attended: boolean | undefined) {
    setLoaded((current) =>
      current.status === 'ready'
        ? {
            ...current,
            meeting: {
              ...current.meeting,
              attendees: current.meeting.attendees.map((a) =>
                a.id === attendeeId ? { ...a, attended } : a,
              ),
            },
          }
        : current,
    );
  }

  async function setAttended(attendee: Attendee, attended: boolean) {
    const body = { attended };
    const action = `attended-${attendee.id}`;
    markAttended(attendee.id, attended);
    const result = await api<unknown>(
      `/api/backoffice/bijeenkomsten/${enc(meetingId)}/aanmeldingen/${enc(attendee.id)}/aanwezig`,
      { method: 'PUT', body, idempotencyKey: keys.current.keyFor(action, body) },
    );
    if (result.ok) {
      keys.current.done(action);
      setOutcome({
        type: 'ok',
        text: `Opgeslagen: ${attendee.name} was ${attended ? '' : 'niet '}aanwezig.`,
      });
      return;
    }
    markAttended(attendee.id, attendee.attended);
    if (result.status === 401) return;
    setOutcome({ type: 'error', text: result.problem.message });
  }

  async function download(meeting: StaffMeeting) {
    const token = currentToken();
    if (!token) {
      signOut('Je sessie is verlopen. Log opnieuw in.');
      return;
    }
    try {
      const response = await fetch(
        `/api/backoffice/bijeenkomsten/${enc(meeting.id)}/deelnemers.csv`,
        { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' },
      );
      if (response.status === 401) return signOut('Je bent niet meer ingelogd. Log opnieuw in.');
      if (!response.ok) {
        setOutcome({ type: 'error', text: messageFor(response.status) });
        return;
      }
      const disposition = response.headers.get('content-disposition') ?? '';
      const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'deelnemers.csv';
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setOutcome({ type: 'ok', text: `De deelnemerslijst is gedownload als ${name}.` });
    } catch {
      setOutcome({ type: 'error', text: messageFor(0) });
    }
  }

  async function cancelMeeting() {
    if (busy) return;
    const body = reason.trim() ? { reason: reason.trim() } : {};
    if (reason.trim().length > meetingLimits.reasonMax) {
      form.show([
        {
          field: 'reason',
          message: `De reden is te lang. Gebruik hoogstens ${meetingLimits.reasonMax} tekens`,
        },
      ]);
      return;
    }
    setBusy(true);
    const result = await api<unknown>(`/api/backoffice/bijeenkomsten/${enc(meetingId)}/annuleren`, {
      method: 'POST',
      body,
      idempotencyKey: keys.current.keyFor('cancel', body),
    });
    setBusy(false);
    if (result.ok) {
      keys.current.done('cancel');
      form.clear();
      setConfirming(false);
      await reload();
      setOutcome({
        type: 'ok',
        text: 'De bijeenkomst is geannuleerd. Iedereen die was aangemeld of op de wachtlijst stond, krijgt een e-mail.',
      });
      return;
    }
    if (result.status === 401) return;
    form.show(
      result.problem.errors.length > 0
        ? result.problem.errors
        : [{ field: 'form', message: result.problem.message }],
    );
  }

  if (loaded.status === 'loading') {
    return (
      <p className="utrecht-paragraph" role="status">
        Bezig met laden…
      </p>
    );
  }
  if (loaded.status === 'failed') {
    return (
      <>
        <h1 className="utrecht-heading-1">
          {loaded.code === 404
            ? 'Bijeenkomst niet gevonden'
            : loaded.code === 403
              ? 'Geen toegang tot deze bijeenkomst'
              : 'Dit lukt nu niet'}
        </h1>
        <Alert type={loaded.code === 403 ? 'warning' : 'error'} role="alert">
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

  const { meeting } = loaded;
  const now = Date.now();
  const started = new Date(meeting.startsAt).getTime() <= now;
  const ended = new Date(meeting.endsAt).getTime() <= now;
  const confirmed = meeting.attendees.filter((a) => a.status === 'bevestigd');
  const waiting = meeting.attendees
    .filter((a) => a.status === 'wachtlijst')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const cancelled = meeting.attendees.filter((a) => a.status === 'afgemeld');
  const canChange = !meeting.cancelled && !ended;

  return (
    <>
      {form.errors.length > 0 && (
        <ErrorSummary
          ref={form.summaryRef}
          items={form.errors.map((error) => ({
            message: error.message,
            targetId: error.field === 'reason' ? fieldId('reason') : undefined,
          }))}
        />
      )}
      <p className="bo-back">
        <a className="utrecht-link utrecht-link--html-a" href={backofficePaths.meetings}>
          Terug naar de bijeenkomsten
        </a>
      </p>
      <h1 className="utrecht-heading-1">{meeting.title}</h1>
      <Outcome outcome={outcome} />
      {meeting.cancelled && (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            Deze bijeenkomst is geannuleerd. Iedereen die was aangemeld of op de wachtlijst stond,
            heeft een e-mail gekregen.
          </p>
        </Alert>
      )}

      <section aria-labelledby="gegevens">
        <h2 className="utrecht-heading-2" id="gegevens">
          Gegevens
        </h2>
        <DataList
          items={[
            ['Status', meetingStateLabel(meeting, now)],
            ['Wanneer', meetingWhen(meeting.startsAt, meeting.endsAt)],
            [
              'Waar',
              meeting.locationKind === 'online' && meeting.onlineUrl
                ? `Online: ${meeting.onlineUrl}`
                : meetingWhere(meeting),
            ],
            ['Voor wie', audiences[meeting.audience] ?? meeting.audience],
            ['Samenwerkingsverband', meetingTenantsText(me, meeting.tenants)],
            ['Plaatsen bezet', `${meeting.confirmedPersons} van ${meeting.capacity}`],
            ['Op de wachtlijst', personsText(meeting.waitingPersons)],
            [
              'Aanmelden kan tot',
              meeting.signUpDeadline ? formatDate(meeting.signUpDeadline) : 'De bijeenkomst begint',
            ],
            ['Beschrijving', <span className="bo-pre-line">{meeting.description}</span>],
          ]}
        />
      </section>

      <div className="utrecht-button-group bo-meeting-actions">
        {canChange && (
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={backofficePaths.meetingEdit(meeting.id)}
          >
            Bijeenkomst wijzigen
          </a>
        )}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => void download(meeting)}
        >
          Download deelnemerslijst (CSV)
        </button>
        {canChange && !confirming && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action bo-button--danger"
            onClick={() => {
              setOutcome(undefined);
              setConfirming(true);
            }}
          >
            Bijeenkomst annuleren
          </button>
        )}
      </div>

      {confirming && (
        <section className="bo-confirm" aria-labelledby="annuleren-titel">
          <h2 className="utrecht-heading-2" id="annuleren-titel" tabIndex={-1} ref={confirmHeading}>
            Bijeenkomst annuleren?
          </h2>
          <p className="utrecht-paragraph">
            {confirmed.length + waiting.length > 0
              ? `${confirmed.length + waiting.length} ${confirmed.length + waiting.length === 1 ? 'aanmelding krijgt' : 'aanmeldingen krijgen'} een e-mail dat de bijeenkomst niet doorgaat.`
              : 'Er heeft zich nog niemand aangemeld.'}{' '}
            De bijeenkomst verdwijnt uit de agenda. Dit kun je niet ongedaan maken.
          </p>
          <TextAreaField
            name="reason"
            label="Reden (niet verplicht)"
            hint="Deze reden staat in de e-mail aan de deelnemers."
            rows={3}
            value={reason}
            onChange={setReason}
            error={form.errorFor('reason')}
          />
          <div className="utrecht-button-group">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action bo-button--danger"
              onClick={() => void cancelMeeting()}
            >
              {busy ? 'Bezig met annuleren…' : 'Ja, annuleer de bijeenkomst'}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                setConfirming(false);
                form.clear();
              }}
            >
              Nee, niet annuleren
            </button>
          </div>
        </section>
      )}

      <AttendeeTable
        id="aangemeld"
        caption={`Aangemeld (${personsText(sumPersons(confirmed))})`}
        empty="Er heeft zich nog niemand aangemeld."
        attendees={confirmed}
        attendance={started && !meeting.cancelled ? setAttended : undefined}
      />
      {started && !meeting.cancelled && confirmed.length > 0 && (
        <p className="utrecht-paragraph">
          Vink aan wie er was. Dat wordt meteen opgeslagen. We bewaren alleen het aantal voor de
          monitor.
        </p>
      )}
      <AttendeeTable
        id="wachtlijst"
        caption={`Wachtlijst (${personsText(sumPersons(waiting))})`}
        empty="Er staat niemand op de wachtlijst."
        attendees={waiting}
        showPosition
      />
      {cancelled.length > 0 && (
        <AttendeeTable
          id="afgemeld"
          caption={`Afgemeld (${personsText(sumPersons(cancelled))})`}
          empty=""
          attendees={cancelled}
        />
      )}
    </>
  );
}

function AttendeeTable(props: {
  id: string;
  caption: string;
  empty: string;
  attendees: Attendee[];
  showPosition?: boolean;
  attendance?: ((attendee: Attendee, attended: boolean) => Promise<void>) | undefined;
}) {
  const { id, caption, empty, attendees, showPosition = false, attendance } = props;
  const titleId = `${id}-titel`;
  if (attendees.length === 0) {
    return (
      <section aria-labelledby={titleId}>
        <h2 className="utrecht-heading-2 bo-section-title" id={titleId}>
          {caption}
        </h2>
        <p className="utrecht-paragraph">{empty}</p>
      </section>
    );
  }
  const columns = [
    ...(showPosition ? ['Plek'] : []),
    'Naam',
    'E-mail',
    'Telefoon',
    'Personen',
    'Wensen',
    'Aangemeld op',
    ...(attendance ? ['Aanwezig'] : []),
  ];
  return (
    <div
      className="utrecht-table-container bo-table-wrap"
      role="region"
      aria-labelledby={titleId}
      tabIndex={0}
    >
      <table className="utrecht-table utrecht-table--html-table bo-table">
        <caption className="utrecht-table__caption bo-table__caption" id={titleId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th className="utrecht-table__header-cell" scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {attendees.map((attendee) => (
            <tr className="utrecht-table__row" key={attendee.id}>
              {showPosition && <td className="utrecht-table__cell">{attendee.position ?? '–'}</td>}
              <th className="utrecht-table__header-cell" scope="row">
                {attendee.name}
              </th>
              <td className="utrecht-table__cell">
                <a className="utrecht-link utrecht-link--html-a" href={`mailto:${attendee.email}`}>
                  {attendee.email}
                </a>
              </td>
              <td className="utrecht-table__cell">{attendee.phone ?? '–'}</td>
              <td className="utrecht-table__cell">{attendee.persons}</td>
              <td className="utrecht-table__cell bo-pre-line">{attendee.needs ?? '–'}</td>
              <td className="utrecht-table__cell">{formatDateTime(attendee.signedUpAt)}</td>
              {attendance && (
                <td className="utrecht-table__cell">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    id={`aanwezig-${attendee.id}`}
                    aria-label={`${attendee.name} was aanwezig`}
                    checked={attendee.attended === true}
                    onChange={(event) => void attendance(attendee, event.target.checked)}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
