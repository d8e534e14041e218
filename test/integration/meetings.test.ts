/**
 * The Oudercafé end to end on dynalite and the local SES: staff make a meeting, parents
 * sign up and cancel by their link, the waiting list moves up with mails, the calendar
 * file and the export are read back by real parsers, reminders go when due, and
 * retention leaves only counts.
 */
import { randomUUID } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { purgeMeetings } from '../../functions/meetings/meeting-retention.ts';
import { attendeeIdFor, meetingFactPartition } from '../../functions/meetings/meeting-keys.ts';
import { csvHeaders } from '../../functions/meetings/meeting-csv.ts';
import type { StaffMeeting } from '../../functions/meetings/meeting-staff-schema.ts';
import {
  placesOf,
  siteOrigin,
  startMeetingHarness,
  validMeeting,
  type CaughtRawMail,
  type MeetingHarness,
} from '../support/api-harness.ts';

let h: MeetingHarness;
beforeAll(async () => {
  h = await startMeetingHarness();
});
afterAll(() => h.stop());
beforeEach(async () => {
  h.setNow('2026-11-24T09:30:00Z');
  await h.drainMail();
  await h.clearMails();
});

const codeIn = (mail: CaughtRawMail) => {
  const match = /afmelden\/\?code=([A-Za-z0-9._%-]+)/.exec(mail.body.text ?? '');
  return match ? decodeURIComponent(match[1]!) : undefined;
};
const mailTo = async (email: string) =>
  (await h.mails()).filter((m) => m.destination.to.join().includes(email));

