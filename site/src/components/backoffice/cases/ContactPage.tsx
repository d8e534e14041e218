/**
 * "Contact registreren": a phone call, WhatsApp message or walk-in visit becomes a case
 * like a question from the website. GOV.UK form patterns, with the question form's fields.
 */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  contactFieldOrder,
  contactInput,
  contactIntakeChannels,
} from '../../../../../functions/cases/intakes/contact-schema.ts';
import { intakeChannels, type CaseStatus } from '../../../../../functions/cases/case.ts';
import { fieldErrors } from '../../../../../functions/lib/field-errors.ts';
import { otherGemeente, roles, schoolTypes } from '../../../../../functions/core/vocabulary.ts';
import {
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
  type Option,
} from '../../form/fields.tsx';
import type { InferRequestType } from 'hono/client';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api } from '../shell/api.ts';
import { useSteunpuntTopics } from '../steunpunt/steunpunt-topics.ts';
import type { Directory } from '../shell/directory.ts';
import { statusLabel } from '../ui/format.ts';
import { languageOptions } from '../ui/CaseLanguage.tsx';
import { backofficePaths, caseRoles } from '../shell/paths.ts';
import { Shell } from '../shell/Shell.tsx';
import { errorTargets, FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { problemErrors, useFormErrors } from '../ui/use-form-errors.ts';
import type { Me } from '../shell/use-session.ts';

export default function ContactPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="contact" allow={caseRoles}>
      {(me) => <ContactForm me={me} directory={directory} />}
    </Shell>
  );
}

interface Draft {
  swv: string;
  channel: string;
  role: string;
  topic: string;
  schoolType: string;
  gemeente: string;
  summary: string;
  name: string;
  email: string;
  phone: string;
  /** The language the person speaks, and whether they would like a tolk (issue #14). */
  language: string;
  tolk: string;
  status: string;
}

