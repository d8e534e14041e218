/**
 * The Oudercafé for parents, in real Chromium against the local portal (dynalite, local
 * SES, the mail worker): a parent finds a meeting on the SWV's site and signs up (first
 * with mistakes), gets the mail with a calendar file (read by a real iCalendar parser)
 * and a cancel link; a second parent takes the last place with the keyboard alone; a
 * third lands on the waiting list; the first cancels by the link, the third gets the
 * place and a mail, and the agenda shows it. Every page and state is checked with axe.
 */
import ICAL from 'ical.js';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  phone,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';

/** A mail as the local SES keeps it; raw mails (with attachments) carry them too. */
interface Mail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string; html?: string };
  attachments?: { filename?: string; contentType?: string; content: string }[];
}

const swv = 'po-haarlemmermeer';
const steunpunt = 'amstel-en-meer';
const title = 'Oudercafé: de overstap naar de middelbare school';
const parents = {
  first: { name: 'Lotte Jansen', email: 'lotte.jansen@example.nl' },
  second: { name: 'Ahmed Yilmaz', email: 'ahmed.yilmaz@example.nl' },
  third: { name: 'Marieke de Vries', email: 'marieke.devries@example.nl' },
};

let meetingId: string;
let meetingDate: string;

/** The date `days` from now as an Amsterdam calendar day (YYYY-MM-DD). */
const amsterdamDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

const site = new PortalSite({ workerIntervalMs: 200, captureLogs: true });

beforeAll(async () => {
  await site.start();
  const coordinator = site.userWithRole('coordinator', { steunpunt });

  // The steunpunt plans a meeting with three places, as its coördinator would; sooner than
  // the demo meetings, so it is among the next three on the home page.
  meetingDate = amsterdamDay(10);
  const created = await site.api<{ meetings: { id: string }[] }>(
    coordinator.id,
    '/api/backoffice/bijeenkomsten',
    {
      method: 'POST',
      body: {
        title,
        description: 'We praten over de overstap. Andere ouders vertellen hoe het bij hen ging.',
        date: meetingDate,
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'plaats',
        location: 'Bibliotheek Hoofddorp, Raadhuisplein 1, Hoofddorp',
        capacity: 3,
        audience: 'ouders',
        tenant: swv,
        reminderDays: 2,
        repeatMonthly: 0,
      },
    },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  meetingId = created.body.meetings[0]!.id;
});

afterAll(() => site.stop());

async function mailsTo(to: string): Promise<Mail[]> {
  await site.portal.drainMail();
  return ((await site.portal.mails()) as unknown as Mail[]).filter((m) =>
    m.destination.to.some((address) => address.includes(to)),
  );
}

/** Waits until `to` has at least `count` mails; returns them, oldest first. */
async function waitForMails(to: string, count: number): Promise<Mail[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = await mailsTo(to);
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`fewer than ${count} mails to ${to}`);
}

