/**
 * The invariant the Oudercafé exists for: never more confirmed places than the capacity,
 * under hundreds of simultaneous sign-ups, nobody lost and nobody twice, and a retry with
 * the same key books nothing extra. Against dynalite, through the HTTP routes.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendeeIdFor } from '../../functions/meetings/meeting-keys.ts';
import { placesOf, startMeetingHarness, type MeetingHarness } from '../support/api-harness.ts';

let h: MeetingHarness;
beforeAll(async () => {
  h = await startMeetingHarness();
});
afterAll(() => h.stop());

describe('300 parallel sign-ups for 10 places', () => {
  it('confirms exactly the capacity, queues everyone else once, and retries book nothing', async () => {
    // A list long enough for everyone: the cap is meetings-crowd.test.ts's subject.
    const meetingId = await h.createMeeting({ capacity: 10, waitingListMax: 300 });
    const requests = Array.from({ length: 300 }, (_, i) => ({
      key: randomUUID(),
      persons: i % 7 === 3 ? 2 : 1,
    }));
    const responses = await Promise.all(
      requests.map((r) => h.signUp(meetingId, { persons: r.persons }, r.key)),
    );
    expect(responses.map((r) => r.status).every((s) => s === 201)).toBe(true);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as {
      status: string;
      position?: number;
    }[];

    const item = await h.meeting(meetingId);
    const places = placesOf(item);
    expect(places.confirmed).toBe(10);
    expect(places.free).toBe(0);
    const ids = requests.map((r) => attendeeIdFor(meetingId, r.key));
    const everyone = [...places.confirmedIds, ...places.waitingIds];
    // Nobody twice, nobody lost: every request is placed exactly once.
    expect(new Set(everyone).size).toBe(everyone.length);
    expect(new Set(everyone)).toEqual(new Set(ids));
    expect(bodies.filter((b) => b.status === 'bevestigd').length).toBe(places.confirmedIds.length);
    const attendees = await h.attendeeItems(meetingId);
    expect(attendees).toHaveLength(300);

    // Retries of 50 requests, in parallel, with the same key and body.
    const retries = await Promise.all(
      requests
        .slice(0, 50)
        .map((r, i) =>
          h.signUp(meetingId, { persons: r.persons, email: `retry-${i}@example.nl` }, r.key),
        ),
    );
    // A different body under a used key is refused; the booking stays as it was.
    expect(retries.every((r) => r.status === 422)).toBe(true);
    const after = placesOf(await h.meeting(meetingId));
    expect(after).toEqual(places);
  });

  it('answers a true retry (same key, same body) with the same place and no new booking', async () => {
    const meetingId = await h.createMeeting({ capacity: 3 });
    const bodies = Array.from({ length: 20 }, (_, i) => ({
      key: randomUUID(),
      body: { name: `Ouder ${i}`, email: `ouder-${i}@example.nl`, persons: 1, consent: true },
    }));
    const first = await Promise.all(
      bodies.map((b) =>
        h.call(null, 'POST', `/swv/swv-a/bijeenkomsten/${meetingId}/aanmeldingen`, b.body, b.key),
      ),
    );
    const again = await Promise.all(
      bodies.map((b) =>
        h.call(null, 'POST', `/swv/swv-a/bijeenkomsten/${meetingId}/aanmeldingen`, b.body, b.key),
      ),
    );
    expect(first.every((r) => r.status === 201)).toBe(true);
    expect(again.every((r) => r.status === 200)).toBe(true);
    const firstStatus = await Promise.all(first.map((r) => r.json()));
    const againStatus = await Promise.all(again.map((r) => r.json()));
    expect(againStatus.map((b) => (b as { status: string }).status)).toEqual(
      firstStatus.map((b) => (b as { status: string }).status),
    );
    const places = placesOf(await h.meeting(meetingId));
    expect(places.confirmed).toBe(3);
    expect(places.confirmedIds.length + places.waitingIds.length).toBe(20);
  });
});
