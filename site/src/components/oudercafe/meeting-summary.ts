/**
 * The meeting a parent signs up for or cancels, as the sign-up and cancel pages show it:
 * title, when, where, for whom and (on the sign-up) the places, in the page's language.
 * Plain DOM, no zod: the labels come from the page. The title, description and place are
 * as staff typed them, in Dutch.
 */
import type { Locale } from '../../../../functions/core/locales.ts';
import type { PublicMeeting } from '../../../../functions/meetings/meeting-schema.ts';
import { element } from '../form/dom.ts';
import { availabilityText } from './meeting-text.ts';
import { meetingWhenIn } from './meeting-when.ts';
import type { PlacesTexts, SummaryTexts } from './oudercafe-texts.ts';
import { dutch } from './page-texts.ts';

export interface SummaryPageTexts {
  summary: SummaryTexts;
  places: PlacesTexts;
}

export function meetingSummary(
  meeting: PublicMeeting,
  texts: SummaryPageTexts,
  lang: Locale,
  showPlaces: boolean,
): HTMLElement {
  const t = texts.summary;
  const section = element('section', 'meeting-summary');
  section.setAttribute('aria-labelledby', 'bijeenkomst-titel');
  const heading = element('h2', 'utrecht-heading-2', meeting.title);
  heading.id = 'bijeenkomst-titel';
  const description = element(
    'p',
    'utrecht-paragraph meeting-summary__description',
    meeting.description,
  );
  if (lang !== 'nl') heading.lang = description.lang = 'nl';
  const facts = element('dl', 'meeting-summary__facts');
  const rows: [string, string | Node][] = [
    [t.when, meetingWhenIn(lang, meeting.startsAt, meeting.endsAt)],
    [t.where, meeting.locationKind === 'online' ? t.online : dutch(meeting.location ?? '', lang)],
    [t.forWhom, t.audiences[meeting.audience] ?? meeting.audience],
  ];
  if (showPlaces) rows.push([t.places, availabilityText(meeting, texts.places)]);
  for (const [term, value] of rows) {
    const dd = element('dd', '');
    dd.append(value);
    facts.append(element('dt', '', term), dd);
  }
  section.append(heading, facts, description);
  return section;
}
