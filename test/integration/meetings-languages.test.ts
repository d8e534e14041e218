/**
 * The Oudercafé in another language, through the routes on dynalite and the local SES
 * (issue #14): a sign-up's field errors come back in the form's language (the catalog's
 * words, not the Dutch ones), an unknown language is Dutch and never a 5xx, and every mail
 * to a parent goes in the language they signed up in: Turkish left to right, Arabic right
 * to left, the staff's Dutch title marked as Dutch, the cancel link to the page in that
 * language.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fieldMessages, fill } from '../../functions/core/field-messages.ts';
import { meetingAnswers, signUpMessages } from '../../functions/meetings/meeting-messages.ts';
import { meetingMailTexts } from '../../functions/meetings/meeting-mail-texts.ts';
import { maxPersons } from '../../functions/meetings/meeting-schema.ts';
import {
  siteOrigin,
  startMeetingHarness,
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

const title = 'Oudercafé: de overstap';
const mailTo = async (email: string) =>
  (await h.mails()).filter((m) => m.destination.to.join().includes(email));
const codeIn = (mail: CaughtRawMail, lang: string) => {
  const match = new RegExp(`/${lang}/swv-a/oudercafe/afmelden/\\?code=([A-Za-z0-9._%-]+)`).exec(
    mail.body.text ?? '',
  );
  return match ? decodeURIComponent(match[1]!) : undefined;
};
const errorsOf = async (response: Response) =>
  ((await response.json()) as { errors: { field: string; message: string }[] }).errors;

describe('field errors in the language of the form', () => {
  const wrong = { name: '', email: 'geen-adres', persons: 9, consent: false };

  it.each(['tr', 'ar'] as const)('answers a sign-up in %s with its own words', async (lang) => {
    const meetingId = await h.createMeeting();
    const response = await h.signUp(meetingId, { ...wrong, lang });
    expect(response.status).toBe(400);
    const body = (await response.clone().json()) as { message: string };
    expect(body.message).toBe(meetingAnswers[lang].invalidInput);
    const errors = await errorsOf(response);
    expect(errors).toEqual([
      { field: 'name', message: signUpMessages[lang].nameMissing },
      { field: 'email', message: fieldMessages[lang].email },
      { field: 'persons', message: fill(signUpMessages[lang].personsRange, { max: maxPersons }) },
      { field: 'consent', message: fieldMessages[lang].consent },
    ]);
    const dutch = await errorsOf(await h.signUp(meetingId, wrong));
    errors.forEach((error, index) => expect(error.message).not.toBe(dutch[index]!.message));
  });

  it('reads an unknown or odd language as Dutch, never as a server error', async () => {
    const meetingId = await h.createMeeting();
    for (const lang of ['xx', 42, null, '']) {
      const response = await h.signUp(meetingId, { ...wrong, lang });
      expect(response.status).toBe(400);
      expect((await errorsOf(response))[0]!.message).toBe(signUpMessages.nl.nameMissing);
    }
    const placed = await h.signUp(meetingId, { lang: 'xx' });
    expect(placed.status).toBe(201);
  });

  it('answers the cancel link in the language of its page', async () => {
    const bad = await h.call(null, 'POST', '/afmelding', { code: 'kort', lang: 'tr' });
    expect(bad.status).toBe(400);
    expect((await errorsOf(bad))[0]!.message).toBe(signUpMessages.tr.cancelCode);
    const unknown = await h.call(null, 'POST', '/afmelding', {
      code: 'a'.repeat(12) + '.' + 'b'.repeat(12) + '.' + 'c'.repeat(12),
      lang: 'ar',
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toBe(
      meetingAnswers.ar.unknownCode,
    );
    const lookup = await h.call(null, 'GET', '/afmelding?code=fout.fout.fout&lang=tr');
    expect(lookup.status).toBe(404);
    expect(((await lookup.json()) as { message: string }).message).toBe(
      meetingAnswers.tr.unknownCode,
    );
  });

  it('says a full waiting list in the language of the form', async () => {
    const meetingId = await h.createMeeting({ capacity: 1, waitingListMax: 0 });
    expect((await h.signUp(meetingId)).status).toBe(201);
    const full = await h.signUp(meetingId, { lang: 'tr' });
    expect(full.status).toBe(409);
    const { message } = (await full.json()) as { message: string };
    expect(message.startsWith(meetingAnswers.tr.waitingFull)).toBe(true);
    await h.drainMail();
  });
});

describe('mails in the language the parent signed up in', () => {
  it('writes to a Turkish parent in Turkish, from the waiting list to the place, reminder and cancellation', async () => {
    const tr = meetingMailTexts.tr;
    const meetingId = await h.createMeeting({ capacity: 1, reminderDays: 2 });
    await h.signUp(meetingId, { email: 'eerst@example.nl' });
    const waiting = await h.signUp(meetingId, {
      name: 'Elif Kaya',
      email: 'elif@example.nl',
      lang: 'tr',
    });
    expect(await waiting.json()).toMatchObject({ status: 'wachtlijst', position: 1 });
    const attendee = (await h.attendeeItems(meetingId)).find(
      (item) => (item.personal as { email: string }).email === 'elif@example.nl',
    );
    expect(attendee?.language).toBe('tr');
    // Staff see the language on the attendee list (a Dutch sign-up has none).
    const detail = (await (
      await h.call('anna', 'GET', `/backoffice/bijeenkomsten/${meetingId}`)
    ).json()) as { attendees: { email: string; language?: string }[] };
    expect(detail.attendees.map((a) => [a.email, a.language])).toEqual([
      ['eerst@example.nl', undefined],
      ['elif@example.nl', 'tr'],
    ]);
    await h.drainMail();

    const [waitMail] = await mailTo('elif@example.nl');
    expect(waitMail!.subject).toBe(fill(tr.waitingSubject, { title }));
    expect(waitMail!.body.text).toContain('Merhaba Elif Kaya,');
    expect(waitMail!.body.text).toContain('15 Aralık 2026 Salı, 19:30–21:00');
    expect(waitMail!.body.text).toContain(`${siteOrigin}/tr/swv-a/oudercafe/afmelden/?code=`);
    expect(waitMail!.body.html).toContain('<html lang="tr" dir="ltr">');
    expect(waitMail!.body.html).toContain(`<span lang="nl">${title}</span>`);
    expect(waitMail!.body.text).not.toContain('wachtlijst');
    const turkishCode = codeIn(waitMail!, 'tr')!;

    // The Dutch parent cancels: the Turkish one moves up, told in Turkish.
    const dutchMail = (await mailTo('eerst@example.nl'))[0]!;
    const dutchCode = /afmelden\/\?code=([A-Za-z0-9._%-]+)/.exec(dutchMail.body.text ?? '')![1]!;
    expect(dutchMail.body.html).toContain('<html lang="nl" dir="ltr">');
    await h.call(null, 'POST', '/afmelding', { code: decodeURIComponent(dutchCode) });
    await h.drainMail();
    const promoted = (await mailTo('elif@example.nl')).find(
      (m) => m.subject === fill(tr.promotedSubject, { title }),
    );
    expect(promoted?.body.text).toContain(tr.calendarAttached);
    expect(promoted?.attachments?.[0]?.filename).toBe('bijeenkomst.ics');
    await h.clearMails();

    h.setNow('2026-12-13T09:00:00Z'); // 10:00 in Amsterdam, two days before
    await h.drainMail();
    const reminder = (await mailTo('elif@example.nl')).map((m) => m.subject);
    expect(reminder).toEqual([fill(tr.reminderSubject, { title })]);

    // She cancels in Turkish: the page's request says so, the mail is in her language.
    const cancel = await h.call(null, 'POST', '/afmelding', { code: turkishCode, lang: 'tr' });
    expect(await cancel.json()).toEqual({ status: 'afgemeld' });
    await h.drainMail();
    const left = (await mailTo('elif@example.nl')).find(
      (m) => m.subject === fill(tr.leftSubject, { title }),
    );
    expect(left?.body.text).toContain(tr.leftCalendar);
  });

  it('writes to an Arabic parent in Arabic, right to left, with Latin digits', async () => {
    const ar = meetingMailTexts.ar;
    const meetingId = await h.createMeeting({ reminderDays: 2, title: 'Ouderavond' });
    const response = await h.signUp(meetingId, {
      name: 'Amal Haddad',
      email: 'amal@example.nl',
      persons: 2,
      lang: 'ar',
    });
    expect(response.status).toBe(201);
    await h.drainMail();
    const [confirmed] = await mailTo('amal@example.nl');
    expect(confirmed!.subject).toBe(fill(ar.confirmedSubject, { title: 'Ouderavond' }));
    expect(confirmed!.body.html).toContain('<html lang="ar" dir="rtl">');
    expect(confirmed!.body.html).toContain('<span lang="nl">Ouderavond</span>');
    expect(confirmed!.body.text).toContain(fill(ar.personsMany, { persons: '2' }));
    expect(confirmed!.body.text).toContain('15 ديسمبر 2026');
    expect(confirmed!.body.text).toContain('19:30–21:00');
    expect(confirmed!.body.text).not.toMatch(/[٠-٩]/);
    expect(codeIn(confirmed!, 'ar')).toBeDefined();

    // Staff cancel the meeting: the news reaches her in Arabic too.
    const cancel = await h.call(
      'anna',
      'POST',
      `/backoffice/bijeenkomsten/${meetingId}/annuleren`,
      {
        reason: 'De spreker is ziek',
      },
    );
    expect(cancel.status).toBe(200);
    await h.drainMail();
    const news = (await mailTo('amal@example.nl')).find(
      (m) => m.subject === fill(ar.cancelledSubject, { title: 'Ouderavond' }),
    );
    expect(news?.body.html).toContain('dir="rtl"');
    expect(news?.body.html).toContain('<span lang="nl">De spreker is ziek</span>');
  });
});
