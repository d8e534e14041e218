/**
 * A meeting's attendees in one of their lists (signed up, waiting, cancelled), with a tick
 * for attendance once the meeting has started.
 */
import type { Attendee } from '../../../../../functions/meetings/meeting-schema.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { formatDateTime } from '../ui/format.ts';

export const personsText = (persons: number) =>
  persons === 1 ? '1 persoon' : `${persons} personen`;
export const sumPersons = (list: Attendee[]) => list.reduce((total, a) => total + a.persons, 0);

export function AttendeeTable(props: {
  id: string;
  caption: string;
  empty: string;
  attendees: Attendee[];
  showPosition?: boolean;
  attendance?: ((attendee: Attendee, attended: boolean) => Promise<void>) | undefined;
}) {
  const { id, caption, empty, attendees, showPosition = false, attendance } = props;
  const titleId = `${id}-titel`;
  if (attendees.length === 0) {
    return (
      <section aria-labelledby={titleId}>
        <h2 className="utrecht-heading-2 bo-section-title" id={titleId}>
          {caption}
        </h2>
        <p className="utrecht-paragraph">{empty}</p>
      </section>
    );
  }
  const columns = [
    ...(showPosition ? ['Plek'] : []),
    'Naam',
    'E-mail',
    'Telefoon',
    'Personen',
    'Wensen',
    'Aangemeld op',
    ...(attendance ? ['Aanwezig'] : []),
  ];
  return (
    <DataTable captionId={titleId} caption={caption} columns={columns}>
      {attendees.map((attendee) => (
        <tr className="utrecht-table__row" key={attendee.id}>
          {showPosition && <td className="utrecht-table__cell">{attendee.position ?? '–'}</td>}
          <th className="utrecht-table__header-cell" scope="row">
            {attendee.name}
          </th>
          <td className="utrecht-table__cell">
            <a className="utrecht-link utrecht-link--html-a" href={`mailto:${attendee.email}`}>
              {attendee.email}
            </a>
          </td>
          <td className="utrecht-table__cell">{attendee.phone ?? '–'}</td>
          <td className="utrecht-table__cell">{attendee.persons}</td>
          <td className="utrecht-table__cell bo-pre-line">{attendee.needs ?? '–'}</td>
          <td className="utrecht-table__cell">{formatDateTime(attendee.signedUpAt)}</td>
          {attendance && (
            <td className="utrecht-table__cell">
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                id={`aanwezig-${attendee.id}`}
                aria-label={`${attendee.name} was aanwezig`}
                checked={attendee.attended === true}
                onChange={(event) => void attendance(attendee, event.target.checked)}
              />
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