const cancelPathIn = (mail: Mail) => {
  const match = /\/po-haarlemmermeer\/oudercafe\/afmelden\/\?code=([^\s"'<>&]+)/.exec(
    mail.body.text ?? '',
  );
  return match ? `/${swv}/oudercafe/afmelden/?code=${match[1]}` : undefined;
};

/** The meeting's card on the agenda (or the home page), once the script has filled it in. */
async function meetingCard(page: Page): Promise<Locator> {
  const card = page.locator('.meeting-card').filter({
    has: page.getByRole('heading', { name: title, exact: true }),
  });
  await visible(card);
  return card;
}

async function publicMeeting() {
  const response = await fetch(`${site.url}/api/swv/${swv}/bijeenkomsten/${meetingId}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { placesLeft: number; waitingCount: number; state: string };
}

describe('Oudercafé: a parent signs up, cancels, and the waiting list moves up', () => {
  it('takes three parents from the agenda to a booking, a waiting place and a cancellation', async () => {
    // Parent 1 finds the meeting from the SWV's home page.
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/${swv}/`);
    const next = page.getByRole('region', { name: 'Volgende bijeenkomsten' });
    await visible(next.getByRole('heading', { name: title, exact: true }));
    await expectNoAxeViolations(page, 'SWV home with the next meetings');
    await page.getByRole('link', { name: 'Oudercafé en bijeenkomsten' }).first().click();
    await page.waitForURL(/\/oudercafe\/$/);
    expect(await page.title()).toMatch(/^Oudercafé en bijeenkomsten/);
    const card = await meetingCard(page);
    const cardText = await card.innerText();
    expect(cardText).toContain('Nog 3 plekken vrij');
    expect(cardText).toContain(', 19.30–21.00 uur');
    expect(cardText).toContain('Bibliotheek Hoofddorp');
    expect(cardText).toContain('Ouders en verzorgers');
    expect(cardText).toMatch(
      /(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} [a-z]+ \d{4}, 19\.30–21\.00 uur/,
    );
    await expectNoAxeViolations(page, 'agenda');

    await card.getByRole('link', { name: /^Aanmelden – / }).click();
    await page.waitForURL(/\/oudercafe\/aanmelden\/\?id=/);
    await page.locator('[data-ready="true"]').waitFor();
    await visible(page.getByRole('heading', { level: 2, name: title, exact: true }));
    await expectNoAxeViolations(page, 'sign-up form');

    // First attempt: no name, a broken address, no consent.
    await page.getByLabel('E-mailadres').fill('lotte.jansen@');
    await page.getByRole('button', { name: 'Meld je aan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Vul je naam in',
      'Vul een e-mailadres in zoals naam@voorbeeld.nl',
      'Geef aan dat je de privacyverklaring hebt gelezen',
    ]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutoverzicht');
    await summary.getByRole('link', { name: 'Vul je naam in' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe(
      'name',
    );
    expect(await page.getByLabel('Je naam').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'sign-up form with errors');

    // Second attempt: right, for two people, with a need.
    await page.getByLabel('Je naam').fill(parents.first.name);
    await page.getByLabel('E-mailadres').fill(parents.first.email);
    await page.getByRole('radio', { name: '2 personen' }).check();
    await page.getByLabel(/Heb je iets nodig/).fill('Een tolk Arabisch graag');
    await page.getByRole('checkbox', { name: /privacyverklaring/ }).check();
    await page.getByRole('button', { name: 'Meld je aan' }).click();
    const booked = page.getByRole('heading', { level: 1, name: 'Je bent aangemeld' });
    await visible(booked);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Je bent aangemeld',
    );
    expect(await page.title()).toMatch(/^Je bent aangemeld/);
    expect(await page.locator('main').innerText()).toContain(parents.first.email);
    await expectNoAxeViolations(page, 'sign-up confirmation');
    expect((await publicMeeting()).placesLeft).toBe(1);

    // The mail: a calendar file a real parser reads, without personal data, and a cancel link.
    const [confirmation] = await waitForMails(parents.first.email, 1);
    const ics = confirmation!.attachments?.find(
      (a) => a.filename?.endsWith('.ics') || a.contentType?.startsWith('text/calendar'),
    );
    expect(ics, 'the confirmation has an .ics attachment').toBeDefined();
    const calendarText = Buffer.from(ics!.content, 'base64').toString('utf8');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(calendarText)).getFirstSubcomponent('vevent')!,
    );
    expect(event.summary).toContain('overstap');
    const start = event.startDate.toJSDate();
    expect(
      new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/Amsterdam',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(start),
    ).toBe(`${meetingDate}, 19:30`);
    expect(event.endDate.toJSDate().getTime() - start.getTime()).toBe(90 * 60_000);
    for (const secret of ['Lotte', 'lotte.jansen', 'tolk']) {
      expect(calendarText).not.toContain(secret);
    }
    const cancelPath = cancelPathIn(confirmation!);
    expect(cancelPath, 'the confirmation has a cancel link').toBeDefined();

    // Parent 2 takes the last place, with the keyboard alone.
    const second = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await second.goto(`${site.url}/${swv}/oudercafe/aanmelden/?id=${meetingId}`);
    await second.locator('[data-ready="true"]').waitFor();
    await tabTo(second, second.getByLabel('Je naam'));
    await second.keyboard.type(parents.second.name);
    await tabTo(second, second.getByLabel('E-mailadres'));
    await second.keyboard.type(parents.second.email);
    await tabTo(second, second.getByRole('checkbox', { name: /privacyverklaring/ }));
    await second.keyboard.press('Space');
    await second.keyboard.press('Tab');
    expect(await second.evaluate(() => document.activeElement?.textContent)).toBe('Meld je aan');
    await second.keyboard.press('Enter');
    await visible(second.getByRole('heading', { level: 1, name: 'Je bent aangemeld' }));
    await waitForMails(parents.second.email, 1);
    expect(await publicMeeting()).toMatchObject({ placesLeft: 0, state: 'vol' });

    // The agenda says it is full; parent 3 joins the waiting list.
    const third = await site.newPage({ viewport: phone });
    await third.goto(`${site.url}/${swv}/oudercafe/`);
    const fullCard = await meetingCard(third);
    await visible(fullCard.getByText('Vol – je kunt op de wachtlijst'));
    await expectNoAxeViolations(third, 'agenda with a full meeting');
    await fullCard.getByRole('link', { name: /^Aanmelden voor de wachtlijst – / }).click();
    await third.locator('[data-ready="true"]').waitFor();
    await third.getByLabel('Je naam').fill(parents.third.name);
    await third.getByLabel('E-mailadres').fill(parents.third.email);
    await third.getByRole('checkbox', { name: /privacyverklaring/ }).check();
    await expectNoAxeViolations(third, 'sign-up form for the waiting list');
    await third.getByRole('button', { name: 'Zet me op de wachtlijst' }).click();
    await visible(third.getByRole('heading', { level: 1, name: 'Je staat op de wachtlijst' }));
    expect(await third.locator('main').innerText()).toContain('Je bent nummer 1 op de wachtlijst');
    await expectNoAxeViolations(third, 'waiting-list confirmation');
    const waitingMails = await waitForMails(parents.third.email, 1);

    // Parent 1 opens the cancel link: opening it cancels nothing.
    await page.goto(`${site.url}${cancelPath!}`);
    await page.locator('[data-ready="true"]').waitFor();
    expect(await page.locator('main').innerText()).toContain(
      'Je bent aangemeld voor deze bijeenkomst (2 personen).',
    );
    expect(await publicMeeting()).toMatchObject({ placesLeft: 0, waitingCount: 1 });
    await expectNoAxeViolations(page, 'cancel page');
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Je bent afgemeld' }));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Je bent afgemeld');
    await expectNoAxeViolations(page, 'cancel confirmation');

    // The place goes to parent 3, who gets a mail; one place is left.
    await waitForMails(parents.third.email, waitingMails.length + 1);
    expect(await publicMeeting()).toMatchObject({ placesLeft: 1, waitingCount: 0, state: 'open' });
    await third.goto(`${site.url}/${swv}/oudercafe/`);
    await visible((await meetingCard(third)).getByText('Nog 1 plek vrij'));

    // The link again: already cancelled, no button.
    await page.goto(`${site.url}${cancelPath!}`);
    await page.locator('[data-ready="true"]').waitFor();
    await visible(page.getByText('Je bent al afgemeld voor deze bijeenkomst.'));
    expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);

    // The logs of the whole run hold no name or address.
    const logged = site.logs.text();
    for (const parent of Object.values(parents)) {
      expect(logged).not.toContain(parent.email);
      expect(logged).not.toContain(parent.name);
    }
  });

  it('says so clearly for an unknown meeting or cancel code', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/${swv}/oudercafe/aanmelden/?id=bestaatniet0000`);
    await page.locator('[data-ready="true"]').waitFor();
    await visible(
      page.getByRole('heading', { level: 1, name: 'Deze bijeenkomst is niet gevonden' }),
    );
    await expectNoAxeViolations(page, 'sign-up for an unknown meeting');

    await page.goto(`${site.url}/${swv}/oudercafe/afmelden/?code=klopt-niet-want-verzonnen-123`);
    await page.locator('[data-ready="true"]').waitFor();
    await visible(page.getByRole('heading', { level: 1, name: 'Deze afmeldlink werkt niet' }));
    await expectNoAxeViolations(page, 'cancel with an unknown code');
  });
});
