/**
 * "Vragen en meldingen": the steunpunt's cases of every kind, filtered by what the URL says (status "Open" unless
 * chosen otherwise), 25 at a time with a cursor to the next page.
 */
import { useEffect, useState } from 'react';
import { languageNamesInDutch, type CaseSummary } from '../../../../../functions/cases/case.ts';
import { fieldId } from '../../form/fields.tsx';
import { ErrorSummary } from '../../form/ErrorSummary.tsx';
import { Alert } from '../ui/Alert.tsx';
import { LoadStatus } from '../ui/LoadStatus.tsx';
import { api } from '../shell/api.ts';
import { CaseTable } from './CaseTable.tsx';
import type { Directory } from '../shell/directory.ts';
import { statusLabel } from '../ui/format.ts';
import { deadlineChoices } from './inbox-query.ts';
import { InboxFilters } from './InboxFilters.tsx';
import { apiQuery, inboxRoute, queryString, readQuery, type InboxQuery } from './inbox-query.ts';
import { backofficePaths, caseRoles } from '../shell/paths.ts';
import { ReferenceSearch, referenceField } from './ReferenceSearch.tsx';
import { Shell } from '../shell/Shell.tsx';
import { useSteunpuntTopics } from '../steunpunt/steunpunt-topics.ts';
import { useFormErrors } from '../ui/use-form-errors.ts';
import { tenantName, tenantShortName, type Me } from '../shell/use-session.ts';

export default function InboxPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="inbox" allow={caseRoles}>
      {(me) => <Inbox me={me} />}
    </Shell>
  );
}

type Cases =
  | { status: 'loading' }
  | { status: 'ready'; items: CaseSummary[]; cursor?: string | undefined }
  | { status: 'failed'; message: string };

function caption(
  query: InboxQuery,
  me: Me,
  count: number,
  topicLabel: (key: string) => string,
): string {
  const parts = [
    query.status === 'open'
      ? 'Open vragen en meldingen'
      : `Vragen en meldingen: ${statusLabel(query.status)}`,
  ];
  if (query.swv) parts.push(`van ${tenantName(me, query.swv)}`);
  if (query.topic) parts.push(`over ${topicLabel(query.topic).toLowerCase()}`);
  if (query.assignee === 'me') parts.push('toegewezen aan jou');
  else if (query.assignee === 'none') parts.push('aan niemand toegewezen');
  else if (query.assignee) {
    const name = me.colleagues?.find((c) => c.userId === query.assignee)?.name;
    parts.push(`toegewezen aan ${name ?? query.assignee}`);
  }
  if (query.overdue) parts.push('met een reactie die te laat is');
  if (query.lang) parts.push(`in het ${languageNamesInDutch[query.lang]}`);
  if (query.tolk) parts.push(query.tolk === '1' ? 'met tolkwens' : 'zonder tolkwens');
  if (query.deadline) {
    parts.push(`met termijn: ${deadlineChoices[query.deadline].toLowerCase()}`);
  }
  const order = query.sort === 'termijn' ? ', termijn eerst' : '';
  return `${parts.join(' ')}${order} (${count} op deze pagina)`;
}

function Inbox({ me }: { me: Me }) {
  const [query] = useState(() => readQuery(window.location.search));
  const [cases, setCases] = useState<Cases>({ status: 'loading' });
  const form = useFormErrors();
  const { labelOf } = useSteunpuntTopics();

  useEffect(() => {
    let live = true;
    void api(inboxRoute, { query: apiQuery(query) }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setCases({ status: 'ready', items: result.data?.items ?? [], cursor: result.data?.cursor });
      } else if (result.status !== 401) {
        setCases({ status: 'failed', message: result.problem.message });
      }
    });
    return () => {
      live = false;
    };
  }, [query]);

  return (
    <>
      {form.errors.length > 0 && (
        <ErrorSummary
          ref={form.summaryRef}
          items={form.errors.map((error) => ({
            message: error.message,
            targetId: fieldId(referenceField),
          }))}
        />
      )}
      <div className="bo-title-row">
        <h1 className="utrecht-heading-1">Vragen en meldingen</h1>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={backofficePaths.contact}
        >
          Contact registreren
        </a>
      </div>
      <ReferenceSearch
        error={form.errorFor(referenceField)}
        onErrors={form.show}
        onClear={form.clear}
        tenantName={(slug) => tenantName(me, slug)}
      />
      <InboxFilters query={query} me={me} />
      <h2 className="utrecht-heading-2 bo-section-title">Resultaten</h2>
      <LoadStatus loaded={cases} />
      {cases.status === 'ready' &&
        (cases.items.length === 0 ? (
          <Alert type="info">
            <p className="utrecht-paragraph">
              {query.cursor
                ? 'Er zijn er geen meer.'
                : query.sort === 'termijn'
                  ? 'Er zijn geen vragen of meldingen met een termijn die bij deze filters passen.'
                  : 'Er zijn geen vragen of meldingen die bij deze filters passen.'}
            </p>
          </Alert>
        ) : (
          <CaseTable
            caption={caption(query, me, cases.items.length, labelOf)}
            topicLabel={labelOf}
            cases={cases.items}
            tenantName={(slug) => tenantShortName(me, slug)}
            userId={me.principal.userId}
          />
        ))}
      {cases.status === 'ready' && (cases.cursor || query.cursor) && (
        <nav className="bo-paging" aria-label="Paginering">
          <ul className="bo-paging__list">
            {query.cursor && (
              <li>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={backofficePaths.inbox + queryString({ ...query, cursor: '' })}
                >
                  Eerste pagina
                </a>
              </li>
            )}
            {cases.cursor && (
              <li>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  rel="next"
                  href={backofficePaths.inbox + queryString({ ...query, cursor: cases.cursor })}
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
