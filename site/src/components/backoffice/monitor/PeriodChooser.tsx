/**
 * Which SWV (a coördinator reads several; the national view has none) and which period: a kind (maand, kwartaal,
 * halfjaar, schooljaar) and one of its periods, plus links to the previous and next one.
 * The choice lives in the URL, so a view can be linked to and the back button works.
 */
import { useState, type ReactNode, type SubmitEvent } from 'react';
import type { PeriodKind } from '../../../../../functions/monitor/periods.ts';
import type { TenantRef } from '../shell/use-session.ts';
import { monitorUrl } from './monitor-url.ts';
import type { PeriodChoices } from './monitor-answer.ts';

export function PeriodChooser(props: {
  swv: string;
  tenants: readonly TenantRef[];
  kind: PeriodKind;
  period: { id: string; label: string };
  choices: PeriodChoices;
  /** The page's address for an SWV and a period: the SWV's monitor unless told otherwise. */
  urlOf?: (swv: string, period: string) => string;
}) {
  const { swv, tenants, period, choices, urlOf = monitorUrl } = props;
  const [kind, setKind] = useState<PeriodKind>(props.kind);
  const periodsOf = (of: PeriodKind) =>
    choices.kinds.find((choice) => choice.kind === of)?.periods ?? [];
  const listed = periodsOf(kind);
  const options =
    kind === props.kind && !listed.some((choice) => choice.id === period.id)
      ? [...listed, period]
      : listed;
  const [chosen, setChosen] = useState(period.id);
  const [tenant, setTenant] = useState(swv);

  function changeKind(next: PeriodKind) {
    setKind(next);
    // The last period of that kind that has ended: the first one listed.
    setChosen(periodsOf(next)[0]?.id ?? '');
  }

  function show(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    window.location.assign(urlOf(tenant, chosen));
  }

  return (
    <>
      <form className="bo-filters bo-filters--inline" onSubmit={show}>
        {tenants.length > 1 ? (
          <Select
            id="monitor-swv"
            name="swv"
            label="Samenwerkingsverband"
            value={tenant}
            onChange={setTenant}
          >
            {tenants.map((option) => (
              <option value={option.slug} key={option.slug}>
                {option.name}
              </option>
            ))}
          </Select>
        ) : (
          <input type="hidden" name="swv" value={swv} />
        )}
        <Select
          id="monitor-soort"
          name="soort"
          label="Soort periode"
          value={kind}
          onChange={(value) => changeKind(value as PeriodKind)}
        >
          {choices.kinds.map((choice) => (
            <option value={choice.kind} key={choice.kind}>
              {choice.label}
            </option>
          ))}
        </Select>
        <Select
          id="monitor-periode"
          name="periode"
          label="Periode"
          value={chosen}
          onChange={setChosen}
        >
          {options.map((choice) => (
            <option value={choice.id} key={choice.id}>
              {choice.label}
            </option>
          ))}
        </Select>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Toon cijfers
        </button>
      </form>
      <nav className="bo-paging" aria-label="Andere periode">
        <ul className="bo-paging__list">
          <li>
            <a className="utrecht-link utrecht-link--html-a" href={urlOf(swv, choices.previous.id)}>
              Vorige periode: {choices.previous.label}
            </a>
          </li>
          {choices.next && (
            <li>
              <a className="utrecht-link utrecht-link--html-a" href={urlOf(swv, choices.next.id)}>
                Volgende periode: {choices.next.label}
              </a>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}

function Select(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const { id, name, label, value, onChange, children } = props;
  return (
    <div className="utrecht-form-field utrecht-form-field--select">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select
          className="utrecht-select utrecht-select--html-select"
          id={id}
          name={name}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          {children}
        </select>
      </div>
    </div>
  );
}
