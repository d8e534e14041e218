/**
 * "Logboek" (beheerder): who made, changed or switched off which account, and who changed
 * a steunpunt or moved an SWV, month by month.
 */
import { useCallback, useEffect, useState } from 'react';
import { adminActions } from '../../../../../functions/admin/admin-actions.ts';
import { SelectField } from '../../form/fields.tsx';
import { Alert } from '../ui/Alert.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { api, type Answer } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { formatDateTime, formatMonth } from '../ui/format.ts';
import { Shell } from '../shell/Shell.tsx';
import { DataTable } from '../ui/DataTable.tsx';

export default function AdminLogPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="adminLog" allow={['beheerder']}>
      {() => <AdminLog />}
    </Shell>
  );
}

/** This month and the eleven before it, as yyyy-mm (Amsterdam). */
function recentMonths(): string[] {
  const now = new Date(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()),
  );
  return Array.from({ length: 12 }, (_, back) => {
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    return day.toISOString().slice(0, 7);
  });
}

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; entries: Answer<typeof portal.backoffice.beheer.logboek.$get>['entries'] }
  | { status: 'failed'; message: string };

function AdminLog() {
  const months = recentMonths();
  const [month, setMonth] = useState(months[0]!);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  const load = useCallback(async (chosen: string) => {
    setLoaded({ status: 'loading' });
    const result = await api(portal.backoffice.beheer.logboek.$get, { query: { month: chosen } });
    setLoaded(
      result.ok
        ? { status: 'ready', entries: result.data.entries }
        : { status: 'failed', message: result.problem.message },
    );
  }, []);

  useEffect(() => {
    void load(month);
  }, [load, month]);

  return (
    <>
      <h1 className="utrecht-heading-1">Logboek van beheer</h1>
      <p className="utrecht-paragraph">
        Hier staat wie accounts maakte, wijzigde of uitzette, en wie steunpunten wijzigde of een
        samenwerkingsverband verhuisde.
      </p>
      <SelectField
        name="logboek-maand"
        label="Maand"
        placeholder="Kies een maand"
        value={month}
        options={months.map((value) => ({ value, label: formatMonth(value) }))}
        onChange={(value) => value && setMonth(value)}
      />
      <div role="status">
        {loaded.status === 'loading' && <p className="utrecht-paragraph">Bezig met laden…</p>}
      </div>
      {loaded.status === 'failed' && (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{loaded.message}</p>
        </Alert>
      )}
      {loaded.status === 'ready' &&
        (loaded.entries.length === 0 ? (
          <Alert type="info">
            <p className="utrecht-paragraph">In {formatMonth(month)} is er niets gewijzigd.</p>
          </Alert>
        ) : (
          <DataTable
            captionId="beheerlog-titel"
            caption={<>Logboek van {formatMonth(month)}, nieuwste eerst</>}
            columns={['Wanneer', 'Wie', 'Wat', 'Over']}
          >
            {loaded.entries.map((entry) => (
              <tr
                className="utrecht-table__row"
                key={`${entry.at}-${entry.target}-${entry.action}`}
              >
                <td className="utrecht-table__cell">{formatDateTime(entry.at)}</td>
                <td className="utrecht-table__cell">{entry.byName}</td>
                <td className="utrecht-table__cell">
                  {adminActions[entry.action] ?? entry.action}
                </td>
                <td className="utrecht-table__cell">
                  {entry.targetName}
                  {entry.detail ? ` (${entry.detail})` : ''}
                </td>
              </tr>
            ))}
          </DataTable>
        ))}
    </>
  );
}
