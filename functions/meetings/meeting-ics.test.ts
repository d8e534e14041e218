import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingIcs } from './meeting-ics.ts';

const meeting = {
  id: 'm1',
  title: 'Oudercafé',
  description: 'Praten over passend onderwijs.',
  startsAt: '2026-12-08T18:30:00.000Z',
  endsAt: '2026-12-08T20:00:00.000Z',
  locationKind: 'plaats',
  location: 'Bibliotheek Hoofddorp',
  steunpuntName: 'Steunpunt Amstel & Meer',
  version: 0,
  cancelled: false,
};

const eventOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;

describe('meetingIcs', () => {
  it('names the steunpunt as organizer only when it has an address a calendar can use', () => {
    const without = eventOf(meetingIcs(meeting));
    expect(without.getFirstPropertyValue('organizer')).toBeNull();
    expect(without.getFirstPropertyValue('summary')).toBe('Oudercafé');

    const withAddress = eventOf(meetingIcs({ ...meeting, steunpuntEmail: 'info@aenm.example' }));
    expect(withAddress.getFirstPropertyValue('organizer')).toMatch(/^mailto:info@aenm\.example$/i);
  });
});
