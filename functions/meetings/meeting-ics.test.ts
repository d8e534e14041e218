import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { base, goldenCases, stampedAt } from './ics-golden/cases.ts';
import { meetingIcs, meetingIcsAttachment } from './meeting-ics.ts';

const meeting = base;

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

/** Content lines as RFC 5545 3.1 defines them: folds (CRLF or LF, then a space or tab) undone. */
const contentLines = (file: string) => file.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);

describe('meetingIcs against the files the ics package wrote', () => {
  beforeEach(() => vi.useFakeTimers({ now: stampedAt, toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it.each(goldenCases)('$name: the same content lines, in the same order', (golden) => {
    const saved = readFileSync(new URL(`./ics-golden/${golden.name}.ics`, import.meta.url), 'utf8');
    const file = meetingIcs(golden.meeting, golden.method);
    expect(contentLines(file)).toEqual(contentLines(saved));
    // Folded at 75 octets, with CRLF only (ics counted characters, so an emoji line ran over).
    expect(file).not.toMatch(/[^\r]\n/);
    for (const line of file.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it.each(goldenCases)(
    '$name: a calendar parser reads every text back as the steunpunt wrote it',
    (golden) => {
      const { meeting } = golden;
      const event = eventOf(meetingIcs(meeting, golden.method));
      const title = meeting.cancelled ? `Gaat niet door: ${meeting.title}` : meeting.title;
      expect(event.getFirstPropertyValue('summary')).toBe(title);
      expect(event.getFirstPropertyValue('description')).toBe(
        meeting.description.replace(/\r\n/g, '\n'),
      );
      const where = meeting.locationKind === 'online' ? 'Online' : meeting.location;
      expect(event.getFirstPropertyValue('location') ?? undefined).toBe(where);
      expect(event.getFirstPropertyValue('url') ?? undefined).toBe(meeting.onlineUrl);
      expect(String(event.getFirstPropertyValue('dtstart'))).toBe(
        meeting.startsAt.replace('.000', ''),
      );
      expect(String(event.getFirstPropertyValue('dtend'))).toBe(meeting.endsAt.replace('.000', ''));
      expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-11-30T09:15:42Z');
      const organizer = event.getFirstProperty('organizer');
      if (meeting.steunpuntEmail) {
        expect(organizer!.getParameter('cn')).toBe(meeting.steunpuntName);
        expect(organizer!.getFirstValue()).toBe(`MAILTO:${meeting.steunpuntEmail}`);
      } else {
        expect(organizer).toBeNull();
      }
    },
  );
});

describe('meetingIcs beyond what ics could write', () => {
  it('names a steunpunt with quotes in its name, which ics wrote as an unreadable CN', () => {
    const name = 'Steunpunt "De Brug", Meer';
    const event = eventOf(
      meetingIcs({ ...meeting, steunpuntName: name, steunpuntEmail: 'a@b.example' }),
    );
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe(name);
  });

  it('refuses a line break in the UID or a SEQUENCE that is no number, rather than write a broken file', () => {
    expect(() => meetingIcs({ ...meeting, id: 'm1\r\nATTENDEE:mailto:x@y' })).toThrow(
      'control character',
    );
    expect(() => meetingIcs({ ...meeting, version: Number.NaN })).toThrow('not an INTEGER');
  });
});
