/** Status (also reopening a closed case) and who handles the case. */
import { useEffect, useState, type SubmitEvent } from 'react';
import {
  caseStatuses,
  type CaseDetail,
  type CaseStatus,
} from '../../../../../functions/cases/case.ts';
import { SelectField, type Option } from '../../form/fields.tsx';
import { Outcome } from '../ui/Alert.tsx';
import { assigneeText } from './CaseFacts.tsx';
import { kindWords } from './case-kind-words.ts';
import type { RunAction, SectionOutcome } from './case-actions.ts';
import { statusLabel } from '../ui/format.ts';
import type { Me } from '../shell/use-session.ts';

interface Props {
  detail: CaseDetail;
  me: Me;
  run: RunAction;
  outcome: SectionOutcome | undefined;
  errorFor: (field: string) => string | undefined;
  showErrors: (errors: { field: string; message: string }[]) => void;
}

export const statusField = 'status';
export const colleagueField = 'collega';

const statusOptions: Option[] = Object.entries(caseStatuses).map(([value, label]) => ({
  value,
  label,
}));

export function StatusForm({ detail, run, outcome, errorFor, showErrors }: Props) {
  const [status, setStatus] = useState<string>(detail.status);
  const [busy, setBusy] = useState(false);
  useEffect(() => setStatus(detail.status), [detail.status]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!status) {
      showErrors([{ field: statusField, message: 'Kies een status' }]);
      return;
    }
    if (status === detail.status) {
      showErrors([
        {
          field: statusField,
          message: `De ${kindWords(detail).noun} heeft al de status ${statusLabel(status)}. Kies een andere status`,
        },
      ]);
      return;
    }
    setBusy(true);
    await run({
      section: 'status',
      path: 'status',
      // The select offers only the statuses; the API checks it again.
      body: { status: status as CaseStatus, version: detail.version },
      fields: { status: statusField },
      success: `De status is nu ${statusLabel(status)}.`,
    });
    setBusy(false);
  }

  return (
    <form className="bo-form" noValidate onSubmit={(event) => void submit(event)}>
      <SelectField
        name={statusField}
        label="Status"
        hint={
          detail.status === 'afgerond'
            ? `Deze ${kindWords(detail).noun} is afgerond. Kies een andere status om haar weer te openen.`
            : undefined
        }
        placeholder="Kies een status"
        options={statusOptions}
        value={status}
        onChange={setStatus}
        error={errorFor(statusField)}
      />
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {busy ? 'Bezig…' : 'Status wijzigen'}
      </button>
      <Outcome outcome={outcome?.section === 'status' ? outcome : undefined} />
    </form>
  );
}

export function AssignForm({ detail, me, run, outcome, errorFor, showErrors }: Props) {
  const { userId } = me.principal;
  const { noun } = kindWords(detail);
  const [colleague, setColleague] = useState('');
  const [busy, setBusy] = useState(false);
  // A complaint about the steunpunt goes on only to a coördinator, and its holder (who
  // alone sees it) may hand it on themselves; the API refuses anyone else.
  const mayGive = me.principal.role === 'coordinator' || detail.restricted === 'person';
  const colleagues = mayGive
    ? (me.colleagues ?? []).filter(
        (c) =>
          c.userId !== detail.assignee &&
          c.userId !== userId &&
          (!detail.restricted || c.role === 'coordinator'),
      )
    : [];

  async function assign(assignee: string | null, success: string) {
    if (busy) return;
    setBusy(true);
    const done = await run({
      section: 'assign',
      path: 'assign',
      body: { assignee, version: detail.version },
      fields: { assignee: colleagueField },
      success,
    });
    if (done) setColleague('');
    setBusy(false);
  }

  function toColleague(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = colleagues.find((c) => c.userId === colleague);
    if (!chosen) {
      showErrors([{ field: colleagueField, message: 'Kies een collega' }]);
      return;
    }
    void assign(chosen.userId, `De ${noun} is toegewezen aan ${chosen.name}.`);
  }

  return (
    <div className="bo-assign">
      <p className="utrecht-paragraph">
        Toegewezen aan: <strong>{assigneeText(detail, userId)}</strong>
      </p>
      <div className="utrecht-button-group">
        {detail.assignee !== userId && (
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => void assign(userId, `De ${noun} is aan jou toegewezen.`)}
          >
            {`Neem deze ${noun}`}
          </button>
        )}
        {detail.assignee && (detail.assignee === userId || me.principal.role === 'coordinator') && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => void assign(null, `De ${noun} is aan niemand meer toegewezen.`)}
          >
            {detail.assignee === userId ? `Geef deze ${noun} vrij` : 'Toewijzing weghalen'}
          </button>
        )}
      </div>
      {colleagues.length > 0 && (
        <form className="bo-form" noValidate onSubmit={toColleague}>
          <SelectField
            name={colleagueField}
            label={detail.restricted ? 'Geven aan een coördinator' : 'Toewijzen aan een collega'}
            hint={
              detail.restricted
                ? 'Alleen de coördinator die je kiest ziet deze klacht daarna nog.'
                : undefined
            }
            placeholder="Kies een collega"
            options={colleagues.map((c) => ({ value: c.userId, label: c.name }))}
            value={colleague}
            onChange={setColleague}
            error={errorFor(colleagueField)}
          />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Toewijzen
          </button>
        </form>
      )}
      <Outcome outcome={outcome?.section === 'assign' ? outcome : undefined} />
    </div>
  );
}
