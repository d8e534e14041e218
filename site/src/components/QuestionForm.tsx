/**
 * "Stel je vraag": the question form, one page, GOV.UK patterns with NL Design System
 * (Utrecht) styling. The draft is checked with the same schema the API uses; errors show
 * in a summary at the top (which gets focus) and next to each field. A valid draft is
 * posted with an idempotency key, so that a retry of the same draft is never stored twice.
 */
import { useEffect, useRef, useState, type RefObject, type SubmitEvent } from 'react';
import {
  contactChannels,
  otherGemeente,
  questionLimits,
  roles,
  schoolTypes,
  topics,
} from '../../../functions/core/vocabulary.ts';
import {
  questionFieldOrder,
  questionInput,
  type QuestionField,
} from '../../../functions/cases/intakes/question-schema.ts';
import { fieldErrors, type FieldError } from '../../../functions/lib/field-errors.ts';
import type { PublicTopics } from '../../../functions/topics/topic-schema.ts';
import { ErrorSummary, type SummaryItem } from './form/ErrorSummary.tsx';
import {
  CheckboxField,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
  fieldId,
  optionId,
  type Option,
} from './form/fields.tsx';

export interface QuestionFormProps {
  slug: string;
  steunpuntName: string;
  gemeenten: string[];
  privacyHref: string;
  homeHref: string;
}

interface Draft {
  role: string;
  topic: string;
  question: string;
  schoolType: string;
  gemeente: string;
  name: string;
  contactChannel: string;
  email: string;
  phone: string;
  consent: boolean;
}

const emptyDraft: Draft = {
  role: '',
  topic: '',
  question: '',
  schoolType: '',
  gemeente: '',
  name: '',
  contactChannel: '',
  email: '',
  phone: '',
  consent: false,
};

interface Created {
  reference?: string;
  contactChannel: string;
  email: string;
}

const sendFailedMessage =
  'Het versturen is niet gelukt. Probeer het over een paar minuten opnieuw.';

const options = (record: Record<string, string>): Option[] =>
  Object.entries(record).map(([value, label]) => ({ value, label }));

const nationalTopicOptions = options(topics);

