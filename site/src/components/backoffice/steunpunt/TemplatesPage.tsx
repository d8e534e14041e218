/**
 * "Sjablonen" (coördinator): the steunpunt's reply templates, with placeholders that the
 * case page fills in. List, add, change and delete (after a confirmation).
 */
import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import {
  templateFieldOrder,
  templateInput,
  templatePlaceholders,
} from '../../../../../functions/cases/templates-input.ts';
import { fieldErrors } from '../../../../../functions/lib/field-errors.ts';
import { SelectField, TextAreaField, TextField } from '../../form/fields.tsx';
import { isLocale, locales } from '../../../../../functions/core/locales.ts';
import { LanguageName, languageOptions } from '../ui/CaseLanguage.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api, enc } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import { Outcome, type AlertType } from '../ui/Alert.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { formatDateTime } from '../ui/format.ts';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { SaveButtons } from '../ui/SaveButtons.tsx';
import { useEditing } from '../ui/use-editing.ts';
import { problemErrors, toPageFields, useFormErrors } from '../ui/use-form-errors.ts';
import { loadTemplates, type ReplyTemplate } from './templates.ts';

const templateRoute = portal.backoffice.templates[':id'];

export default function TemplatesPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="templates" allow={['coordinator']}>
      {() => <Templates />}
    </Shell>
  );
}

/** From the template writer's point of view (the model describes them for the replier). */
const placeholderDescriptions: Record<keyof typeof templatePlaceholders, string> = {
  naam: 'de naam van wie de vraag stelde',
  referentie: 'het referentienummer van de vraag',
  steunpunt: 'de naam van het steunpunt',
  medewerker: 'de naam van de medewerker die antwoordt',
};

const fields = {
  name: 'sjabloon-naam',
  subject: 'sjabloon-onderwerp',
  body: 'sjabloon-tekst',
  lang: 'sjabloon-taal',
};
const toPageField = toPageFields(fields);

interface Draft {
  name: string;
  subject: string;
  body: string;
  /** The language it is written in (issue #14): Dutch unless chosen. */
  lang: string;
}
const emptyDraft: Draft = { name: '', subject: '', body: '', lang: 'nl' };

type List = Loaded<{ templates: ReplyTemplate[] }>;

