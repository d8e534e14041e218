/**
 * "Aanmelden" for one meeting (`/<swv>/oudercafe/aanmelden/?id=…`): the meeting, then a
 * short form with the GOV.UK error patterns of the question form. The draft is checked
 * with the schema the API uses; a valid draft is posted with one idempotency key, kept
 * for every retry of the same draft, so a retry never books twice.
 */
import { useEffect, useRef, useState, type RefObject, type SubmitEvent } from 'react';
import {
  maxPersons,
  signUpFieldOrder,
  signUpInput,
  type PublicMeeting,
  type SignUpField,
  type SignUpResult,
} from '../../../../functions/meetings/meeting-schema.ts';
import { fieldErrors, type FieldError } from '../../../../functions/lib/field-errors.ts';
import { ErrorSummary, type SummaryItem } from '../form/ErrorSummary.tsx';
import {
  CheckboxField,
  RadioGroup,
  TextAreaField,
  TextField,
  fieldId,
  optionId,
} from '../form/fields.tsx';
import { MeetingSummary } from './MeetingSummary.tsx';
import { meetingDay } from './meeting-text.ts';
import { newKey, problemOf } from './public-api.ts';

export interface SignUpFormProps {
  slug: string;
  steunpuntName: string;
  privacyHref: string;
  agendaHref: string;
}

interface Draft {
  name: string;
  email: string;
  phone: string;
  persons: string;
  needs: string;
  consent: boolean;
}

const emptyDraft: Draft = {
  name: '',
  email: '',
  phone: '',
  persons: '1',
  needs: '',
  consent: false,
};

type Loaded =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed' }
  | { status: 'ready'; meeting: PublicMeeting; closedMessage?: string };

const sendFailedMessage =
  'Het aanmelden is niet gelukt. Probeer het over een paar minuten opnieuw.';

const personOptions = Array.from({ length: maxPersons }, (_, index) => {
  const count = index + 1;
  return { value: String(count), label: count === 1 ? '1 persoon' : `${count} personen` };
});

function targetFor(field: string): string | undefined {
  if (!(signUpFieldOrder as readonly string[]).includes(field)) return undefined;
  return field === 'persons' ? optionId('persons', '1') : fieldId(field);
}

