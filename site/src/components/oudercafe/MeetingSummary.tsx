/** The meeting a parent signs up for or cancels: title, when, where, for whom, places. */
import { audiences, type PublicMeeting } from '../../../../functions/meetings/meeting-schema.ts';
import { availabilityText, meetingWhen, meetingWhere } from './meeting-text.ts';

export function MeetingSummary(props: { meeting: PublicMeeting; showPlaces?: boolean }) {
  const { meeting, showPlaces = true } = props;
  return (
    <section className="meeting-summary" aria-labelledby="bijeenkomst-titel">
      <h2 className="utrecht-heading-2" id="bijeenkomst-titel">
        {meeting.title}
      </h2>
      <dl className="meeting-summary__facts">
        <dt>Wanneer</dt>
        <dd>{meetingWhen(meeting.startsAt, meeting.endsAt)}</dd>
        <dt>Waar</dt>
        <dd>{meetingWhere(meeting)}</dd>
        <dt>Voor wie</dt>
        <dd>{audiences[meeting.audience] ?? meeting.audience}</dd>
        {showPlaces && (
          <>
            <dt>Plekken</dt>
            <dd>{availabilityText(meeting.state, meeting.placesLeft)}</dd>
          </>
        )}
      </dl>
      <p className="utrecht-paragraph meeting-summary__description">{meeting.description}</p>
    </section>
  );
}
