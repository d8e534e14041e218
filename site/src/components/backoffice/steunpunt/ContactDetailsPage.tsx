/**
 * "Contactgegevens" (coördinator, beheerder): how parents reach the steunpunt. What is
 * saved here is on every page of the website within a minute (no rebuild), and its e-mail
 * address is the reply address of every mail to parents. A coördinator keeps their own
 * steunpunt's; a beheerder picks any steunpunt from the list.
 */
import { useCallback, useEffect, useState, type SubmitEvent } from 'react';
import {
  steunpuntContactFieldOrder,
  steunpuntContactInput,
} from '../../../../../functions/admin/steunpunt-contact-schema.ts';
import { fieldErrors } from '../../../../../functions/lib/field-errors.ts';
import { TextField } from '../../form/fields.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api, enc, type Answer } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import type { Me } from '../shell/use-session.ts';
import { Shell } from '../shell/Shell.tsx';
import { Outcome, type AlertType } from '../ui/Alert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { SaveButtons } from '../ui/SaveButtons.tsx';
import { useEditing } from '../ui/use-editing.ts';
import { problemErrors, toPageFields, useFormErrors } from '../ui/use-form-errors.ts';

export default function ContactDetailsPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="contactDetails" allow={['coordinator', 'beheerder']}>
      {(me) => <ContactDetails me={me} />}
    </Shell>
  );
}

const contactRoute = portal.backoffice.steunpunten[':steunpunt'].contact;
type Contact = Answer<typeof contactRoute.$get>;

const fields = {
  email: 'contact-email',
  phone: 'contact-telefoon',
  hours: 'contact-tijden',
  whatsapp: 'contact-whatsapp',
  visitingAddress: 'contact-bezoekadres',
  complaintsName: 'klachten-naam',
  complaintsAddress: 'klachten-adres',
};
const toPageField = toPageFields(fields);

type Draft = Record<keyof typeof fields, string>;
const emptyDraft: Draft = {
  email: '',
  phone: '',
  hours: '',
  whatsapp: '',
  visitingAddress: '',
  complaintsName: '',
  complaintsAddress: '',
};

const toDraft = (contact: Contact): Draft => ({
  email: contact.email ?? '',
  phone: contact.phone ?? '',
  hours: contact.hours ?? '',
  whatsapp: contact.whatsapp ?? '',
  visitingAddress: contact.visitingAddress ?? '',
  complaintsName: contact.complaints?.name ?? '',
  complaintsAddress: contact.complaints?.address ?? '',
});

/** The steunpunten this person keeps: their own, or (a beheerder) every one. */
async function loadContacts(me: Me): Promise<Loaded<{ contacts: Contact[] }>> {
  const ids =
    me.principal.role === 'beheerder'
      ? await (async () => {
          const listed = await api(portal.backoffice.beheer.organisaties.$get);
          return listed.ok ? listed.data.steunpunten.map((s) => s.id) : listed.problem;
        })()
      : [me.principal.steunpunt ?? ''];
  if (!Array.isArray(ids)) return { status: 'failed', message: ids.message };
  const contacts: Contact[] = [];
  for (const id of ids) {
    const result = await api(contactRoute.$get, { param: { steunpunt: enc(id) } });
    if (!result.ok) return { status: 'failed', message: result.problem.message };
    contacts.push(result.data);
  }
  return { status: 'ready', contacts };
}

const reachableBy = (contact: Contact) =>
  [contact.phone && 'telefoon', contact.whatsapp && 'WhatsApp', contact.email && 'e-mail']
    .filter(Boolean)
    .join(', ');

