/**
 * The meeting a parent signs up for or cancels, as the sign-up and cancel pages show it:
 * title, when, where, for whom and (on the sign-up) the places. Plain DOM, no zod: the
 * audience labels come from the page.
 */
import type { PublicMeeting } from '../../../../functions/meetings/meeting-schema.ts';
import { element } from '../form/dom.ts';
import { meetingWhen, meetingWhere } from '../../lib/meeting-text.ts';
import { availabilityText } from './meeting-text.ts';

export function meetingSummary(
  meeting: PublicMeeting,
  audiences: Record<string, string>,
  showPlaces: boolean,
): HTMLElement {
  const section = element('section', 'meeting-summary');
  section.setAttribute('aria-labelledby', 'bijeenkomst-titel');
  const heading = element('h2', 'utrecht-heading-2', meeting.title);
  heading.id = 'bijeenkomst-titel';
  const facts = element('dl', 'meeting-summary__facts');
  const rows: [string, string][] = [
    ['Wanneer', meetingWhen(meeting.startsAt, meeting.endsAt)],
    ['Waar', meetingWhere(meeting)],
    ['Voor wie', audiences[meeting.audience] ?? meeting.audience],
  ];
  if (showPlaces) rows.push(['Plekken', availabilityText(meeting)]);
  for (const [term, value] of rows) facts.append(element('dt', '', term), element('dd', '', value));
  section.append(
    heading,
    facts,
    element('p', 'utrecht-paragraph meeting-summary__description', meeting.description),
  );
  return section;
}
