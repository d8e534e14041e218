/** "Zoek op referentie": opens the case with that reference, or says why it cannot. */
import { useState, type SubmitEvent } from 'react';
import type { CaseSummary } from '../../../../../functions/cases/case.ts';
import { TextField } from '../../form/fields.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { api } from '../shell/api.ts';
import { backofficePaths } from '../shell/paths.ts';

export const referenceField = 'referentie';

export function ReferenceSearch(props: {
  error: string | undefined;
  onErrors: (errors: { field: string; message: string }[]) => void;
  onClear: () => void;
  tenantName: (slug: string) => string;
}) {
  const { error, onErrors, onClear, tenantName } = props;
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<CaseSummary[]>([]);

  async function search(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const ref = reference.trim().toUpperCase();
    if (!ref) {
      onErrors([{ field: referenceField, message: 'Vul een referentie in, zoals V-2026-000123' }]);
      return;
    }
    setBusy(true);
    setChoices([]);
    // The API lists every match: each SWV numbers its own questions.
    const result = await api(portal.backoffice.cases['by-reference'].$get, { query: { ref } });
    const found = result.ok ? result.data.items : [];
    if (found.length === 1) {
      onClear();
      window.location.assign(backofficePaths.case(found[0]!.tenant, found[0]!.caseId));
      return;
    }
    setBusy(false);
    if (found.length > 1) {
      // Each SWV numbers its own questions: the same reference can be in two of them.
      onClear();
      setChoices(found);
      return;
    }
    if (result.ok || result.status === 404) {
      onErrors([
        {
          field: referenceField,
          message: `Er is geen vraag met referentie ${ref} bij jouw steunpunt`,
        },
      ]);
    } else if (result.problem.errors.length > 0) {
      onErrors(result.problem.errors.map((e) => ({ field: referenceField, message: e.message })));
    } else if (result.status !== 401) {
      onErrors([{ field: referenceField, message: result.problem.message }]);
    }
  }

  return (
    <>
      <form
        className="bo-search"
        role="search"
        aria-label="Zoek op referentie"
        noValidate
        onSubmit={(event) => void search(event)}
      >
        <TextField
          name={referenceField}
          label="Zoek op referentie"
          hint="Bijvoorbeeld V-2026-000123"
          value={reference}
          onChange={setReference}
          error={error}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {busy ? 'Bezig met zoeken…' : 'Zoeken'}
        </button>
      </form>
      {choices.length > 0 && (
        <div className="bo-choices" role="status">
          <p className="utrecht-paragraph">
            Deze referentie komt bij meer samenwerkingsverbanden voor. Kies de vraag:
          </p>
          <ul className="utrecht-unordered-list">
            {choices.map((item) => (
              <li key={`${item.tenant}/${item.caseId}`}>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={backofficePaths.case(item.tenant, item.caseId)}
                >
                  {item.reference} bij {tenantName(item.tenant)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