/** The topics the steunpunt offers on this SWV's form, or undefined if they could not be read. */
async function loadTopics(slug: string): Promise<Option[] | undefined> {
  try {
    const response = await fetch(`/api/swv/${encodeURIComponent(slug)}/onderwerpen`, {
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return undefined;
    const data = (await response.json()) as Partial<PublicTopics> | null;
    const list = Array.isArray(data?.topics) ? data.topics : [];
    const valid = list.filter(
      (topic) => typeof topic?.key === 'string' && typeof topic.label === 'string',
    );
    return valid.length > 0 ? valid.map(({ key, label }) => ({ value: key, label })) : undefined;
  } catch {
    return undefined;
  }
}

const radioFields = new Set<string>(['role', 'schoolType', 'contactChannel']);
const firstOption: Partial<Record<QuestionField, string>> = {
  role: Object.keys(roles)[0],
  schoolType: Object.keys(schoolTypes)[0],
  contactChannel: Object.keys(contactChannels)[0],
};

/** The id of the control an error-summary link moves focus to (the first radio of a group). */
function targetFor(field: string): string | undefined {
  if (!(questionFieldOrder as readonly string[]).includes(field)) return undefined;
  if (radioFields.has(field)) {
    const first = firstOption[field as QuestionField];
    return first ? optionId(field, first) : undefined;
  }
  return fieldId(field);
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const isFieldErrorList = (value: unknown): value is FieldError[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as FieldError).field === 'string' &&
      typeof (item as FieldError).message === 'string',
  );

export default function QuestionForm(props: QuestionFormProps) {
  const { slug, steunpuntName, gemeenten, privacyHref, homeHref } = props;
  const [ready, setReady] = useState(false);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [errorRound, setErrorRound] = useState(0);
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  // The national list is in the page itself; the steunpunt's own list replaces it when read.
  const [topicOptions, setTopicOptions] = useState<Option[]>(nationalTopicOptions);
  const summaryRef = useRef<HTMLDivElement>(null);
  const confirmationRef = useRef<HTMLHeadingElement>(null);
  const baseTitle = useRef('');
  /** One key per draft: kept while the draft stays the same, so retries are idempotent. */
  const keyFor = useRef<{ body: string; key: string } | null>(null);

  useEffect(() => {
    baseTitle.current = document.title.replace(/^Fout: /, '');
    setReady(true);
  }, []);

  useEffect(() => {
    let live = true;
    void loadTopics(slug).then((loaded) => {
      if (live && loaded) setTopicOptions(loaded);
    });
    return () => {
      live = false;
    };
  }, [slug]);

  useEffect(() => {
    if (errorRound === 0) return;
    document.title = `Fout: ${baseTitle.current}`;
    summaryRef.current?.focus();
  }, [errorRound]);

  useEffect(() => {
    if (!created) return;
    document.title = `Je vraag is verstuurd – ${steunpuntName}`;
    confirmationRef.current?.focus();
  }, [created, steunpuntName]);

  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));

  const errorFor = (field: QuestionField) => errors.find((e) => e.field === field)?.message;

  function showErrors(list: FieldError[]) {
    setErrors(list);
    setErrorRound((round) => round + 1);
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const result = questionInput.safeParse(draft);
    if (!result.success) {
      showErrors(fieldErrors(result.error, questionFieldOrder));
      return;
    }
    setErrors([]);
    document.title = baseTitle.current;
    const body = JSON.stringify(draft);
    if (!keyFor.current || keyFor.current.body !== body) keyFor.current = { body, key: newKey() };
    setSending(true);
    try {
      const response = await fetch(`/api/swv/${encodeURIComponent(slug)}/vragen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': keyFor.current.key },
        body,
      });
      const data: unknown = await response.json().catch(() => null);
      if (response.status === 201 || response.status === 200) {
        const reference =
          data && typeof (data as { reference?: unknown }).reference === 'string'
            ? (data as { reference: string }).reference
            : undefined;
        setCreated({
          ...(reference ? { reference } : {}),
          contactChannel: draft.contactChannel,
          email: draft.email.trim(),
        });
        return;
      }
      if (response.status === 400) {
        const problem = (data ?? {}) as { message?: unknown; errors?: unknown };
        if (isFieldErrorList(problem.errors) && problem.errors.length > 0) {
          showErrors(problem.errors);
        } else {
          const message = typeof problem.message === 'string' ? problem.message : sendFailedMessage;
          showErrors([{ field: 'form', message }]);
        }
        return;
      }
      showErrors([{ field: 'form', message: sendFailedMessage }]);
    } catch {
      showErrors([{ field: 'form', message: sendFailedMessage }]);
    } finally {
      setSending(false);
    }
  }

  if (created) {
    return (
      <Confirmation
        created={created}
        steunpuntName={steunpuntName}
        homeHref={homeHref}
        headingRef={confirmationRef}
      />
    );
  }

  const summaryItems: SummaryItem[] = errors.map((error) => ({
    message: error.message,
    targetId: targetFor(error.field),
  }));
  // A topic chosen before the list came in stays chosen (the API still takes it).
  const shownTopics =
    draft.topic && !topicOptions.some((option) => option.value === draft.topic)
      ? [...topicOptions, ...nationalTopicOptions.filter((o) => o.value === draft.topic)]
      : topicOptions;
  const gemeenteOptions: Option[] = [
    ...gemeenten.map((gemeente) => ({ value: gemeente, label: gemeente })),
    { value: otherGemeente, label: 'Een andere gemeente' },
  ];

  return (
    <>
      {summaryItems.length > 0 && <ErrorSummary ref={summaryRef} items={summaryItems} />}
      <h1 className="utrecht-heading-1">Stel je vraag</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        Een medewerker van {steunpuntName} leest je vraag. Daarna nemen we contact met je op.
      </p>
      <p className="utrecht-paragraph">
        Je naam hoef je niet in te vullen. Van je e-mailadres en telefoonnummer hebben we alleen
        nodig wat past bij de manier waarop je contact wilt.
      </p>
      <form
        className="question-form"
        noValidate
        hidden={!ready}
        onSubmit={(event) => void submit(event)}
        aria-label="Stel je vraag"
        data-ready={ready ? 'true' : undefined}
      >
        <RadioGroup
          name="role"
          label="Wie stelt de vraag?"
          options={options(roles)}
          value={draft.role}
          onChange={set('role')}
          error={errorFor('role')}
        />
        <SelectField
          name="topic"
          label="Waar gaat je vraag over?"
          placeholder="Kies een onderwerp"
          options={shownTopics}
          value={draft.topic}
          onChange={set('topic')}
          error={errorFor('topic')}
        />
        <TextAreaField
          name="question"
          label="Wat is je vraag?"
          hint={
            <>
              Vertel zo duidelijk mogelijk wat er speelt. Je hoeft geen namen op te schrijven van
              het kind of van de school. Gebruik minstens {questionLimits.textMin} en hoogstens{' '}
              {questionLimits.textMax} tekens.
            </>
          }
          value={draft.question}
          onChange={set('question')}
          error={errorFor('question')}
        />
        <RadioGroup
          name="schoolType"
          label="Op wat voor school zit het kind?"
          hint="Stel je de vraag over jezelf? Kies dan je eigen school."
          options={options(schoolTypes)}
          value={draft.schoolType}
          onChange={set('schoolType')}
          error={errorFor('schoolType')}
        />
        <SelectField
          name="gemeente"
          label="In welke gemeente woon je?"
          placeholder="Kies je gemeente"
          options={gemeenteOptions}
          value={draft.gemeente}
          onChange={set('gemeente')}
          error={errorFor('gemeente')}
        />
        <TextField
          name="name"
          label="Je naam (niet verplicht)"
          hint="Alleen je voornaam is ook goed."
          autoComplete="name"
          value={draft.name}
          onChange={set('name')}
          error={errorFor('name')}
        />
        <RadioGroup
          name="contactChannel"
          label="Hoe wil je dat we contact met je opnemen?"
          options={options(contactChannels)}
          value={draft.contactChannel}
          onChange={set('contactChannel')}
          error={errorFor('contactChannel')}
        />
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          inputMode="email"
          autoComplete="email"
          hint="Nodig als je contact per e-mail wilt. We sturen je ook een bevestiging van je vraag."
          value={draft.email}
          onChange={set('email')}
          error={errorFor('email')}
        />
        <TextField
          name="phone"
          label="Telefoonnummer"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          hint="Nodig als je wilt dat we bellen of appen. Bijvoorbeeld 06 12345678."
          value={draft.phone}
          onChange={set('phone')}
          error={errorFor('phone')}
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
              staat wat we met je gegevens doen.
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
          {sending ? 'Bezig met versturen…' : 'Verstuur je vraag'}
        </button>
        <p className="visually-hidden" role="status">
          {sending ? 'Bezig met versturen…' : ''}
        </p>
      </form>
    </>
  );
}

const channelSentence: Record<string, (steunpunt: string) => string> = {
  email: (steunpunt) => `Een medewerker van ${steunpunt} stuurt je een e-mail.`,
  telefoon: (steunpunt) =>
    `Een medewerker van ${steunpunt} belt je op het telefoonnummer dat je hebt gegeven.`,
  whatsapp: (steunpunt) => `Een medewerker van ${steunpunt} stuurt je een bericht via WhatsApp.`,
};

function Confirmation(props: {
  created: Created;
  steunpuntName: string;
  homeHref: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { created, steunpuntName, homeHref, headingRef } = props;
  const next =
    channelSentence[created.contactChannel]?.(steunpuntName) ??
    `Een medewerker van ${steunpuntName} neemt contact met je op.`;
  return (
    <>
      <div className="confirmation-panel">
        <h1 className="utrecht-heading-1" tabIndex={-1} ref={headingRef}>
          Je vraag is verstuurd
        </h1>
        {created.reference && (
          <p className="confirmation-panel__reference">
            Je referentienummer is <strong>{created.reference}</strong>
          </p>
        )}
      </div>
      <h2 className="utrecht-heading-2">Wat gebeurt er nu?</h2>
      <p className="utrecht-paragraph">{next}</p>
      {created.email && (
        <p className="utrecht-paragraph">
          Je krijgt ook een bevestiging per e-mail. Die sturen we naar {created.email}.
        </p>
      )}
      {created.reference && (
        <p className="utrecht-paragraph">
          Bewaar je referentienummer. Noem het als je contact met ons opneemt over deze vraag.
        </p>
      )}
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={homeHref}>
          Terug naar de startpagina van {steunpuntName}
        </a>
      </p>
    </>
  );
}
