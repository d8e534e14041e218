/**
 * "Afmelden" (`/<swv>/oudercafe/afmelden/?code=…`), opened from the link in a mail. Opening
 * the page only shows the meeting and the sign-up (mail scanners open links too); the
 * button cancels. Cancelling twice is harmless: the API answers the same.
 */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type {
  AttendeeStatus,
  PublicMeeting,
} from '../../../../functions/meetings/meeting-schema.ts';
import { MeetingSummary } from './MeetingSummary.tsx';
import { newKey, problemOf } from './public-api.ts';

export interface CancelFormProps {
  steunpuntName: string;
  agendaHref: string;
}

type Loaded =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed' }
  | { status: 'ready'; meeting: PublicMeeting; signUp: AttendeeStatus; persons: number }
  | { status: 'done'; meeting: PublicMeeting };

const failedMessage = 'Het afmelden is niet gelukt. Probeer het over een paar minuten opnieuw.';

export default function CancelForm({ steunpuntName, agendaHref }: CancelFormProps) {
  // Read in the browser only: the page is also rendered at build time, without a URL.
  const [code, setCode] = useState<string>();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string>();
  /** One key for this page's cancel request, kept for a retry. */
  const key = useRef<string | undefined>(undefined);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setCode(new URLSearchParams(window.location.search).get('code') ?? '');
  }, []);

  useEffect(() => {
    if (code === undefined) return;
    if (!code) {
      setLoaded({ status: 'missing' });
      return;
    }
    let live = true;
    void fetch(`/api/afmelding?${new URLSearchParams({ code }).toString()}`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
    })
      .then(async (response) => {
        if (!live) return;
        if (response.status === 404 || response.status === 400) {
          return setLoaded({ status: 'missing' });
        }
        if (!response.ok) return setLoaded({ status: 'failed' });
        const data = (await response.json()) as {
          meeting: PublicMeeting;
          status: AttendeeStatus;
          persons: number;
        };
        setLoaded({
          status: 'ready',
          meeting: data.meeting,
          signUp: data.status,
          persons: data.persons,
        });
      })
      .catch(() => live && setLoaded({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [code]);

  useEffect(() => {
    if (loaded.status !== 'done') return;
    document.title = `Je bent afgemeld – ${steunpuntName}`;
    doneRef.current?.focus();
  }, [loaded.status, steunpuntName]);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  async function cancel(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending || loaded.status !== 'ready' || !code) return;
    setSending(true);
    setProblem(undefined);
    try {
      const response = await fetch('/api/afmelding', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': (key.current ??= newKey()),
        },
        body: JSON.stringify({ code }),
      });
      if (response.ok) {
        setLoaded({ status: 'done', meeting: loaded.meeting });
        return;
      }
      const data: unknown = await response.json().catch(() => null);
      if (response.status === 404) return setLoaded({ status: 'missing' });
      setProblem(
        response.status < 500 ? (problemOf(data).message ?? failedMessage) : failedMessage,
      );
    } catch {
      setProblem(failedMessage);
    } finally {
      setSending(false);
    }
  }

  const backLink = (
    <p className="utrecht-paragraph">
      <a className="utrecht-link utrecht-link--html-a" href={agendaHref}>
        Bekijk de bijeenkomsten in de agenda
      </a>
    </p>
  );

  if (loaded.status === 'loading') {
    return (
      <>
        <h1 className="utrecht-heading-1">Afmelden</h1>
        <p className="utrecht-paragraph" role="status">
          Bezig met laden…
        </p>
      </>
    );
  }
  if (loaded.status === 'missing' || loaded.status === 'failed') {
    return (
      <div data-ready="true">
        <h1 className="utrecht-heading-1">
          {loaded.status === 'missing' ? 'Deze afmeldlink werkt niet' : 'Dit lukt nu niet'}
        </h1>
        <p className="utrecht-paragraph" role="status">
          {loaded.status === 'missing'
            ? 'Misschien is de link niet helemaal goed overgenomen, of is de bijeenkomst al lang geleden. Gebruik de link uit je bevestigingsmail, of neem contact op met het steunpunt.'
            : 'We konden je aanmelding niet laden. Probeer het over een paar minuten opnieuw.'}
        </p>
        {backLink}
      </div>
    );
  }
  if (loaded.status === 'done') {
    return (
      <div data-ready="true">
        <div className="confirmation-panel">
          <h1 className="utrecht-heading-1" tabIndex={-1} ref={doneRef}>
            Je bent afgemeld
          </h1>
        </div>
        <p className="utrecht-paragraph">
          Je komt niet naar {loaded.meeting.title}. Dank je wel dat je het laat weten. Iemand anders
          kan nu jouw plek krijgen.
        </p>
        {backLink}
      </div>
    );
  }

  const { meeting, signUp, persons } = loaded;
  const started = new Date(meeting.startsAt).getTime() <= Date.now();
  const canCancel = signUp !== 'afgemeld' && meeting.state !== 'geannuleerd' && !started;
  return (
    <div data-ready="true">
      <h1 className="utrecht-heading-1">Afmelden</h1>
      <div tabIndex={-1} ref={problemRef} role="alert">
        {problem && (
          <div className="error-summary">
            <h2 className="utrecht-heading-2 error-summary__title">Er is een probleem</h2>
            <p className="utrecht-paragraph error-summary__text">{problem}</p>
          </div>
        )}
      </div>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {signUp === 'afgemeld'
          ? 'Je bent al afgemeld voor deze bijeenkomst.'
          : signUp === 'wachtlijst'
            ? `Je staat op de wachtlijst voor deze bijeenkomst (${personsText(persons)}).`
            : `Je bent aangemeld voor deze bijeenkomst (${personsText(persons)}).`}
      </p>
      <MeetingSummary meeting={meeting} showPlaces={false} />
      {meeting.state === 'geannuleerd' && (
        <p className="utrecht-paragraph">
          Deze bijeenkomst gaat niet door. Je hoeft je niet af te melden.
        </p>
      )}
      {started && meeting.state !== 'geannuleerd' && signUp !== 'afgemeld' && (
        <p className="utrecht-paragraph">
          Deze bijeenkomst is al begonnen. Afmelden kan niet meer.
        </p>
      )}
      {canCancel && (
        <form noValidate onSubmit={(event) => void cancel(event)} aria-label="Afmelden">
          <p className="utrecht-paragraph">
            Kun je niet komen? Meld je dan af. Iemand anders kan dan jouw plek krijgen.
          </p>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action utrecht-button--submit"
            aria-disabled={sending ? true : undefined}
          >
            {sending ? 'Bezig met afmelden…' : 'Afmelden'}
          </button>
        </form>
      )}
      {backLink}
    </div>
  );
}

const personsText = (persons: number) => (persons === 1 ? '1 persoon' : `${persons} personen`);