describe('making meetings', () => {
  it('makes a series on the same weekday of the month, and a retry makes nothing new', async () => {
    const key = randomUUID();
    const body = validMeeting({ date: '2026-12-08', repeatMonthly: 2 }); // 2nd Tuesday
    const first = await h.call('anna', 'POST', '/backoffice/bijeenkomsten', body, key);
    expect(first.status).toBe(201);
    const { meetings } = (await first.json()) as { meetings: { id: string }[] };
    expect(meetings).toHaveLength(3);
    const again = await h.call('anna', 'POST', '/backoffice/bijeenkomsten', body, key);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { meetings: unknown }).meetings).toEqual(meetings);
    const items = await Promise.all(meetings.map((m) => h.meeting(m.id)));
    // 8 Dec 2026, 12 Jan 2027, 9 Feb 2027: every time the 2nd Tuesday, 19:30 in Amsterdam.
    expect(items.map((i) => i.startsAt)).toEqual([
      '2026-12-08T18:30:00.000Z',
      '2027-01-12T18:30:00.000Z',
      '2027-02-09T18:30:00.000Z',
    ]);
    expect(new Set(items.map((i) => i.seriesId)).size).toBe(1);
    expect(items[0]!.tenants).toEqual(['swv-a', 'swv-b']);
  });

  it('refuses bad input with Dutch messages per field, in form order', async () => {
    const response = await h.call(
      'anna',
      'POST',
      '/backoffice/bijeenkomsten',
      validMeeting({ title: '', capacity: 0, endTime: '18:00', locationKind: 'online' }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { field: string; message: string }[] };
    // Checks between fields run too, so one round shows every problem, in form order.
    expect(body.errors.map((e) => e.field)).toEqual(['title', 'endTime', 'onlineUrl', 'capacity']);
    expect(body.errors[0]!.message).toBe('Vul een titel in');

    const cross = await h.call(
      'anna',
      'POST',
      '/backoffice/bijeenkomsten',
      validMeeting({ endTime: '18:00', locationKind: 'online', signUpDeadline: '2026-12-20' }),
    );
    const crossBody = (await cross.json()) as { errors: { field: string; message: string }[] };
    expect(crossBody.errors).toEqual([
      { field: 'endTime', message: 'De eindtijd moet na de begintijd liggen' },
      { field: 'onlineUrl', message: 'Vul de link naar de online bijeenkomst in' },
      {
        field: 'signUpDeadline',
        message: 'De aanmelding moet sluiten op of voor de dag van de bijeenkomst',
      },
    ]);

    const past = await h.call(
      'anna',
      'POST',
      '/backoffice/bijeenkomsten',
      validMeeting({ date: '2026-11-01' }),
    );
    expect(past.status).toBe(400);
    expect(((await past.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('date');

    const foreign = await h.call(
      'anna',
      'POST',
      '/backoffice/bijeenkomsten',
      validMeeting({ tenant: 'swv-x' }),
    );
    expect(((await foreign.json()) as { errors: { field: string }[] }).errors).toEqual([
      { field: 'tenant', message: 'Kies een samenwerkingsverband uit de lijst' },
    ]);
  });

  it('keeps staff of other steunpunten and other roles out', async () => {
    const meetingId = await h.createMeeting();
    expect((await h.call('xander', 'GET', `/backoffice/bijeenkomsten/${meetingId}`)).status).toBe(
      404,
    );
    expect(
      (await h.call('xander', 'PUT', `/backoffice/bijeenkomsten/${meetingId}`, validMeeting()))
        .status,
    ).toBe(404);
    expect((await h.call('lezer', 'GET', `/backoffice/bijeenkomsten/${meetingId}`)).status).toBe(
      403,
    );
    expect((await h.call('beheerder', 'GET', '/backoffice/bijeenkomsten')).status).toBe(403);
    expect((await h.call(null, 'GET', '/backoffice/bijeenkomsten')).status).toBe(401);
    const theirs = (await (await h.call('xander', 'GET', '/backoffice/bijeenkomsten')).json()) as {
      meetings: { id: string }[];
    };
    expect(theirs.meetings.map((m) => m.id)).not.toContain(meetingId);
  });
});

describe('the public agenda', () => {
  it('lists upcoming meetings per SWV with live places; 404 for an unknown SWV or meeting', async () => {
    const onlyA = await h.createMeeting({ tenant: 'swv-a', title: 'Alleen voor A', capacity: 2 });
    await h.signUp(onlyA, { persons: 2 });
    const listA = (await (await h.call(null, 'GET', '/swv/swv-a/bijeenkomsten')).json()) as {
      meetings: { id: string; state: string; placesLeft: number }[];
    };
    const mine = listA.meetings.find((m) => m.id === onlyA);
    expect(mine).toMatchObject({ state: 'vol', placesLeft: 0 });
    const listB = (await (await h.call(null, 'GET', '/swv/swv-b/bijeenkomsten')).json()) as {
      meetings: { id: string }[];
    };
    expect(listB.meetings.map((m) => m.id)).not.toContain(onlyA);
    expect((await h.call(null, 'GET', '/swv/bestaat-niet/bijeenkomsten')).status).toBe(404);
    expect((await h.call(null, 'GET', `/swv/swv-b/bijeenkomsten/${onlyA}`)).status).toBe(404);
    const one = await h.call(null, 'GET', `/swv/swv-a/bijeenkomsten/${onlyA}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('cache-control')).toBe('no-store');
  });
});

describe('signing up and cancelling', () => {
  it('confirms with a mail that carries a calendar file without personal data', async () => {
    const meetingId = await h.createMeeting();
    const email = 'mail-test@example.nl';
    const response = await h.signUp(meetingId, { name: 'Fatima Test', email, persons: 2 });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      status: 'bevestigd',
      meeting: { placesLeft: 8 },
    });
    await h.drainMail();
    const [mail] = await mailTo(email);
    expect(mail!.subject).toBe('Je bent aangemeld: Oudercafé: de overstap');
    expect(mail!.body.text).toContain('Hallo Fatima Test,');
    expect(mail!.body.text).toContain('dinsdag 15 december 2026, 19.30–21.00 uur');
    expect(mail!.body.text).toContain(`${siteOrigin}/swv-a/oudercafe/afmelden/?code=`);
    const ics = mail!.attachments?.find((a) => a.filename === 'bijeenkomst.ics');
    expect(ics?.contentType).toContain('text/calendar');
    const text = Buffer.from(ics!.content, 'base64').toString('utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Oudercafé: de overstap');
    expect(event.location).toBe('Bibliotheek Hoofddorp, Raadhuisplein 1');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-15T18:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-15T20:00:00.000Z');
    expect(event.uid).toContain(meetingId);
    expect(text).not.toContain(email);
    expect(text).not.toContain('Fatima');
    expect(calendar.getFirstSubcomponent('vevent')!.getAllProperties('attendee')).toHaveLength(0);
    // The meeting item itself holds no address, no name; the sent mail is gone from it.
    const item = await h.meeting(meetingId);
    expect(JSON.stringify(item)).not.toContain(email);
    expect(Object.keys(item.mails).filter((id) => id.startsWith('c-'))).toHaveLength(0);
  });

  it('refuses bad sign-ups with Dutch messages, a reused key with 422, and closed meetings with 409', async () => {
    const meetingId = await h.createMeeting({ signUpDeadline: '2026-12-01' });
    const bad = await h.signUp(meetingId, {
      name: '',
      email: 'geen-adres',
      persons: 9,
      consent: false,
    });
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field),
    ).toEqual(['name', 'email', 'persons', 'consent']);
    const key = randomUUID();
    expect((await h.signUp(meetingId, { email: 'een@example.nl' }, key)).status).toBe(201);
    expect((await h.signUp(meetingId, { email: 'twee@example.nl' }, key)).status).toBe(422);
    h.setNow('2026-12-01T22:58:00Z'); // 23:58 in Amsterdam: still open
    expect((await h.signUp(meetingId)).status).toBe(201);
    h.setNow('2026-12-01T23:00:00Z'); // 00:00 on 2 December
    const late = await h.signUp(meetingId);
    expect(late.status).toBe(409);
    expect(((await late.json()) as { message: string }).message).toBe(
      'Aanmelden voor deze bijeenkomst kan niet meer',
    );
    expect((await h.signUp('onbekend12345', {})).status).toBe(404);
    await h.drainMail();
  });

  it('moves the first on the waiting list up when someone cancels by the link, with a mail', async () => {
    const meetingId = await h.createMeeting({ capacity: 2 });
    await h.signUp(meetingId, { email: 'eerste@example.nl', persons: 2 });
    const waiting = await h.signUp(meetingId, { email: 'wacht@example.nl' });
    expect(await waiting.json()).toMatchObject({ status: 'wachtlijst', position: 1 });
    await h.drainMail();
    const code = codeIn((await mailTo('eerste@example.nl'))[0]!)!;
    const waitMail = (await mailTo('wacht@example.nl'))[0]!;
    expect(waitMail.subject).toBe('Je staat op de wachtlijst: Oudercafé: de overstap');
    expect(waitMail.body.text).toContain('op plek 1');

    const lookup = await h.call(null, 'GET', `/afmelding?code=${encodeURIComponent(code)}`);
    expect(await lookup.json()).toMatchObject({ status: 'bevestigd', persons: 2 });
    // Looking never cancels.
    expect(placesOf(await h.meeting(meetingId)).confirmed).toBe(2);
    const cancel = await h.call(null, 'POST', '/afmelding', { code });
    expect(await cancel.json()).toEqual({ status: 'afgemeld' });
    expect((await h.call(null, 'POST', '/afmelding', { code })).status).toBe(200);
    const places = placesOf(await h.meeting(meetingId));
    expect(places).toMatchObject({ confirmed: 1, free: 1, waitingIds: [] });
    await h.drainMail();
    const promoted = (await mailTo('wacht@example.nl')).find((m) =>
      m.subject.startsWith('Er is een plek'),
    );
    expect(promoted?.attachments?.[0]?.filename).toBe('bijeenkomst.ics');
    expect((await h.call(null, 'GET', '/afmelding?code=fout.fout.fout')).status).toBe(404);
    const forged = code.slice(0, -4) + 'AAAA';
    expect((await h.call(null, 'POST', '/afmelding', { code: forged })).status).toBe(404);
  });

  it('fills every freed place in queue order when five cancel at once', async () => {
    const meetingId = await h.createMeeting({ capacity: 5 });
    const confirmedKeys = Array.from({ length: 5 }, () => randomUUID());
    for (const key of confirmedKeys) await h.signUp(meetingId, {}, key);
    const waitingKeys = Array.from({ length: 8 }, () => randomUUID());
    for (const key of waitingKeys) await h.signUp(meetingId, {}, key);
    await h.drainMail();
    const codes: string[] = [];
    for (const mail of await h.mails()) {
      if (mail.subject.startsWith('Je bent aangemeld')) codes.push(codeIn(mail)!);
    }
    expect(codes).toHaveLength(5);
    await h.clearMails();
    const results = await Promise.all(
      codes.map((code) => h.call(null, 'POST', '/afmelding', { code })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const places = placesOf(await h.meeting(meetingId));
    const waitingIds = waitingKeys.map((key) => attendeeIdFor(meetingId, key));
    expect(places.confirmed).toBe(5);
    expect(new Set(places.confirmedIds)).toEqual(new Set(waitingIds.slice(0, 5)));
    expect(places.waitingIds).toEqual(waitingIds.slice(5));
    await h.drainMail();
    expect((await h.mails()).filter((m) => m.subject.startsWith('Er is een plek'))).toHaveLength(5);
  });
});

/**
 * The calendar file of a mail, read back by ical.js. (The local SES keeps only the part's
 * bare content type; its `method=` parameter is checked in `meeting-ics.test.ts`.)
 */
function calendarOf(mail: CaughtRawMail) {
  const ics = mail.attachments?.find((a) => a.filename === 'bijeenkomst.ics');
  if (!ics) return undefined;
  const text = Buffer.from(ics.content, 'base64').toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return {
    text,
    method: calendar.getFirstPropertyValue('method'),
    status: calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status'),
    uid: event.uid,
    sequence: event.sequence,
  };
}

describe('calendar cancellations', () => {
  it('takes the meeting out of the calendar of everyone with a place when staff cancel it', async () => {
    const meetingId = await h.createMeeting({ capacity: 1 });
    await h.signUp(meetingId, { email: 'plek@example.nl', name: 'Sanne Plek' });
    await h.signUp(meetingId, { email: 'wachtlijst@example.nl' });
    await h.drainMail();
    const confirmation = calendarOf((await mailTo('plek@example.nl'))[0]!)!;
    expect(confirmation.method).toBe('PUBLISH');
    // A change first, so the cancellation must pass a SEQUENCE above zero.
    await h.call(
      'anna',
      'PUT',
      `/backoffice/bijeenkomsten/${meetingId}`,
      validMeeting({ capacity: 1, startTime: '20:00', endTime: '21:30' }),
    );
    await h.drainMail();
    const change = calendarOf(
      (await mailTo('plek@example.nl')).find((m) => m.subject.startsWith('Gewijzigd'))!,
    )!;
    expect(change.sequence).toBeGreaterThan(confirmation.sequence);
    await h.clearMails();

    const cancel = await h.call(
      'anna',
      'POST',
      `/backoffice/bijeenkomsten/${meetingId}/annuleren`,
      {
        reason: 'De zaal is dicht',
      },
    );
    expect(cancel.status).toBe(200);
    await h.drainMail();
    const [placeMail] = await mailTo('plek@example.nl');
    expect(placeMail!.subject).toBe('Gaat niet door: Oudercafé: de overstap');
    const cancellation = calendarOf(placeMail!)!;
    expect(cancellation.method).toBe('CANCEL');
    expect(cancellation.status).toBe('CANCELLED');
    expect(cancellation.uid).toBe(confirmation.uid);
    expect(cancellation.sequence).toBeGreaterThan(change.sequence);
    expect(cancellation.text).not.toContain('plek@example.nl');
    expect(cancellation.text).not.toContain('Sanne');

    // Only on the waiting list: never had the meeting in a calendar, so no file now.
    const [waitingMail] = await mailTo('wachtlijst@example.nl');
    expect(waitingMail!.subject).toBe('Gaat niet door: Oudercafé: de overstap');
    expect(waitingMail!.attachments ?? []).toHaveLength(0);
  });

  it('takes a place out of the calendar when the parent cancels by the link, not a waiting place', async () => {
    const meetingId = await h.createMeeting({ capacity: 1 });
    await h.signUp(meetingId, { email: 'weg@example.nl', name: 'Joris Weg' });
    await h.signUp(meetingId, { email: 'wacht-eerst@example.nl' });
    await h.signUp(meetingId, { email: 'wacht-daarna@example.nl', persons: 2 });
    await h.drainMail();
    const first = (await mailTo('weg@example.nl'))[0]!;
    const confirmation = calendarOf(first)!;
    const waitingCode = codeIn((await mailTo('wacht-daarna@example.nl'))[0]!)!;
    await h.clearMails();

    expect((await h.call(null, 'POST', '/afmelding', { code: codeIn(first)! })).status).toBe(200);
    expect((await h.call(null, 'POST', '/afmelding', { code: waitingCode })).status).toBe(200);
    await h.drainMail();
    const left = await mailTo('weg@example.nl');
    expect(left.map((m) => m.subject)).toEqual(['Je bent afgemeld: Oudercafé: de overstap']);
    const cancellation = calendarOf(left[0]!)!;
    expect(cancellation.method).toBe('CANCEL');
    expect(cancellation.status).toBe('CANCELLED');
    expect(cancellation.uid).toBe(confirmation.uid);
    expect(cancellation.sequence).toBeGreaterThan(confirmation.sequence);
    expect(cancellation.text).not.toContain('weg@example.nl');
    expect(cancellation.text).not.toContain('Joris');
    // The freed place goes out as a normal invitation; the one who left the queue gets no file.
    const promoted = calendarOf((await mailTo('wacht-eerst@example.nl'))[0]!)!;
    expect(promoted.method).toBe('PUBLISH');
    const fromQueue = await mailTo('wacht-daarna@example.nl');
    expect(fromQueue.flatMap((m) => m.attachments ?? [])).toHaveLength(0);
  });

  it('sends only the cancellation when someone moved up cancels before their place mail went', async () => {
    const meetingId = await h.createMeeting({ capacity: 1 });
    await h.signUp(meetingId, { email: 'eerst@example.nl' });
    await h.signUp(meetingId, { email: 'snel-weg@example.nl' });
    await h.drainMail();
    const firstCode = codeIn((await mailTo('eerst@example.nl'))[0]!)!;
    const laterCode = codeIn((await mailTo('snel-weg@example.nl'))[0]!)!;
    await h.clearMails();
    await h.call(null, 'POST', '/afmelding', { code: firstCode });
    // Moved up, and gone again before the worker ran.
    expect(placesOf(await h.meeting(meetingId)).confirmed).toBe(1);
    await h.call(null, 'POST', '/afmelding', { code: laterCode });
    await h.drainMail();
    const mails = await mailTo('snel-weg@example.nl');
    expect(mails.map((m) => m.subject)).toEqual(['Je bent afgemeld: Oudercafé: de overstap']);
    expect(calendarOf(mails[0]!)!.method).toBe('CANCEL');
  });
});

describe('reminders', () => {
  it('goes when due, not before, and not for people who cancelled or meetings that were cancelled', async () => {
    const meetingId = await h.createMeeting({ reminderDays: 2 });
    await h.signUp(meetingId, { email: 'blijft@example.nl' });
    await h.signUp(meetingId, { email: 'gaat@example.nl' });
    const other = await h.createMeeting({ reminderDays: 2, title: 'Gaat niet door' });
    await h.signUp(other, { email: 'geannuleerd@example.nl' });
    await h.drainMail();
    const code = codeIn((await mailTo('gaat@example.nl'))[0]!)!;
    await h.call(null, 'POST', '/afmelding', { code });
    const cancel = await h.call('anna', 'POST', `/backoffice/bijeenkomsten/${other}/annuleren`, {
      reason: 'De spreker is ziek',
    });
    expect(cancel.status).toBe(200);
    await h.drainMail();
    expect((await mailTo('geannuleerd@example.nl')).map((m) => m.subject)).toContain(
      'Gaat niet door: Gaat niet door',
    );
    await h.clearMails();

    h.setNow('2026-12-13T08:59:00Z'); // 09:59 in Amsterdam, two days before
    await h.drainMail();
    expect(await h.mails()).toHaveLength(0);
    h.setNow('2026-12-13T09:00:00Z');
    await h.drainMail();
    // Other tests' meetings on the same day send their reminders too: look at ours.
    const kept = await mailTo('blijft@example.nl');
    expect(kept.map((m) => m.subject)).toEqual(['Herinnering: Oudercafé: de overstap']);
    expect(await mailTo('gaat@example.nl')).toHaveLength(0);
    expect(await mailTo('geannuleerd@example.nl')).toHaveLength(0);
  });
});

describe('staff running a meeting', () => {
  it('shows the attendees, exports a CSV for Dutch Excel, and marks attendance after the start', async () => {
    const meetingId = await h.createMeeting({ capacity: 2 });
    await h.signUp(meetingId, {
      name: '=HYPERLINK("http://kwaad")',
      email: 'a@example.nl',
      phone: '06 12345678',
    });
    await h.signUp(meetingId, {
      name: 'Jan; de "Vries"',
      email: 'b@example.nl',
      needs: 'Tolk Arabisch',
    });
    await h.signUp(meetingId, { name: 'Wachtende', email: 'c@example.nl' });
    const detail = (await (
      await h.call('anna', 'GET', `/backoffice/bijeenkomsten/${meetingId}`)
    ).json()) as StaffMeeting;
    expect(detail.attendees.map((a) => [a.status, a.position])).toEqual([
      ['bevestigd', undefined],
      ['bevestigd', undefined],
      ['wachtlijst', 1],
    ]);
    expect(detail.input.capacity).toBe(2);

    const csv = await h.call(
      'anna',
      'GET',
      `/backoffice/bijeenkomsten/${meetingId}/deelnemers.csv`,
    );
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="deelnemers-2026-12-15-oudercafe-de-overstap.csv"',
    );
    const raw = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw).toContain('\r\n');
    const rows = parseCsv(raw, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([...csvHeaders]);
    expect(rows[1]![0]).toBe('\'=HYPERLINK("http://kwaad")');
    expect(rows[1]![2]).toBe('0612345678');
    expect(rows[2]!.slice(0, 5)).toEqual([
      'Jan; de "Vries"',
      'b@example.nl',
      '',
      '1',
      'Tolk Arabisch',
    ]);
    expect(rows[3]!.slice(5, 7)).toEqual(['Wachtlijst', '1']);
    expect(rows[1]![7]).toBe('24-11-2026 10:30');

    // Audit: who looked and who exported, never a name.
    const { Items } = await h.aws.db.send(
      new QueryCommand({
        TableName: h.aws.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'SP#steunpunt-test#AUDIT#2026-11' },
      }),
    );
    const entries = (Items ?? []).filter((e) => e.reference === meetingId);
    expect(entries.map((e) => e.action).sort()).toEqual([
      'bijeenkomst-deelnemers-bekeken',
      'bijeenkomst-deelnemers-export',
    ]);
    expect(JSON.stringify(entries)).not.toContain('example.nl');

    const first = detail.attendees[0]!.id;
    const path = `/backoffice/bijeenkomsten/${meetingId}/aanmeldingen/${first}/aanwezig`;
    expect((await h.call('anna', 'PUT', path, { attended: true })).status).toBe(409);
    h.setNow('2026-12-15T18:45:00Z');
    expect((await h.call('anna', 'PUT', path, { attended: true })).status).toBe(200);
    const after = (await (
      await h.call('anna', 'GET', `/backoffice/bijeenkomsten/${meetingId}`)
    ).json()) as StaffMeeting;
    expect(after.attendees[0]!.attended).toBe(true);
  });

  it('refuses a capacity below the places taken, and moves people up when it rises', async () => {
    const meetingId = await h.createMeeting({ capacity: 2 });
    await h.signUp(meetingId, { persons: 2 });
    await h.signUp(meetingId, { email: 'omhoog@example.nl' });
    await h.drainMail();
    const low = await h.call(
      'anna',
      'PUT',
      `/backoffice/bijeenkomsten/${meetingId}`,
      validMeeting({ capacity: 1 }),
    );
    expect(low.status).toBe(400);
    expect(((await low.json()) as { errors: unknown[] }).errors).toEqual([
      { field: 'capacity', message: 'Er zijn al 2 plaatsen bezet. Kies minstens 2 plaatsen' },
    ]);
    const key = randomUUID();
    const raise = await h.call(
      'anna',
      'PUT',
      `/backoffice/bijeenkomsten/${meetingId}`,
      validMeeting({ capacity: 4, startTime: '20:00', endTime: '21:30' }),
      key,
    );
    expect(raise.status).toBe(200);
    const body = (await raise.json()) as StaffMeeting;
    expect(body).toMatchObject({ confirmedPersons: 3, placesLeft: 1, waitingPersons: 0 });
    // The same request again changes nothing more.
    expect(
      (
        await h.call(
          'anna',
          'PUT',
          `/backoffice/bijeenkomsten/${meetingId}`,
          validMeeting({ capacity: 4, startTime: '20:00', endTime: '21:30' }),
          key,
        )
      ).status,
    ).toBe(200);
    await h.drainMail();
    // Moved up by the edit: the place mail has the new time already, no separate change mail.
    const subjects = (await mailTo('omhoog@example.nl')).map((m) => m.subject).sort();
    expect(subjects).toEqual([
      'Er is een plek voor je: Oudercafé: de overstap',
      'Je staat op de wachtlijst: Oudercafé: de overstap',
    ]);
    const changed = (await h.mails()).find(
      (m) => m.subject.startsWith('Gewijzigd') && m.attachments?.length,
    );
    const ics = Buffer.from(changed!.attachments![0]!.content, 'base64').toString('utf8');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!,
    );
    expect(event.sequence).toBe(1);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-15T19:00:00.000Z');
  });
});

describe('retention', () => {
  it('removes personal data a set time after the meeting and keeps the anonymous counts', async () => {
    const meetingId = await h.createMeeting({ capacity: 2 });
    await h.signUp(meetingId, { persons: 2, email: 'weg@example.nl' });
    await h.signUp(meetingId, { email: 'wachtend@example.nl' });
    h.setNow('2026-12-15T19:00:00Z');
    const detail = (await (
      await h.call('anna', 'GET', `/backoffice/bijeenkomsten/${meetingId}`)
    ).json()) as StaffMeeting;
    await h.call(
      'anna',
      'PUT',
      `/backoffice/bijeenkomsten/${meetingId}/aanmeldingen/${detail.attendees[0]!.id}/aanwezig`,
      { attended: true },
    );

    h.setNow('2027-01-14T19:00:00Z'); // 30 days after the end, not yet past it
    await purgeMeetings({ db: h.aws.db, tableName: h.aws.tableName, clock: h.now });
    expect(await h.attendeeItems(meetingId)).toHaveLength(2);

    h.setNow('2027-01-14T20:01:00Z');
    expect(
      (await purgeMeetings({ db: h.aws.db, tableName: h.aws.tableName, clock: h.now })).erased,
    ).toBeGreaterThanOrEqual(1);
    expect(await h.attendeeItems(meetingId)).toHaveLength(0);
    const item = await h.meeting(meetingId);
    expect(item.confirmed).toEqual({});
    expect(item.waiting).toEqual([]);
    expect(JSON.stringify(item)).not.toMatch(/example\.nl|code=/);
    const { Items } = await h.aws.db.send(
      new QueryCommand({
        TableName: h.aws.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': meetingFactPartition('steunpunt-test') },
      }),
    );
    const counts = (Items ?? []).find((i) => i.meetingId === meetingId);
    expect(counts).toMatchObject({
      tenants: ['swv-a', 'swv-b'],
      month: '2026-12',
      audience: 'ouders',
      signedUpPersons: 3,
      confirmedPersons: 2,
      attendedPersons: 2,
      cancelledPersons: 0,
      waitingAtStart: 1,
    });
    expect(JSON.stringify(counts)).not.toContain('example.nl');
    // Running again changes nothing.
    expect(
      (await purgeMeetings({ db: h.aws.db, tableName: h.aws.tableName, clock: h.now })).erased,
    ).toBe(0);
  });
});