export default function SignUpForm(props: SignUpFormProps) {
  const { slug, steunpuntName, privacyHref, agendaHref } = props;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [errorRound, setErrorRound] = useState(0);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<{ signUp: SignUpResult; email: string } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const confirmationRef = useRef<HTMLHeadingElement>(null);
  const baseTitle = useRef('');
  const keyFor = useRef<{ body: string; key: string } | null>(null);
  // Read in the browser only: the page is also rendered at build time, without a URL.
  const [meetingId, setMeetingId] = useState<string>();

  useEffect(() => {
    baseTitle.current = document.title.replace(/^Fout: /, '');
    setMeetingId(new URLSearchParams(window.location.search).get('id') ?? '');
  }, []);

  useEffect(() => {
    if (meetingId === undefined) return;
    if (!meetingId) {
      setLoaded({ status: 'missing' });
      return;
    }
    let live = true;
    void fetch(
      `/api/swv/${encodeURIComponent(slug)}/bijeenkomsten/${encodeURIComponent(meetingId)}`,
      {
        headers: { accept: 'application/json' },
        cache: 'no-store',
      },
    )
      .then(async (response) => {
        if (!live) return;
        if (response.status === 404) return setLoaded({ status: 'missing' });
        if (!response.ok) return setLoaded({ status: 'failed' });
        const meeting = (await response.json()) as PublicMeeting;
        setLoaded({ status: 'ready', meeting });
      })
      .catch(() => live && setLoaded({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [slug, meetingId]);

  useEffect(() => {
    if (errorRound === 0) return;
    document.title = `Fout: ${baseTitle.current}`;
    summaryRef.current?.focus();
  }, [errorRound]);

  useEffect(() => {
    if (!result) return;
    document.title = `${result.signUp.status === 'wachtlijst' ? 'Je staat op de wachtlijst' : 'Je bent aangemeld'} – ${steunpuntName}`;
    confirmationRef.current?.focus();
  }, [result, steunpuntName]);

  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));
  const errorFor = (field: SignUpField) => errors.find((e) => e.field === field)?.message;

  function showErrors(list: FieldError[]) {
    setErrors(list);
    setErrorRound((round) => round + 1);
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending || loaded.status !== 'ready' || !meetingId) return;
    const checked = signUpInput.safeParse(draft);
    if (!checked.success) {
      showErrors(fieldErrors(checked.error, signUpFieldOrder));
      return;
    }
    setErrors([]);
    document.title = baseTitle.current;
    const body = JSON.stringify({ ...draft, persons: Number(draft.persons) });
    if (!keyFor.current || keyFor.current.body !== body) keyFor.current = { body, key: newKey() };
    setSending(true);
    try {
      const response = await fetch(
        `/api/swv/${encodeURIComponent(slug)}/bijeenkomsten/${encodeURIComponent(meetingId)}/aanmeldingen`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': keyFor.current.key },
          body,
        },
      );
      const data: unknown = await response.json().catch(() => null);
      if (response.status === 201 || response.status === 200) {
        setResult({ signUp: data as SignUpResult, email: checked.data.email });
        return;
      }
      const problem = problemOf(data);
      if (response.status === 400 && problem.errors.length > 0) return showErrors(problem.errors);
      if (response.status === 404) return setLoaded({ status: 'missing' });
      if (response.status === 409) {
        setLoaded({
          ...loaded,
          closedMessage: problem.message ?? 'Aanmelden voor deze bijeenkomst kan niet meer.',
        });
        return;
      }
      if (response.status === 422) {
        return showErrors([
          {
            field: 'form',
            message:
              'Deze aanmelding is al eens met andere gegevens verstuurd. Laad de pagina opnieuw en probeer het nog een keer.',
          },
        ]);
      }
      showErrors([
        {
          field: 'form',
          message: (response.status === 400 && problem.message) || sendFailedMessage,
        },
      ]);
    } catch {
      showErrors([{ field: 'form', message: sendFailedMessage }]);
    } finally {
      setSending(false);
    }
  }

  if (loaded.status === 'loading') {
    return (
      <>
        <h1 className="utrecht-heading-1">Aanmelden</h1>
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
          {loaded.status === 'missing' ? 'Deze bijeenkomst is niet gevonden' : 'Dit lukt nu niet'}
        </h1>
        <p className="utrecht-paragraph" role="status">
          {loaded.status === 'missing'
            ? 'Misschien is de link niet helemaal goed, of staat de bijeenkomst niet meer in de agenda.'
            : 'De bijeenkomst kon niet worden geladen. Probeer het over een paar minuten opnieuw.'}
        </p>
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={agendaHref}>
            Bekijk alle bijeenkomsten in de agenda
          </a>
        </p>
      </div>
    );
  }

  const { meeting } = loaded;
  if (result) {
    return (
      <Confirmation
        result={result.signUp}
        meeting={meeting}
        email={result.email}
        agendaHref={agendaHref}
        headingRef={confirmationRef}
      />
    );
  }

  const closed =
    loaded.closedMessage ??
    (meeting.state === 'geannuleerd'
      ? 'Deze bijeenkomst gaat niet door. Je kunt je er niet meer voor aanmelden.'
      : meeting.state === 'gesloten' || !meeting.signUpOpen
        ? 'Aanmelden voor deze bijeenkomst kan niet meer.'
        : undefined);
  if (closed) {
    return (
      <div data-ready="true">
        <h1 className="utrecht-heading-1">
          {meeting.state === 'geannuleerd'
            ? 'Deze bijeenkomst gaat niet door'
            : 'Aanmelden is gesloten'}
        </h1>
        <p className="utrecht-paragraph" role="status">
          {closed}
        </p>
        <MeetingSummary meeting={meeting} />
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={agendaHref}>
            Bekijk de andere bijeenkomsten in de agenda
          </a>
        </p>
      </div>
    );
  }

  const summaryItems: SummaryItem[] = errors.map((error) => ({
    message: error.message,
    targetId: targetFor(error.field),
  }));

  return (
    <div data-ready="true">
      {summaryItems.length > 0 && <ErrorSummary ref={summaryRef} items={summaryItems} />}
      <h1 className="utrecht-heading-1">Aanmelden</h1>
      <MeetingSummary meeting={meeting} />
      {meeting.state === 'vol' && (
        <p className="utrecht-paragraph">
          <strong>Deze bijeenkomst is vol.</strong> Meld je aan voor de wachtlijst. Komt er een plek
          vrij? Dan krijg je die automatisch, en sturen we je een e-mail.
        </p>
      )}
      <form
        className="question-form"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label={meeting.state === 'vol' ? 'Aanmelden voor de wachtlijst' : 'Aanmelden'}
      >
        <TextField
          name="name"
          label="Je naam"
          autoComplete="name"
          value={draft.name}
          onChange={set('name')}
          error={errorFor('name')}
        />
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          inputMode="email"
          autoComplete="email"
          hint="We sturen je een bevestiging. Daarin staat ook een link om je af te melden."
          value={draft.email}
          onChange={set('email')}
          error={errorFor('email')}
        />
        <TextField
          name="phone"
          label="Telefoonnummer (niet verplicht)"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          hint="Dan kunnen we je bellen als er iets verandert. Bijvoorbeeld 06 12345678."
          value={draft.phone}
          onChange={set('phone')}
          error={errorFor('phone')}
        />
        <RadioGroup
          name="persons"
          label="Met hoeveel personen kom je?"
          hint={`Tel jezelf ook mee. Je kunt met hoogstens ${maxPersons} personen komen.`}
          options={personOptions}
          value={draft.persons}
          onChange={set('persons')}
          error={errorFor('persons')}
        />
        <TextAreaField
          name="needs"
          label="Heb je iets nodig om mee te doen? (niet verplicht)"
          hint="Bijvoorbeeld een tolk, of een plek waar je met een rolstoel kunt komen."
          rows={4}
          value={draft.needs}
          onChange={set('needs')}
          error={errorFor('needs')}
        />
        <CheckboxField
          name="consent"
          label="Ik heb de privacyverklaring gelezen"
          hint={
            <>
              In de{' '}
              <a
                className="utrecht-link utrecht-link--html-a"
                href={privacyHref}
                target="_blank"
                rel="noopener"
              >
                privacyverklaring (opent in een nieuw tabblad)
              </a>{' '}
              staat wat we met je gegevens doen. Na de bijeenkomst verwijderen we ze.
            </>
          }
          checked={draft.consent}
          onChange={set('consent')}
          error={errorFor('consent')}
        />
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action utrecht-button--submit"
          aria-disabled={sending ? true : undefined}
        >
          {sending
            ? 'Bezig met aanmelden…'
            : meeting.state === 'vol'
              ? 'Zet me op de wachtlijst'
              : 'Meld je aan'}
        </button>
        <p className="visually-hidden" role="status">
          {sending ? 'Bezig met aanmelden…' : ''}
        </p>
      </form>
    </div>
  );
}