const tolkOptions: Option[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

/** The draft as the API takes it: Dutch is no language to store, the tolk wish a boolean. */
const toInput = ({ language, tolk, ...draft }: Draft) => ({
  ...draft,
  ...(language && language !== 'nl' ? { language } : {}),
  ...(tolk ? { tolk: tolk === 'ja' } : {}),
});

const startStatuses: CaseStatus[] = ['in-behandeling', 'wacht-op-reactie', 'afgerond'];

const options = (record: Record<string, string>): Option[] =>
  Object.entries(record).map(([value, label]) => ({ value, label }));

const channelOptions: Option[] = contactIntakeChannels.map((value) => ({
  value,
  label: intakeChannels[value],
}));

/** Radio groups: an error links to their first option. */
const targetFor = errorTargets(contactFieldOrder, {
  channel: contactIntakeChannels[0],
  role: Object.keys(roles)[0],
  schoolType: Object.keys(schoolTypes)[0],
  status: startStatuses[0],
  tolk: tolkOptions[0]!.value,
});

interface Created {
  reference?: string;
  caseId?: string;
  tenant: string;
}

function ContactForm({ me, directory }: { me: Me; directory: Directory }) {
  const emptyDraft: Draft = {
    swv: me.tenants.length === 1 ? me.tenants[0]!.slug : '',
    channel: '',
    role: '',
    topic: '',
    schoolType: '',
    gemeente: '',
    summary: '',
    name: '',
    email: '',
    phone: '',
    language: 'nl',
    tolk: 'nee',
    status: 'in-behandeling',
  };
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Created>();
  const form = useFormErrors();
  const { draft, setDraft, bind } = useDraft(emptyDraft, form);
  const { topics } = useSteunpuntTopics();
  const keys = useRef(new ActionKeys());
  const confirmationRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (created) confirmationRef.current?.focus();
  }, [created]);

  const gemeenten = directory.swvs[draft.swv]?.gemeenten ?? [];
  const gemeenteOptions: Option[] = [
    ...gemeenten.map((gemeente) => ({ value: gemeente, label: gemeente })),
    { value: otherGemeente, label: 'Een andere gemeente' },
  ];

  function chooseSwv(swv: string) {
    setDraft((current) => ({
      ...current,
      swv,
      gemeente: (directory.swvs[swv]?.gemeenten ?? []).includes(current.gemeente)
        ? current.gemeente
        : current.gemeente === otherGemeente
          ? otherGemeente
          : '',
    }));
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const input = toInput(draft);
    const checked = contactInput.safeParse(input);
    if (!checked.success) {
      form.show(fieldErrors(checked.error, contactFieldOrder));
      return;
    }
    setBusy(true);
    const result = await api(portal.backoffice.contacts.$post, {
      header: { 'idempotency-key': keys.current.keyFor('contact', input) },
      // The input passed contactInput above; the API checks it again.
      json: input as InferRequestType<typeof portal.backoffice.contacts.$post>['json'],
    });
    setBusy(false);
    if (result.ok) {
      keys.current.done('contact');
      form.clear();
      const data = result.data;
      setCreated({ reference: data.reference, caseId: data.caseId, tenant: data.tenant });
      document.title = 'Contact geregistreerd – Backoffice';
      return;
    }
    if (result.status === 401) return;
    form.show(problemErrors(result.problem));
  }

  if (created) {
    return (
      <>
        <div className="confirmation-panel">
          <h1 className="utrecht-heading-1" tabIndex={-1} ref={confirmationRef}>
            Contact geregistreerd
          </h1>
          {created.reference && (
            <p className="confirmation-panel__reference">
              Het referentienummer is <strong>{created.reference}</strong>
            </p>
          )}
        </div>
        <ul className="utrecht-unordered-list bo-next">
          {created.caseId && (
            <li>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={backofficePaths.case(created.tenant, created.caseId)}
              >
                Open de vraag {created.reference}
              </a>
            </li>
          )}
          <li>
            <a className="utrecht-link utrecht-link--html-a" href={backofficePaths.contact}>
              Nog een contact registreren
            </a>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href={backofficePaths.inbox}>
              Naar het overzicht
            </a>
          </li>
        </ul>
      </>
    );
  }

  return (
    <>
      <FormErrorSummary form={form} targetFor={targetFor} />
      <h1 className="utrecht-heading-1">Contact registreren</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        Leg een vraag vast die binnenkwam per telefoon, WhatsApp of op het inloopspreekuur.
      </p>
      <form className="question-form bo-contact-form" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          name="swv"
          label="Samenwerkingsverband"
          placeholder="Kies het samenwerkingsverband"
          options={me.tenants.map((tenant) => ({ value: tenant.slug, label: tenant.name }))}
          value={draft.swv}
          onChange={chooseSwv}
          error={form.errorFor('swv')}
        />
        <RadioGroup
          {...bind('channel')}
          label="Hoe kwam het contact binnen?"
          options={channelOptions}
        />
        <RadioGroup {...bind('role')} label="Wie nam contact op?" options={options(roles)} />
        <SelectField
          {...bind('topic')}
          label="Waar gaat de vraag over?"
          placeholder="Kies een onderwerp"
          options={topics
            .filter((topic) => !topic.hidden)
            .map((topic) => ({ value: topic.key, label: topic.label }))}
        />
        <RadioGroup
          {...bind('schoolType')}
          label="Op wat voor school zit het kind?"
          options={options(schoolTypes)}
        />
        <SelectField
          {...bind('gemeente')}
          label="Gemeente"
          hint={draft.swv ? undefined : 'Kies eerst het samenwerkingsverband.'}
          placeholder="Kies de gemeente"
          options={gemeenteOptions}
        />
        <TextAreaField
          {...bind('summary')}
          label="Waar ging het contact over?"
          hint="Schrijf kort de vraag op en wat je hebt geadviseerd."
          rows={6}
        />
        <TextField {...bind('name')} label="Naam (niet verplicht)" />
        <TextField
          {...bind('email')}
          label="E-mailadres (niet verplicht)"
          hint="Nodig als je later per e-mail wilt antwoorden."
          type="email"
          inputMode="email"
        />
        <TextField
          {...bind('phone')}
          label="Telefoonnummer (niet verplicht)"
          hint="Bijvoorbeeld 06 12345678."
          type="tel"
          inputMode="tel"
        />
        <SelectField
          {...bind('language')}
          label="Welke taal spreekt de persoon?"
          placeholder="Kies een taal"
          options={languageOptions}
        />
        <RadioGroup
          {...bind('tolk')}
          label="Wil de persoon een tolk bij het volgende gesprek?"
          options={tolkOptions}
        />
        <RadioGroup
          {...bind('status')}
          label="Wat is de status van de vraag?"
          options={startStatuses.map((value) => ({ value, label: statusLabel(value) }))}
        />
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action utrecht-button--submit"
          aria-disabled={busy ? true : undefined}
        >
          {busy ? 'Bezig met opslaan…' : 'Contact registreren'}
        </button>
        <p className="visually-hidden" role="status">
          {busy ? 'Bezig met opslaan…' : ''}
        </p>
      </form>
    </>
  );
}
