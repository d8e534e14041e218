/**
 * Where a sign-up stands, as the public read tells it: places left, only the waiting
 * list, or not even that. The last must agree with the sign-up's own refusal
 * (`waitingListFull`), so the site never offers a form the API can only refuse.
 */
import { describe, expect, it } from 'vitest';
import {
  meetingState,
  toPublicMeeting,
  waitingListFull,
  type MeetingItem,
} from './meeting-model.ts';

const now = new Date('2026-12-05T12:00:00Z');

function meeting(places: Partial<MeetingItem>): MeetingItem {
  return {
    pk: 'MEETING#m1',
    sk: 'MEETING',
    kind: 'meeting',
    id: 'm1',
    steunpunt: 'amstel-en-meer',
    steunpuntName: 'Steunpunt Amstel & Meer',
    steunpuntEmail: 'info@example.nl',
    tenants: ['po-haarlemmermeer'],
    title: 'Oudercafé',
    description: 'Praten over de overstap',
    startsAt: '2026-12-15T18:30:00Z',
    endsAt: '2026-12-15T20:00:00Z',
    closesAt: '2026-12-15T18:30:00Z',
    locationKind: 'plaats',
    location: 'Bibliotheek',
    audience: 'ouders',
    capacity: 2,
    reminderDays: 2,
    input: {} as MeetingItem['input'],
    free: 2,
    confirmed: {},
    waiting: [],
    left: {},
    attended: {},
    placesSeq: 0,
    version: 1,
    signedUpPersons: 0,
    cancelledPersons: 0,
    cancelled: false,
    createdAt: '2026-12-01T10:00:00Z',
    mails: {},
    ...places,
  };
}

describe('meetingState', () => {
  it('is open while places are left and nobody waits', () => {
    expect(meetingState(meeting({ free: 1, confirmed: { a: 1 } }), now)).toBe('open');
    // No waiting list at all does not close a meeting with places.
    expect(meetingState(meeting({ free: 1, waitingMax: 0 }), now)).toBe('open');
  });

  it('is vol while the waiting list has room', () => {
    expect(meetingState(meeting({ free: 0, confirmed: { a: 2 } }), now)).toBe('vol');
    expect(meetingState(meeting({ free: 0, waiting: ['b:1'], waitingMax: 2 }), now)).toBe('vol');
    // Places left but someone waits (a larger group): new people queue behind them.
    expect(meetingState(meeting({ free: 1, waiting: ['b:2'], waitingMax: 2 }), now)).toBe('vol');
  });

  it('is wachtlijst-vol exactly when the sign-up would refuse a newcomer', () => {
    const full = meeting({ free: 0, waiting: ['b:1', 'c:1'], waitingMax: 2 });
    expect(waitingListFull(full)).toBe(true);
    expect(meetingState(full, now)).toBe('wachtlijst-vol');
    expect(meetingState(meeting({ free: 1, waiting: ['b:2'], waitingMax: 1 }), now)).toBe(
      'wachtlijst-vol',
    );
    expect(meetingState(meeting({ free: 0, waitingMax: 0 }), now)).toBe('wachtlijst-vol');
    // Older meetings without their own cap have the default of 50.
    const fifty = Array.from({ length: 50 }, (_, i) => `w${i}:1`);
    expect(meetingState(meeting({ free: 0, waiting: fifty.slice(1) }), now)).toBe('vol');
    expect(meetingState(meeting({ free: 0, waiting: fifty }), now)).toBe('wachtlijst-vol');
  });

  it('puts cancelled and closed first', () => {
    const full = { free: 0, waiting: ['b:1'], waitingMax: 1 };
    expect(meetingState(meeting({ ...full, cancelled: true }), now)).toBe('geannuleerd');
    expect(meetingState(meeting({ ...full, closesAt: '2026-12-05T11:00:00Z' }), now)).toBe(
      'gesloten',
    );
  });
});

describe('toPublicMeeting', () => {
  it('tells the state and the counts it told before, never the cap or who waits', () => {
    const shown = toPublicMeeting(
      meeting({ free: 0, waiting: ['b:1', 'c:2'], waitingMax: 2 }),
      now,
    );
    expect(shown).toMatchObject({
      state: 'wachtlijst-vol',
      signUpOpen: false,
      placesLeft: 0,
      waitingCount: 2,
    });
    expect(Object.keys(shown)).not.toContain('waitingMax');
    expect(JSON.stringify(shown)).not.toMatch(/b:1|c:2|info@example\.nl/);
    expect(
      toPublicMeeting(meeting({ free: 0, waiting: ['b:1'], waitingMax: 2 }), now),
    ).toMatchObject({ state: 'vol', signUpOpen: true });
  });
});
