/**
 * "Logboek" (coördinator): who viewed or changed which case, per month, newest first.
 * The month stands in the URL (a GET form), so a month's log can be linked to.
 */
import { useEffect, useState, type SubmitEvent } from 'react';
import { roleLabels, type Role } from '../../../../../functions/auth/principal.ts';
import { Alert } from '../ui/Alert.tsx';
import { LoadStatus } from '../ui/LoadStatus.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { api, enc, type Answer } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { amsterdamMonth, formatDateTime, formatMonth } from '../ui/format.ts';
import { backofficePaths } from '../shell/paths.ts';
import { Shell } from '../shell/Shell.tsx';
import { tenantName, type Me } from '../shell/use-session.ts';
import { DataTable } from '../ui/DataTable.tsx';

export default function AuditLogPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="auditLog" allow={['coordinator']}>
      {(me) => <AuditLog me={me} />}
    </Shell>
  );
}

type AuditEntry = Answer<typeof portal.backoffice.audit.$get>['items'][number];

const actionLabels: Record<string, string> = {
  viewed: 'Vraag of melding bekeken',
  assigned: 'Toegewezen',
  status: 'Status gewijzigd',
  note: 'Notitie toegevoegd',
  reply: 'Antwoord verstuurd',
  signal: 'Signaal gewijzigd',
  'signal-review': 'Signaaltekst beoordeeld',
  'report-saved': 'Halfjaarrapportage bewaard',
  'report-published': 'Halfjaarrapportage gepubliceerd',
  'report-read': 'Halfjaarrapportage gelezen',
  created: 'Contact geregistreerd',
  settings: 'Instellingen gewijzigd',
  contact: 'Contactgegevens van het steunpunt gewijzigd',
  template: 'Sjabloon gewijzigd',
  topic: 'Onderwerp gewijzigd',
  topics: 'Onderwerpen gewijzigd',
  inzage: 'Persoon opgezocht (inzage)',
  export: 'Gegevens van persoon gedownload',
  verwijderd: 'Gegevens van persoon verwijderd',
};

const monthsBack = 13;

type Page =
  | { status: 'loading' }
  | { status: 'ready'; items: AuditEntry[]; cursor?: string | undefined }
  | { status: 'failed'; message: string };

function AuditLog({ me }: { me: Me }) {
  const [months] = useState(() =>
    Array.from({ length: monthsBack }, (_, back) => amsterdamMonth(new Date(), back)),
  );
  const [query] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    const month = params.get('month') ?? '';
    return {
      month: /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : months[0]!,
      cursor: params.get('cursor') ?? '',
    };
  });
  const [page, setPage] = useState<Page>({ status: 'loading' });

  useEffect(() => {
    void api(portal.backoffice.audit.$get, {
      query: { month: query.month, ...(query.cursor ? { cursor: query.cursor } : {}) },
    }).then((result) => {
      if (result.ok) {
        setPage({ status: 'ready', items: result.data.items, cursor: result.data.cursor });
      } else if (result.status !== 401) {
        setPage({ status: 'failed', message: result.problem.message });
      }
    });
  }, [query]);

  function choose(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const month = String(new FormData(event.currentTarget).get('month') ?? '');
    window.location.assign(`${backofficePaths.auditLog}?month=${enc(month)}`);
  }

  const monthOptions = months.includes(query.month) ? months : [query.month, ...months];

  return (
    <>
      <h1 className="utrecht-heading-1">Logboek</h1>
      <p className="utrecht-paragraph">
        Hier zie je wie van je steunpunt welke vraag of melding heeft bekeken of gewijzigd. Het
        logboek kan niet worden aangepast.
      </p>
      <form
        className="bo-filters bo-filters--inline"
        method="get"
        action={backofficePaths.auditLog}
        onSubmit={choose}
      >
        <div className="utrecht-form-field utrecht-form-field--select">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="logboek-maand">
              Maand
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <select
              className="utrecht-select utrecht-select--html-select"
              id="logboek-maand"
              name="month"
              defaultValue={query.month}
            >
              {monthOptions.map((month) => (
                <option value={month} key={month}>
                  {formatMonth(month)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Toon maand
        </button>
      </form>

      <LoadStatus loaded={page} />
      {page.status === 'ready' &&
        (page.items.length === 0 ? (
          <Alert type="info">
            <p className="utrecht-paragraph">
              In {formatMonth(query.month)} staat niets in het logboek
              {query.cursor ? ' na de vorige pagina' : ''}.
            </p>
          </Alert>
        ) : (
          <DataTable
            captionId="logboek-titel"
            caption={
              <>
                Logboek van {formatMonth(query.month)}, nieuwste eerst ({page.items.length} op deze
                pagina)
              </>
            }
            columns={['Moment', 'Wie', 'Rol', 'Wat', 'Samenwerkingsverband', 'Referentie']}
          >
            {page.items.map((entry, index) => (
              <tr className="utrecht-table__row" key={`${entry.at}-${index}`}>
                <td className="utrecht-table__cell">
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </td>
                <td className="utrecht-table__cell">{entry.userName}</td>
                <td className="utrecht-table__cell">
                  {roleLabels[entry.role as Role] ?? entry.role}
                </td>
                <td className="utrecht-table__cell">
                  {actionLabels[entry.action] ?? entry.action}
                </td>
                <td className="utrecht-table__cell">
                  {entry.tenant ? tenantName(me, entry.tenant) : '–'}
                </td>
                <td className="utrecht-table__cell">{entry.reference || '–'}</td>
              </tr>
            ))}
          </DataTable>
        ))}
      {page.status === 'ready' && (page.cursor || query.cursor) && (
        <nav className="bo-paging" aria-label="Paginering">
          <ul className="bo-paging__list">
            {query.cursor && (
              <li>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`${backofficePaths.auditLog}?month=${enc(query.month)}`}
                >
                  Eerste pagina
                </a>
              </li>
            )}
            {page.cursor && (
              <li>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  rel="next"
                  href={`${backofficePaths.auditLog}?month=${enc(query.month)}&cursor=${enc(page.cursor)}`}
                >
                  Volgende pagina
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
