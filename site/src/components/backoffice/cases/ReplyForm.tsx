/**
 * Reply by e-mail: choose a template, its placeholders are filled in for this case, the
 * subject and text stay editable, and "Antwoord versturen" puts the mail in the case's
 * outbox (the mail worker sends it). The person's address is the one they gave.
 */
import { useEffect, useState, type SubmitEvent } from 'react';
import {
  languageNamesInDutch,
  type CaseDetail,
  type CaseStatus,
} from '../../../../../functions/cases/case.ts';
import { locales, type Locale } from '../../../../../functions/core/locales.ts';
import { replyInput } from '../../../../../functions/cases/changes-input.ts';
import {
  asksForReply,
  noReplyAddressMessage,
  noRestrictedReplyAddressMessage,
  templatesFor,
} from '../../../../../functions/cases/templates-input.ts';
import { SelectField, TextAreaField, TextField, fieldId } from '../../form/fields.tsx';
import { Alert, Outcome } from '../ui/Alert.tsx';
import { api } from '../shell/api.ts';
import { caseParam, caseRoute, type RunAction, type SectionOutcome } from './case-actions.ts';
import { contactChannelLabel, statusLabel } from '../ui/format.ts';
import {
  fillPlaceholders,
  loadTemplates,
  type PlaceholderValues,
  type ReplyTemplate,
} from '../steunpunt/templates.ts';

export const replyFields = {
  template: 'sjabloon',
  subject: 'antwoord-onderwerp',
  body: 'antwoord-tekst',
  status: 'antwoord-status',
} as const;

const statusesAfterReply: CaseStatus[] = ['wacht-op-reactie', 'in-behandeling', 'afgerond'];

type Templates =
  | { status: 'loading' }
  | { status: 'ready'; templates: ReplyTemplate[] }
  | { status: 'failed'; message: string };

