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
} from '../../../../../functions/meetings/meeting-schema.ts';
import { type StaffMeeting } from '../../../../../functions/meetings/meeting-staff-schema.ts';
import { ErrorSummary } from '../../form/ErrorSummary.tsx';
import { fieldId } from '../../form/fields.tsx';
import { meetingWhen, meetingWhere } from '../../../lib/meeting-text.ts';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api, enc } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { backofficePaths, caseRoles } from '../shell/paths.ts';
import { Shell } from '../shell/Shell.tsx';
import type { Me } from '../shell/use-session.ts';
import { Alert, Outcome, type AlertType } from '../ui/Alert.tsx';
import { DataList } from '../ui/DataList.tsx';
import { formatDate } from '../ui/format.ts';
import { problemErrors, useFormErrors } from '../ui/use-form-errors.ts';
import { AttendeeTable, personsText, sumPersons } from './AttendeeTable.tsx';
import { CancelConfirm } from './CancelConfirm.tsx';
import { downloadAttendees } from './download-attendees.ts';
import { meetingStateLabel, meetingTenantsText } from './staff-text.ts';
import { Loading } from '../ui/LoadStatus.tsx';

const meetingRoute = portal.backoffice.bijeenkomsten[':meetingId'];

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

  const reload = useCallback(async () => {
    if (!meetingId) {
      setLoaded({
        status: 'failed',
        code: 404,
        message: 'In de link staat niet welke bijeenkomst je zoekt.',
      });
      return;
    }
    const result = await api(meetingRoute.$get, { param: { meetingId: enc(meetingId) } });
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
    markAttended(attendee.id, attended);
    const result = await api(meetingRoute.aanmeldingen[':attendeeId'].aanwezig.$put, {
      param: { meetingId: enc(meetingId), attendeeId: enc(attendee.id) },
      // Setting the same value twice changes nothing: the route takes no key.
      json: { attended },
    });
    if (result.ok) {
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
    const result = await downloadAttendees(meeting.id);
    if (result) setOutcome(result);
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
    const result = await api(meetingRoute.annuleren.$post, {
      param: { meetingId: enc(meetingId) },
      header: { 'idempotency-key': keys.current.keyFor('cancel', body) },
      json: body,
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
    form.show(problemErrors(result.problem));
  }

  if (loaded.status === 'loading') return <Loading />;
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
            // The cap counts sign-ups, not persons (as the edit form says).
            [
              'Plekken op de wachtlijst',
              `${meeting.waitingCount} van ${meeting.input.waitingListMax ?? meetingLimits.waitingListDefault} bezet`,
            ],
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
        <CancelConfirm
          registrations={confirmed.length + waiting.length}
          reason={reason}
          onReasonChange={setReason}
          error={form.errorFor('reason')}
          busy={busy}
          onConfirm={() => void cancelMeeting()}
          onClose={() => {
            setConfirming(false);
            form.clear();
          }}
        />
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