function ContactDetails({ me }: { me: Me }) {
  const beheerder = me.principal.role === 'beheerder';
  const [list, setList] = useState<Loaded<{ contacts: Contact[] }>>({ status: 'loading' });
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const [busy, setBusy] = useState(false);
  const [keys] = useState(() => new ActionKeys());
  const form = useFormErrors();
  const { draft, bind, editing, startEdit, stopEdit, headingRef } = useEditing({
    empty: emptyDraft,
    toDraft,
    form,
    names: fields,
    onStart: () => setOutcome(undefined),
  });

  const reload = useCallback(async () => {
    const loaded = await loadContacts(me);
    setList(loaded);
    return loaded;
  }, [me]);

  useEffect(() => {
    void reload().then((loaded) => {
      // A coördinator keeps one steunpunt: its form is open at once.
      const [own] = loaded.status === 'ready' && !beheerder ? loaded.contacts : [];
      if (own) startEdit(own);
    });
  }, [reload, beheerder]);

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !editing) return;
    const checked = steunpuntContactInput.safeParse(draft);
    if (!checked.success) {
      form.show(fieldErrors(checked.error, steunpuntContactFieldOrder).map(toPageField));
      return;
    }
    setBusy(true);
    const result = await api(contactRoute.$put, {
      param: { steunpunt: enc(editing.steunpunt) },
      header: { 'idempotency-key': keys.keyFor(editing.steunpunt, draft) },
      json: draft,
    });
    setBusy(false);
    if (result.ok) {
      keys.done(editing.steunpunt);
      form.clear();
      const text = result.data.email
        ? `De contactgegevens van ${result.data.name} zijn opgeslagen. Binnen een minuut staan ze op elke pagina van de website.`
        : `De contactgegevens van ${result.data.name} zijn opgeslagen. Er is nog geen e-mailadres: ouders kunnen niet op een mail antwoorden.`;
      await reload();
      if (beheerder) stopEdit();
      else startEdit(result.data);
      setOutcome({ type: result.data.email ? 'ok' : 'warning', text });
      return;
    }
    if (result.status === 401) return;
    form.show(problemErrors(result.problem, toPageField));
  }

  const contacts = list.status === 'ready' ? list.contacts : [];

  return (
    <>
      <FormErrorSummary form={form} />
      <h1 className="utrecht-heading-1">Contactgegevens</h1>
      <p className="utrecht-paragraph">
        Zo bereiken ouders en jongeren het steunpunt. De gegevens staan op elke pagina van de
        website, ook als iemand de pagina afdrukt. Een wijziging staat er binnen een minuut.
      </p>
      <Outcome outcome={outcome} />
      <LoadStatus loaded={list} />

      {beheerder && list.status === 'ready' && (
        <ul className="bo-org-list">
          {contacts.map((contact) => (
            <li key={contact.steunpunt}>
              <h2 className="utrecht-heading-2">{contact.name}</h2>
              <p className="utrecht-paragraph">
                {contact.email
                  ? `Antwoordadres: ${contact.email}.`
                  : 'Nog geen e-mailadres: ouders kunnen niet op een mail antwoorden.'}{' '}
                {reachableBy(contact)
                  ? `Bereikbaar per ${reachableBy(contact)}.`
                  : 'Nog geen telefoon, WhatsApp of e-mail: de website toont het formulier en de landelijke lijn.'}
              </p>
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => startEdit(contact)}
              >
                Wijzig
                <span className="visually-hidden"> de contactgegevens van {contact.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      {editing && (
        <>
          <h2 className="utrecht-heading-2" id="contact-formulier" tabIndex={-1} ref={headingRef}>
            {editing.name}
          </h2>
          <p className="utrecht-paragraph">
            {editing.updatedAt
              ? `Laatst gewijzigd op ${formatDateTime(editing.updatedAt)}.`
              : 'Nog niet gewijzigd in de backoffice. Wat hier staat, zijn de gegevens waarmee het portaal begon.'}{' '}
            Laat een veld leeg als het steunpunt het niet heeft.
          </p>
          <form className="bo-form" noValidate onSubmit={(event) => void save(event)}>
            <TextField
              {...bind('email')}
              label="E-mailadres"
              hint="Dit adres komt onder elke mail aan ouders als antwoordadres. Het staat ook op elke pagina van de website."
              type="email"
              autoComplete="off"
            />
            <TextField
              {...bind('phone')}
              label="Telefoonnummer"
              hint="Dit staat op elke pagina van de website. Op een telefoon kun je er meteen op bellen."
              type="tel"
              autoComplete="off"
            />
            <TextField
              {...bind('hours')}
              label="Wanneer bereikbaar"
              hint="Bijvoorbeeld: maandag tot en met donderdag van 9.00 tot 16.00 uur. Dit staat bij het telefoonnummer."
              autoComplete="off"
            />
            <TextField
              {...bind('whatsapp')}
              label="WhatsApp-nummer"
              hint="Dit staat op elke pagina van de website. Ouders openen er meteen een WhatsApp-gesprek mee."
              type="tel"
              autoComplete="off"
            />
            <TextField
              {...bind('visitingAddress')}
              label="Bezoekadres"
              hint="Straat, huisnummer en plaats, als ouders langs kunnen komen."
              autoComplete="off"
            />
            <TextField
              {...bind('complaintsName')}
              label="Klachten over het steunpunt: wie behandelt ze?"
              hint="Bijvoorbeeld de klachtencommissie. Dit staat op elke pagina van de website."
              autoComplete="off"
            />
            <TextField
              {...bind('complaintsAddress')}
              label="Klachten over het steunpunt: adres"
              hint="Een postadres of e-mailadres waar ouders hun klacht naartoe sturen."
              autoComplete="off"
            />
            <SaveButtons
              busy={busy}
              label="Contactgegevens opslaan"
              onCancel={beheerder ? stopEdit : undefined}
            />
          </form>
        </>
      )}
    </>
  );
}
