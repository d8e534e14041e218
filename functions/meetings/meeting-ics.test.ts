import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingIcs, meetingIcsAttachment } from './meeting-ics.ts';

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

const calendarOf = (ics: string) => new ICAL.Component(ICAL.parse(ics));
const eventOf = (ics: string) => calendarOf(ics).getFirstSubcomponent('vevent')!;

describe('meetingIcs', () => {
  it('names the steunpunt as organizer only when it has an address a calendar can use', () => {
    const without = eventOf(meetingIcs(meeting));
    expect(without.getFirstPropertyValue('organizer')).toBeNull();
    expect(without.getFirstPropertyValue('summary')).toBe('Oudercafé');

    const withAddress = eventOf(meetingIcs({ ...meeting, steunpuntEmail: 'info@aenm.example' }));
    expect(withAddress.getFirstPropertyValue('organizer')).toMatch(/^mailto:info@aenm\.example$/i);
  });

  it('publishes a place, and cancels it with the same UID and a higher SEQUENCE', () => {
    const changed = { ...meeting, version: 2 };
    const invitation = meetingIcsAttachment(changed);
    expect(invitation.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    expect(calendarOf(invitation.content).getFirstPropertyValue('method')).toBe('PUBLISH');

    const cancellation = meetingIcsAttachment(changed, 'CANCEL');
    expect(cancellation.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(calendarOf(cancellation.content).getFirstPropertyValue('method')).toBe('CANCEL');
    const before = eventOf(invitation.content);
    const after = eventOf(cancellation.content);
    expect(after.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(after.getFirstPropertyValue('uid')).toBe(before.getFirstPropertyValue('uid'));
    expect(Number(after.getFirstPropertyValue('sequence'))).toBeGreaterThan(
      Number(before.getFirstPropertyValue('sequence')),
    );
    expect(after.getAllProperties('attendee')).toHaveLength(0);
  });

  it('makes any file about a cancelled meeting a cancellation', () => {
    const cancelled = meetingIcsAttachment({ ...meeting, cancelled: true });
    expect(cancelled.contentType).toContain('method=CANCEL');
    expect(calendarOf(cancelled.content).getFirstPropertyValue('method')).toBe('CANCEL');
    expect(eventOf(cancelled.content).getFirstPropertyValue('summary')).toBe(
      'Gaat niet door: Oudercafé',
    );
  });
});
