/**
 * The inbox filters as a GET form: the URL holds the filters, so a filtered inbox can be
 * bookmarked, shared with a colleague, and reached with the browser's back button.
 */
import type { SubmitEvent } from 'react';
import {
  deadlineChoices,
  queryString,
  sortChoices,
  statusFilters,
  tolkChoices,
  type InboxQuery,
} from './inbox-query.ts';
import { kindOptions, severalKinds } from './case-kind-words.ts';
import { someKindHasDeadlines } from '../../../../../functions/cases/case-kinds.ts';
import { backofficePaths } from '../shell/paths.ts';
import { languageOptions } from '../ui/CaseLanguage.tsx';
import { useSteunpuntTopics } from '../steunpunt/steunpunt-topics.ts';
import type { Me } from '../shell/use-session.ts';

function apply(event: SubmitEvent<HTMLFormElement>) {
  event.preventDefault();
  const data = new FormData(event.currentTarget);
  const value = (name: string) => String(data.get(name) ?? '');
  window.location.assign(
    backofficePaths.inbox +
      queryString({
        status: value('status') as InboxQuery['status'],
        swv: value('swv'),
        kind: value('kind') as InboxQuery['kind'],
        topic: value('topic'),
        assignee: value('assignee'),
        overdue: data.get('overdue') === '1',
        lang: value('lang') as InboxQuery['lang'],
        tolk: value('tolk') as InboxQuery['tolk'],
        sort: value('sort') === 'termijn' ? 'termijn' : 'nieuwste',
        deadline: value('termijn') as InboxQuery['deadline'],
      }),
  );
}

function Select(props: {
  name: string;
  label: string;
  value: string;
  options: [string, string][];
}) {
  const id = `filter-${props.name}`;
  return (
    <div className="utrecht-form-field utrecht-form-field--select bo-filters__field">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {props.label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select
          className="utrecht-select utrecht-select--html-select"
          id={id}
          name={props.name}
          defaultValue={props.value}
        >
          {props.options.map(([value, label]) => (
            <option value={value} key={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export function InboxFilters({ query, me }: { query: InboxQuery; me: Me }) {
  // Hidden topics too: their old cases are still in the inbox.
  const { topics } = useSteunpuntTopics();
  const assignees: [string, string][] = [
    ['', 'Iedereen'],
    ['me', 'Mij'],
    ['none', 'Niemand'],
    ...(me.principal.role === 'coordinator'
      ? (me.colleagues ?? [])
          .filter((colleague) => colleague.userId !== me.principal.userId)
          .map((colleague): [string, string] => [colleague.userId, colleague.name])
      : []),
  ];
  return (
    <form
      className="bo-filters"
      method="get"
      action={backofficePaths.inbox}
      aria-labelledby="filters-titel"
      onSubmit={apply}
    >
      <h2 className="utrecht-heading-2 bo-section-title" id="filters-titel">
        Filters
      </h2>
      <div className="bo-filters__row">
        <Select
          name="status"
          label="Status"
          value={query.status}
          options={Object.entries(statusFilters)}
        />
        <Select
          name="swv"
          label="Samenwerkingsverband"
          value={query.swv}
          options={[
            ['', 'Alle'],
            ...me.tenants.map((tenant): [string, string] => [tenant.slug, tenant.name]),
          ]}
        />
        {severalKinds && (
          <Select
            name="kind"
            label="Soort"
            value={query.kind}
            options={[['', 'Alle soorten'], ...kindOptions]}
          />
        )}
        <Select
          // Built again once the steunpunt's own topics are in, so an own topic in the URL shows.
          key={`topic-${topics.length}`}
          name="topic"
          label="Onderwerp"
          value={query.topic}
          options={[
            ['', 'Alle onderwerpen'],
            ...topics.map((topic): [string, string] => [
              topic.key,
              topic.hidden ? `${topic.label} (niet op het formulier)` : topic.label,
            ]),
          ]}
        />
        <Select name="assignee" label="Toegewezen aan" value={query.assignee} options={assignees} />
        <Select
          name="lang"
          label="Taal"
          value={query.lang}
          options={[
            ['', 'Alle talen'],
            ...languageOptions.map(({ value, label }): [string, string] => [value, label]),
          ]}
        />
        <Select
          name="tolk"
          label="Tolk"
          value={query.tolk}
          options={[['', 'Alle'], ...Object.entries(tolkChoices)]}
        />
        {/* Only a kind with filing deadlines (case-kinds.ts) makes the deadline worth sorting on. */}
        {someKindHasDeadlines && (
          <>
            <Select
              name="termijn"
              label="Termijn om in te dienen"
              value={query.deadline}
              options={[['', 'Alle'], ...Object.entries(deadlineChoices)]}
            />
            <Select
              name="sort"
              label="Volgorde"
              value={query.sort}
              options={Object.entries(sortChoices)}
            />
          </>
        )}
      </div>
      <div className="utrecht-form-field utrecht-form-field--checkbox bo-filters__check">
        <div className="utrecht-form-field__label">
          <label
            className="utrecht-form-label utrecht-form-label--checkbox"
            htmlFor="filter-overdue"
          >
            Alleen als de reactie te laat is
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <input
            className="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id="filter-overdue"
            name="overdue"
            value="1"
            defaultChecked={query.overdue}
          />
        </div>
      </div>
      <div className="utrecht-button-group">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Filters toepassen
        </button>
        <a
          className="utrecht-link utrecht-link--html-a bo-filters__reset"
          href={backofficePaths.inbox}
        >
          Filters wissen
        </a>
      </div>
    </form>
  );
}
