/**
 * The public meeting read tells a parent, before any form, whether places are left, only
 * the waiting list, or not even that (`wachtlijst-vol`), in the agenda and for one
 * meeting alike, without saying more about the people than it did. The sign-up's 409
 * still decides when the list fills between a read and a send. Against dynalite, through
 * the HTTP routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  placesOf,
  startMeetingHarness,
  validMeeting,
  type MeetingHarness,
} from '../support/api-harness.ts';

let h: MeetingHarness;
beforeAll(async () => {
  h = await startMeetingHarness();
});
afterAll(() => h.stop());

interface Shown {
  id: string;
  state: string;
  signUpOpen: boolean;
  placesLeft: number;
  waitingCount: number;
}

/** The meeting as the sign-up page reads it, and as the agenda lists it: they must agree. */
async function shown(meetingId: string): Promise<Shown> {
  const one = await h.call(null, 'GET', `/swv/swv-a/bijeenkomsten/${meetingId}`);
  expect(one.status).toBe(200);
  const single = (await one.json()) as Shown;
  const agenda = (await (await h.call(null, 'GET', '/swv/swv-a/bijeenkomsten')).json()) as {
    meetings: Shown[];
  };
  expect(agenda.meetings.find((m) => m.id === meetingId)).toEqual(single);
  return single;
}

describe('the public read and a full waiting list', () => {
  it('goes from places to the waiting list to a full list, and back when staff raise the cap', async () => {
    const meetingId = await h.createMeeting({ tenant: 'swv-a', capacity: 1, waitingListMax: 2 });
    expect(await shown(meetingId)).toMatchObject({
      state: 'open',
      placesLeft: 1,
      signUpOpen: true,
    });

    expect((await h.signUp(meetingId)).status).toBe(201);
    expect(await shown(meetingId)).toMatchObject({
      state: 'vol',
      signUpOpen: true,
      placesLeft: 0,
      waitingCount: 0,
    });
    expect((await h.signUp(meetingId)).status).toBe(201);
    expect(await shown(meetingId)).toMatchObject({ state: 'vol', waitingCount: 1 });
    expect((await h.signUp(meetingId)).status).toBe(201);

    const full = await shown(meetingId);
    expect(full).toMatchObject({
      state: 'wachtlijst-vol',
      signUpOpen: false,
      placesLeft: 0,
      waitingCount: 2,
    });
    // Nothing new about the people or the setting: the same fields as before.
    expect(Object.keys(full).sort()).toEqual(
      [
        'audience',
        'capacity',
        'description',
        'endsAt',
        'id',
        'location',
        'locationKind',
        'placesLeft',
        'signUpOpen',
        'startsAt',
        'state',
        'title',
        'waitingCount',
      ].sort(),
    );

    // The API still refuses, whatever a page showed.
    const refused = await h.signUp(meetingId);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toMatch(
      /^De wachtlijst is vol/,
    );

    // A larger list makes room again.
    const raised = await h.call(
      'anna',
      'PUT',
      `/backoffice/bijeenkomsten/${meetingId}`,
      validMeeting({ tenant: 'swv-a', capacity: 1, waitingListMax: 3 }),
    );
    expect(raised.status, await raised.clone().text()).toBe(200);
    expect(await shown(meetingId)).toMatchObject({
      state: 'vol',
      signUpOpen: true,
      waitingCount: 2,
    });
  });

  it('says the same for a meeting without a waiting list once its places are taken', async () => {
    const meetingId = await h.createMeeting({ tenant: 'swv-a', capacity: 2, waitingListMax: 0 });
    expect((await h.signUp(meetingId)).status).toBe(201);
    // One place left and no list: still open for one person.
    expect(await shown(meetingId)).toMatchObject({ state: 'open', placesLeft: 1 });
    expect((await h.signUp(meetingId)).status).toBe(201);
    expect(await shown(meetingId)).toMatchObject({
      state: 'wachtlijst-vol',
      placesLeft: 0,
      waitingCount: 0,
    });
  });

  it('lets the 409 decide when several parents send for the last place on the list at once', async () => {
    const meetingId = await h.createMeeting({ tenant: 'swv-a', capacity: 1, waitingListMax: 1 });
    expect((await h.signUp(meetingId)).status).toBe(201);
    // Every parent read this: one place left on the waiting list.
    expect(await shown(meetingId)).toMatchObject({ state: 'vol', waitingCount: 0 });
    const answers = await Promise.all(Array.from({ length: 6 }, () => h.signUp(meetingId)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(placesOf(await h.meeting(meetingId)).waitingIds).toHaveLength(1);
    expect(await shown(meetingId)).toMatchObject({ state: 'wachtlijst-vol', waitingCount: 1 });
  });
});
