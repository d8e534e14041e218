/**
 * "Bijeenkomsten" (medewerker, coördinator): the steunpunt's meetings, coming or past,
 * with how many places are taken and how many people wait. A new meeting starts here.
 */
import { useEffect, useState } from 'react';
import type { StaffMeetingSummary } from '../../../../../functions/meetings/meeting-schema.ts';
import { meetingStateLabel, meetingTenantsText, shortMeetingWhen } from './staff-text.ts';
import { LoadStatus } from '../ui/LoadStatus.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { api } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { backofficePaths, caseRoles } from '../shell/paths.ts';
import { Shell } from '../shell/Shell.tsx';
import type { Me } from '../shell/use-session.ts';
import { DataTable } from '../ui/DataTable.tsx';

export default function MeetingsPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="meetings" allow={caseRoles}>
      {(me) => <Meetings me={me} />}
    </Shell>
  );
}

type Period = 'komend' | 'voorbij';
const periodTitles: Record<Period, string> = {
  komend: 'Komende bijeenkomsten',
  voorbij: 'Voorbije bijeenkomsten',
};

type List =
  | { status: 'loading' }
  | { status: 'ready'; meetings: StaffMeetingSummary[] }
  | { status: 'failed'; message: string };

function Meetings({ me }: { me: Me }) {
  const [period] = useState<Period>(() =>
    new URLSearchParams(window.location.search).get('periode') === 'voorbij' ? 'voorbij' : 'komend',
  );
  const [list, setList] = useState<List>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void api(portal.backoffice.bijeenkomsten.$get, { query: { periode: period } }).then(
      (result) => {
        if (!live) return;
        if (result.ok) {
          setList({ status: 'ready', meetings: result.data.meetings });
        } else if (result.status !== 401) {
          setList({ status: 'failed', message: result.problem.message });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [period]);

  return (
    <>
      <div className="bo-title-row">
        <h1 className="utrecht-heading-1">Bijeenkomsten</h1>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={backofficePaths.meetingEdit()}
        >
          Nieuwe bijeenkomst
        </a>
      </div>
      <p className="utrecht-paragraph">
        Oudercafés en andere bijeenkomsten van je steunpunt. Ouders melden zich aan via de agenda op
        de website.
      </p>
      <nav aria-label="Welke bijeenkomsten">
        <ul className="bo-tabs">
          {(Object.keys(periodTitles) as Period[]).map((key) => (
            <li key={key}>
              <a
                className="bo-tabs__link"
                href={
                  key === 'komend'
                    ? backofficePaths.meetings
                    : `${backofficePaths.meetings}?periode=voorbij`
                }
                aria-current={key === period ? 'page' : undefined}
              >
                {key === 'komend' ? 'Komend' : 'Voorbij'}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <LoadStatus loaded={list} />
      {list.status === 'ready' &&
        (list.meetings.length === 0 ? (
          <p className="utrecht-paragraph" role="status">
            {period === 'komend'
              ? 'Er staan geen bijeenkomsten gepland.'
              : 'Er zijn nog geen voorbije bijeenkomsten.'}
          </p>
        ) : (
          <DataTable
            captionId="bijeenkomsten-titel"
            caption={
              <>
                {periodTitles[period]} ({list.meetings.length})
              </>
            }
            columns={['Bijeenkomst', 'Wanneer', 'Voor', 'Plaatsen bezet', 'Wachtlijst', 'Status']}
          >
            {list.meetings.map((meeting) => (
              <tr className="utrecht-table__row" key={meeting.id}>
                <th className="utrecht-table__header-cell" scope="row">
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={backofficePaths.meeting(meeting.id)}
                  >
                    {meeting.title}
                  </a>
                </th>
                <td className="utrecht-table__cell">
                  {shortMeetingWhen(meeting.startsAt, meeting.endsAt)}
                </td>
                <td className="utrecht-table__cell">{meetingTenantsText(me, meeting.tenants)}</td>
                <td className="utrecht-table__cell">
                  {meeting.confirmedPersons} van {meeting.capacity}
                </td>
                <td className="utrecht-table__cell">{meeting.waitingPersons}</td>
                <td className="utrecht-table__cell">{meetingStateLabel(meeting)}</td>
              </tr>
            ))}
          </DataTable>
        ))}
    </>
  );
}