function Confirmation(props: {
  result: SignUpResult;
  meeting: PublicMeeting;
  email: string;
  agendaHref: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { result, meeting, email, agendaHref, headingRef } = props;
  const waiting = result.status === 'wachtlijst';
  const shown = result.meeting ?? meeting;
  return (
    <div data-ready="true">
      <div className="confirmation-panel">
        <h1 className="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
          {waiting ? 'Je staat op de wachtlijst' : 'Je bent aangemeld'}
        </h1>
        <p className="confirmation-panel__reference">
          {waiting && result.position
            ? `Je bent nummer ${result.position} op de wachtlijst`
            : `Voor ${shown.title} op ${meetingDay(shown.startsAt)}`}
        </p>
      </div>
      <h2 className="utrecht-heading-2">Wat gebeurt er nu?</h2>
      <p className="utrecht-paragraph">
        We sturen je een e-mail naar {email}.{' '}
        {waiting
          ? 'Komt er een plek vrij? Dan krijg je die automatisch. Je krijgt dan ook een e-mail.'
          : 'In de e-mail zit een bestand. Daarmee zet je de bijeenkomst in je agenda.'}
      </p>
      <p className="utrecht-paragraph">
        Kun je toch niet komen? Meld je dan af met de link in de e-mail. Dan kan iemand anders jouw
        plek krijgen.
      </p>
      <MeetingSummary meeting={shown} showPlaces={false} />
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={agendaHref}>
          Terug naar de agenda
        </a>
      </p>
    </div>
  );
}
