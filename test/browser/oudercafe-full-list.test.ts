/**
 * A meeting with no place and no room on its waiting list, in real Chromium against the
 * local portal: the agenda says so plainly with the way to reach the steunpunt and has no
 * sign-up link; the sign-up page shows the same instead of a form that could only fail;
 * a list that fills while a parent is typing is still refused by the API, in the error
 * summary, and nothing is mailed; the back office shows the list's cap. On a phone, by
 * keyboard, and axe-clean in every state.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  phone,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';
import { formProofHeaders } from '../support/form-proof.ts';

const swv = 'po-haarlemmermeer';
const steunpunt = 'amstel-en-meer';
const site = new PortalSite({ workerIntervalMs: 200 });

beforeAll(() => site.start());
afterAll(() => site.stop());

/** The date `days` from now as an Amsterdam calendar day (YYYY-MM-DD). */
const amsterdamDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** A meeting of one place and a waiting list of one, planned by the coördinator. */
async function smallMeeting(title: string, days: number): Promise<string> {
  const coordinator = site.userWithRole('coordinator', { steunpunt });
  const created = await site.api<{ meetings: { id: string }[] }>(
    coordinator.id,
    '/api/backoffice/bijeenkomsten',
    {
      method: 'POST',
      body: {
        title,
        description: 'Een kleine avond met één plek en één plek op de wachtlijst.',
        date: amsterdamDay(days),
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'plaats',
        location: 'Bibliotheek Hoofddorp',
        capacity: 1,
        waitingListMax: 1,
        audience: 'ouders',
        tenant: swv,
      },
    },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.meetings[0]!.id;
}

/** A sign-up as the form sends it, with its proof of work. */
async function signUp(meetingId: string, email: string): Promise<number> {
  const response = await fetch(
    `${site.url}/api/swv/${swv}/bijeenkomsten/${meetingId}/aanmeldingen`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
        ...(await formProofHeaders(site.url)),
      },
      body: JSON.stringify({ name: 'Een Ouder', email, persons: 1, consent: true }),
    },
  );
  return response.status;
}

async function mailsTo(address: string): Promise<number> {
  await site.portal.drainMail();
  const mails = (await site.portal.mails()) as unknown as { destination: { to: string[] } }[];
  return mails.filter((m) => m.destination.to.some((to) => to.includes(address))).length;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe('Oudercafé: a meeting whose waiting list is full too', () => {
  it('says so on the agenda and the sign-up page, with the steunpunt to reach and no form', async () => {
    const title = 'Oudercafé: helemaal vol';
    const meetingId = await smallMeeting(title, 9);
    expect(await signUp(meetingId, 'plek@example.nl')).toBe(201);
    expect(await signUp(meetingId, 'wachtlijst@example.nl')).toBe(201);

    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/${swv}/oudercafe/`);
    const card = page.locator('.meeting-card').filter({
      has: page.getByRole('heading', { name: title, exact: true }),
    });
    await visible(card);
    const text = await card.innerText();
    expect(text).toContain('Vol. Ook de wachtlijst is vol.');
    expect(text).toMatch(
      /Aanmelden kan niet meer\. Wil je toch komen, of heb je een vraag\? Neem dan contact op met .+\./,
    );
    expect(text).not.toContain('je kunt op de wachtlijst');
    // No way into a form that can only refuse.
    expect(await card.getByRole('link', { name: /Aanmelden/ }).count()).toBe(0);
    expect(await card.locator(`a[href*="${meetingId}"]`).count()).toBe(0);
    await expectNoAxeViolations(page, 'agenda with a full waiting list');

    // By keyboard to the steunpunt's contact at the foot of the page.
    const contactLink = card.getByRole('link', { name: 'Contact', exact: true });
    await tabTo(page, contactLink);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#contact$/);
    expect(await focusedId(page)).toBe('contact');
    const contact = page.getByRole('region', { name: 'Contact' });
    await visible(contact);
    expect(await contact.innerText()).toMatch(/@|Telefoon|0800/);

    // A link kept from earlier (a mail, a bookmark) shows the same, and no form.
    await page.goto(`${site.url}/${swv}/oudercafe/aanmelden/?id=${meetingId}`);
    await page.locator('[data-ready="true"]').waitFor();
    await visible(page.getByRole('heading', { level: 1, name: 'Deze bijeenkomst is vol' }));
    const main = await page.locator('main').innerText();
    expect(main).toContain('Vol. Ook de wachtlijst is vol.');
    expect(main).toMatch(/Neem dan contact op met .+\./);
    expect(main).toContain(title);
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Meld je aan|wachtlijst/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'sign-up page with a full waiting list');
    await tabTo(page, page.locator('main').getByRole('link', { name: 'Contact', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/#contact$/);
    expect(await focusedId(page)).toBe('contact');
    await tabTo(
      page,
      page.getByRole('link', { name: 'Bekijk de andere bijeenkomsten in de agenda' }),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/oudercafe\/$/);
  });

  it('refuses in the error summary when the list fills while the parent types, and mails nothing', async () => {
    const meetingId = await smallMeeting('Oudercafé: de laatste plek op de wachtlijst', 11);
    expect(await signUp(meetingId, 'eerste@example.nl')).toBe(201);

    // The parent opens the waiting-list form while one place on the list is left.
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/${swv}/oudercafe/aanmelden/?id=${meetingId}`);
    await page.locator('[data-ready="true"]').waitFor();
    await visible(page.getByRole('button', { name: 'Zet me op de wachtlijst' }));
    await tabTo(page, page.getByLabel('Je naam'));
    await page.keyboard.type('Noor Bakker');
    await tabTo(page, page.getByLabel('E-mailadres'));
    await page.keyboard.type('noor.bakker@example.nl');
    await tabTo(page, page.getByRole('checkbox', { name: /privacyverklaring/ }));
    await page.keyboard.press('Space');

    // Meanwhile someone else takes that place.
    expect(await signUp(meetingId, 'sneller@example.nl')).toBe(201);
    await tabTo(page, page.getByRole('button', { name: 'Zet me op de wachtlijst' }));
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    const text = await summary.innerText();
    expect(text).toContain('De wachtlijst is vol');
    expect(text).toMatch(/Mail dan naar .+@|Neem dan contact op met/);
    expect(await page.title()).toMatch(/^Fout: /);
    await expectNoAxeViolations(page, 'sign-up refused by a list that filled meanwhile');
    expect(await mailsTo('noor.bakker@example.nl')).toBe(0);

    // Opened again, the page says it before the form.
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await visible(page.getByRole('heading', { level: 1, name: 'Deze bijeenkomst is vol' }));
    expect(await page.locator('form').count()).toBe(0);
  });

  it('shows the staff the cap and that the list is full', async () => {
    const meetingId = await smallMeeting('Oudercafé: vol voor de medewerker', 13);
    expect(await signUp(meetingId, 'plek2@example.nl')).toBe(201);
    expect(await signUp(meetingId, 'wachtlijst2@example.nl')).toBe(201);
    const page = await site.newPage();
    await site.signInAs(page, site.userWithRole('coordinator', { steunpunt }).name);
    await page.goto(`${site.url}/backoffice/bijeenkomst/?id=${meetingId}`);
    const facts = page.getByRole('region', { name: 'Gegevens' });
    await visible(facts.getByText('Vol, wachtlijst vol'));
    const text = await facts.innerText();
    expect(text).toMatch(/Plekken op de wachtlijst\s+1 van 1 bezet/);
    await expectNoAxeViolations(page, 'back-office meeting with a full waiting list');
  });
});