export function ReplyForm(props: {
  detail: CaseDetail;
  placeholders: PlaceholderValues;
  /** The Reply-To of the mail; empty when the steunpunt has no address yet. */
  steunpuntEmail?: string | undefined;
  run: RunAction;
  outcome: SectionOutcome | undefined;
  errorFor: (field: string) => string | undefined;
  showErrors: (errors: { field: string; message: string }[]) => void;
}) {
  const { detail, placeholders, steunpuntEmail, run, outcome, errorFor, showErrors } = props;
  // A complaint about the steunpunt answers to its own address, never the shared one
  // (the API says which: `detail.reply`); every other case to the steunpunt's.
  const restrictedReply = detail.reply;
  const noReplyAddress = restrictedReply ? !restrictedReply.replyTo : steunpuntEmail === '';
  const noAddressMessage = restrictedReply
    ? noRestrictedReplyAddressMessage
    : noReplyAddressMessage;
  const [templates, setTemplates] = useState<Templates>({ status: 'loading' });
  const [templateId, setTemplateId] = useState('');
  const [usedTemplate, setUsedTemplate] = useState<string>();
  // The language of the template in the fields: their lang and direction (Arabic reads
  // right to left). Own text is `dir="auto"`.
  const [textLang, setTextLang] = useState<Locale>();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [statusAfter, setStatusAfter] = useState<CaseStatus>('wacht-op-reactie');
  const [busy, setBusy] = useState(false);
  const email = detail.personal?.email;

  useEffect(() => {
    void loadTemplates().then((result) =>
      setTemplates(
        result.ok
          ? { status: 'ready', templates: result.templates }
          : { status: 'failed', message: result.message },
      ),
    );
  }, []);

  if (!email) {
    return (
      <Alert type="info">
        <p className="utrecht-paragraph">
          {detail.erasedAt
            ? 'De persoonsgegevens zijn verwijderd. Je kunt niet meer per e-mail antwoorden.'
            : `Er is geen e-mailadres bekend. Neem contact op zoals de persoon vroeg: ${contactChannelLabel(detail.contactChannel).toLowerCase()}.`}
        </p>
      </Alert>
    );
  }

  /** The API fills the placeholders for this case; our own filling is the fallback. */
  async function applyTemplate() {
    if (templates.status !== 'ready' || busy) return;
    const template = templates.templates.find((t) => t.id === templateId);
    if (!template) {
      showErrors([{ field: replyFields.template, message: 'Kies een sjabloon' }]);
      return;
    }
    const draft = await api(caseRoute['reply-draft'].$get, {
      param: caseParam(detail),
      query: { templateId: template.id },
    });
    if (!draft.ok && draft.status === 401) return;
    const filled =
      draft.ok && typeof draft.data?.subject === 'string' && typeof draft.data.body === 'string'
        ? { subject: draft.data.subject, body: draft.data.body }
        : {
            subject: fillPlaceholders(template.subject, placeholders),
            body: fillPlaceholders(template.body, placeholders),
          };
    setSubject(filled.subject);
    setBody(filled.body);
    setUsedTemplate(template.id);
    setTextLang(template.lang);
    document.getElementById(fieldId(replyFields.subject))?.focus();
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = replyInput.safeParse({ subject, body });
    const errors: { field: string; message: string }[] = [];
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path[0] === 'subject' ? replyFields.subject : replyFields.body;
        if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
      }
    }
    if (noReplyAddress && asksForReply(body) && !errors.some((e) => e.field === replyFields.body)) {
      errors.push({ field: replyFields.body, message: noAddressMessage });
    }
    if (errors.length > 0) {
      showErrors(errors);
      return;
    }
    setBusy(true);
    const done = await run({
      section: 'reply',
      path: 'replies',
      body: {
        ...(usedTemplate ? { templateId: usedTemplate } : {}),
        subject: subject.trim(),
        body: body.trim(),
        status: statusAfter,
        version: detail.version,
      },
      fields: { subject: replyFields.subject, body: replyFields.body, status: replyFields.status },
      success: `Je antwoord is verstuurd naar ${email}. De status is nu ${statusLabel(statusAfter)}.`,
    });
    if (done) {
      setSubject('');
      setBody('');
      setTemplateId('');
      setUsedTemplate(undefined);
      setTextLang(undefined);
    }
    setBusy(false);
  }

  return (
    <>
      {templates.status === 'failed' && (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            De sjablonen konden niet worden geladen. Je kunt wel zelf een antwoord schrijven.
          </p>
        </Alert>
      )}
      {templates.status === 'ready' && templates.templates.length > 0 && (
        <div className="bo-template-pick">
          <SelectField
            name={replyFields.template}
            label="Sjabloon"
            hint={
              detail.language === 'nl'
                ? 'De invulplekken, zoals {naam} en {referentie}, worden ingevuld voor deze vraag.'
                : `Deze vraag kwam binnen in het ${languageNamesInDutch[detail.language]}. Sjablonen in die taal staan bovenaan. Je mag ook in het Nederlands antwoorden. De invulplekken, zoals {naam} en {referentie}, worden ingevuld.`
            }
            placeholder="Kies een sjabloon"
            options={templatesFor(templates.templates, detail.language).map((t) => ({
              value: t.id,
              label: t.lang === 'nl' ? t.name : `${t.name} (${languageNamesInDutch[t.lang]})`,
            }))}
            value={templateId}
            onChange={setTemplateId}
            error={errorFor(replyFields.template)}
          />
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => void applyTemplate()}
          >
            Sjabloon gebruiken
          </button>
        </div>
      )}
      <form className="bo-form" noValidate onSubmit={(event) => void submit(event)}>
        <p className="utrecht-paragraph">
          Het antwoord gaat naar <strong>{email}</strong>.
        </p>
        {restrictedReply?.replyTo && (
          <p className="utrecht-paragraph">
            Reageert de ouder op dit antwoord? Dan komt die reactie binnen op{' '}
            <strong>{restrictedReply.replyTo}</strong>, het adres voor klachten over het steunpunt.
            Niet op het algemene adres van het steunpunt.
          </p>
        )}
        {noReplyAddress && restrictedReply && (
          <Alert type="warning">
            <p className="utrecht-paragraph">
              Voor klachten over het steunpunt is nog geen e-mailadres gekozen. Reageert de ouder op
              dit antwoord, dan leest niemand die reactie. Daarom staat in de e-mail dat de ouder
              niet moet reageren en dat het steunpunt contact opneemt. De coördinator kan een adres
              kiezen bij Instellingen.
            </p>
          </Alert>
        )}
        {noReplyAddress && !restrictedReply && (
          <Alert type="warning">
            <p className="utrecht-paragraph">
              Het steunpunt heeft nog geen e-mailadres. Als de ouder op dit antwoord reageert, komt
              die reactie nergens aan. De coördinator vult het e-mailadres in bij Contactgegevens.
              Tot die tijd kun je geen antwoord sturen waarin je vraagt om deze e-mail te
              beantwoorden.
            </p>
          </Alert>
        )}
        <TextField
          name={replyFields.subject}
          label="Onderwerp"
          value={subject}
          onChange={setSubject}
          lang={textLang}
          dir={textLang ? locales[textLang].dir : 'auto'}
          error={errorFor(replyFields.subject)}
        />
        <TextAreaField
          name={replyFields.body}
          label="Bericht"
          rows={10}
          value={body}
          onChange={setBody}
          lang={textLang}
          dir={textLang ? locales[textLang].dir : 'auto'}
          error={errorFor(replyFields.body)}
        />
        <SelectField
          name={replyFields.status}
          label="Status na het versturen"
          placeholder="Kies een status"
          options={statusesAfterReply.map((value) => ({ value, label: statusLabel(value) }))}
          value={statusAfter}
          onChange={(value) => setStatusAfter((value || 'wacht-op-reactie') as CaseStatus)}
          error={errorFor(replyFields.status)}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {busy ? 'Bezig met versturen…' : 'Antwoord versturen'}
        </button>
        <Outcome outcome={outcome?.section === 'reply' ? outcome : undefined} />
      </form>
    </>
  );
}