function Templates() {
  const [list, setList] = useState<List>({ status: 'loading' });
  const [deleting, setDeleting] = useState<ReplyTemplate>();
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const keys = useRef(new ActionKeys());
  const { draft, bind, editing, startEdit, stopEdit, headingRef } = useEditing({
    empty: emptyDraft,
    toDraft: (template: ReplyTemplate) => ({
      name: template.name,
      subject: template.subject,
      body: template.body,
      lang: template.lang,
    }),
    form,
    names: fields,
    onStart: () => setOutcome(undefined),
  });
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    const result = await loadTemplates();
    setList(
      result.ok
        ? { status: 'ready', templates: result.templates }
        : { status: 'failed', message: result.message },
    );
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (deleting) confirmHeading.current?.focus();
  }, [deleting]);

  // A text in Arabic reads right to left in the editor too.
  const textLanguage = isLocale(draft.lang)
    ? { lang: draft.lang, dir: locales[draft.lang].dir }
    : { dir: 'auto' as const };

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = templateInput.safeParse({ ...draft, lang: draft.lang || undefined });
    if (!checked.success) {
      form.show(fieldErrors(checked.error, templateFieldOrder).map(toPageField));
      return;
    }
    const body = editing ? { ...checked.data, version: editing.version ?? 0 } : checked.data;
    const action = editing ? `edit-${editing.id}` : 'add';
    setBusy(true);
    const header = { 'idempotency-key': keys.current.keyFor(action, body) };
    const result = editing
      ? await api(templateRoute.$put, { param: { id: enc(editing.id) }, header, json: body })
      : await api(portal.backoffice.templates.$post, { header, json: body });
    setBusy(false);
    if (result.ok) {
      keys.current.done(action);
      form.clear();
      await reload();
      setOutcome({
        type: 'ok',
        text: editing
          ? `Het sjabloon "${checked.data.name}" is gewijzigd.`
          : `Het sjabloon "${checked.data.name}" is toegevoegd.`,
      });
      stopEdit();
      return;
    }
    if (result.status === 401) return;
    if (result.status === 409) await reload();
    const problem =
      result.status === 409
        ? {
            ...result.problem,
            message:
              'Iemand anders heeft dit sjabloon net gewijzigd. Open het opnieuw om het te wijzigen.',
          }
        : result.problem;
    form.show(problemErrors(problem, toPageField));
  }

  async function remove(template: ReplyTemplate) {
    if (busy) return;
    setBusy(true);
    const action = `delete-${template.id}`;
    const result = await api(templateRoute.$delete, { param: { id: enc(template.id) } });
    setBusy(false);
    setDeleting(undefined);
    if (result.ok || result.status === 404) {
      keys.current.done(action);
      if (editing?.id === template.id) stopEdit();
      await reload();
      setOutcome({ type: 'ok', text: `Het sjabloon "${template.name}" is verwijderd.` });
      return;
    }
    if (result.status === 401) return;
    form.show([{ field: 'form', message: result.problem.message }]);
  }

  return (
    <>
      <FormErrorSummary form={form} />
      <h1 className="utrecht-heading-1">Sjablonen</h1>
      <p className="utrecht-paragraph">
        Met een sjabloon schrijven medewerkers sneller een antwoord per e-mail. Ze kunnen de tekst
        daarna nog aanpassen.
      </p>
      <Outcome outcome={outcome} />

      {deleting && (
        <section className="bo-confirm" aria-labelledby="verwijderen-titel">
          <h2
            className="utrecht-heading-2"
            id="verwijderen-titel"
            tabIndex={-1}
            ref={confirmHeading}
          >
            Sjabloon "{deleting.name}" verwijderen?
          </h2>
          <p className="utrecht-paragraph">
            Medewerkers kunnen het daarna niet meer kiezen. Verstuurde antwoorden blijven bewaard.
          </p>
          <div className="utrecht-button-group">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action bo-button--danger"
              onClick={() => void remove(deleting)}
            >
              Ja, verwijder het sjabloon
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => setDeleting(undefined)}
            >
              Nee, bewaar het
            </button>
          </div>
        </section>
      )}

      <LoadStatus loaded={list} />
      {list.status === 'ready' &&
        (list.templates.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn nog geen sjablonen.</p>
        ) : (
          <DataTable
            captionId="sjablonen-titel"
            caption={`Sjablonen van je steunpunt (${list.templates.length})`}
            columns={['Naam', 'Taal', 'Onderwerp', 'Gewijzigd', 'Acties']}
          >
            {list.templates.map((template) => (
              <tr className="utrecht-table__row" key={template.id}>
                <th
                  className="utrecht-table__header-cell"
                  scope="row"
                  {...(template.lang === 'nl' ? {} : { lang: template.lang, dir: 'auto' })}
                >
                  {template.name}
                </th>
                <td className="utrecht-table__cell">
                  <LanguageName lang={template.lang} />
                </td>
                <td
                  className="utrecht-table__cell"
                  {...(template.lang === 'nl' ? {} : { lang: template.lang, dir: 'auto' })}
                >
                  {template.subject}
                </td>
                <td className="utrecht-table__cell">
                  {template.updatedAt ? formatDateTime(template.updatedAt) : '–'}
                </td>
                <td className="utrecht-table__cell">
                  <div className="bo-row-actions">
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action bo-button--small"
                      onClick={() => startEdit(template)}
                    >
                      Wijzigen<span className="visually-hidden">: {template.name}</span>
                    </button>
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action bo-button--small"
                      onClick={() => {
                        setOutcome(undefined);
                        setDeleting(template);
                      }}
                    >
                      Verwijderen<span className="visually-hidden">: {template.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        ))}

      <section aria-labelledby="sjabloon-formulier" className="bo-panel">
        <h2 className="utrecht-heading-2" id="sjabloon-formulier" tabIndex={-1} ref={headingRef}>
          {editing ? `Sjabloon "${editing.name}" wijzigen` : 'Nieuw sjabloon'}
        </h2>
        <form className="bo-form" noValidate onSubmit={(event) => void save(event)}>
          <TextField
            {...bind('name')}
            label="Naam"
            hint="Medewerkers kiezen het sjabloon op deze naam."
          />
          <SelectField
            {...bind('lang')}
            label="Taal van het sjabloon"
            hint="Bij een vraag in deze taal staat het sjabloon bovenaan. Schrijf de tekst dan ook in die taal."
            placeholder="Kies een taal"
            options={languageOptions}
          />
          <TextField {...bind('subject')} {...textLanguage} label="Onderwerp van de e-mail" />
          <TextAreaField
            {...bind('body')}
            {...textLanguage}
            label="Tekst van de e-mail"
            hint={
              <>
                Je kunt deze invulplekken gebruiken:
                <ul className="bo-placeholders">
                  {Object.entries(placeholderDescriptions).map(([name, description]) => (
                    <li key={name}>
                      <code>{`{${name}}`}</code>: {description}
                    </li>
                  ))}
                </ul>
              </>
            }
            rows={10}
          />
          <SaveButtons
            busy={busy}
            label={editing ? 'Wijzigingen opslaan' : 'Sjabloon toevoegen'}
            onCancel={editing ? stopEdit : undefined}
          />
        </form>
      </section>
    </>
  );
}
