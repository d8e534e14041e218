/**
 * The back office in real Chromium against the local portal (dynalite, local SES, the mail
 * worker, the local sign-in): a medewerker handles a new question from inbox to closed,
 * with the mouse and again with the keyboard alone; a swv-lezer never reaches a case; a
 * coördinator keeps templates, reads the log and handles a person's request. Every page
 * and state is checked with axe (WCAG 2.0/2.1/2.2 A and AA).
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectOutcome,
  PortalSite,
  phone,
  tabTo,
  visible,
} from '../support/portal-site.ts';

const swv = 'po-haarlemmermeer';
const steunpunt = 'amstel-en-meer';
const templateName = 'Eerste reactie (test)';

// Everything the portal logs in this run, to prove no personal data ends up there.
const site = new PortalSite({ workerIntervalMs: 200, captureLogs: true });
const medewerker = () => site.userWithRole('medewerker', { steunpunt });
const coordinator = () => site.userWithRole('coordinator', { steunpunt });
const swvLezer = () => site.userWithRole('swv-lezer', { swv });
const beheerder = () => site.userWithRole('beheerder', {});

beforeAll(async () => {
  await site.start();

  // A reply template of the steunpunt, as its coördinator would keep it.
  const created = await site.api(coordinator().id, '/api/backoffice/templates', {
    method: 'POST',
    body: {
      name: templateName,
      subject: 'Je vraag {referentie}',
      body: 'Beste {naam},\n\nDank je wel voor je vraag.\n\nGroet,\n{medewerker}\n{steunpunt}',
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBeLessThan(300);
});

afterAll(() => site.stop());

/** The case with this reference, as the medewerker's API finds it. */
async function caseOf(userId: string, reference: string) {
  const found = await site.api(userId, `/api/backoffice/cases/by-reference?ref=${reference}`);
  expect(found.status).toBe(200);
  const items = found.body.items as { tenant: string; caseId: string }[];
  expect(items).toHaveLength(1);
  return items[0]!;
}

/** A new question on the public site's API, as a parent sends it. */
async function askQuestion(
  name: string,
  email: string,
  question: string,
  phone = '',
): Promise<string> {
  return site.askQuestion(swv, { name, email, question, phone });
}

/** Picks an option of a focused select with the arrow keys. */
async function arrowTo(page: Page, select: Locator, value: string) {
  for (let step = 0; step < 20 && (await select.inputValue()) !== value; step++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await select.inputValue()).toBe(value);
}

async function openFromInbox(page: Page, reference: string) {
  const link = page.getByRole('link', { name: reference, exact: true });
  await visible(link);
  await link.click();
  await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));
}

/** The mail to `to` whose subject holds `subjectPart` (the reply, not the confirmation). */
async function waitForMail(subjectPart: string, to: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    await site.portal.drainMail();
    const mail = (await site.portal.mails()).find(
      (m) => m.subject.includes(subjectPart) && m.destination.to.includes(to),
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail "${subjectPart}" to ${to}`);
}

describe('back office: a medewerker handles a question', () => {
  it('takes a new question from the inbox, notes, replies, signals and closes it', async () => {
    const question = 'Mijn dochter zit al een maand thuis. De school vindt geen plek voor haar.';
    const reference = await askQuestion('Lotte Jansen', 'lotte.jansen@example.nl', question);
    const page = await site.newPage();

    await page.goto(`${site.url}/backoffice/`);
    await visible(page.getByRole('heading', { level: 1, name: 'Inloggen' }));
    await expectNoAxeViolations(page, 'sign-in', { lang: 'nl' });
    await page.locator('button[data-ready="true"]', { hasText: 'Inloggen' }).waitFor();
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    // The local issuer's page, where Cognito's managed login would be.
    await page.waitForURL(/\/lokaal\/idp\/oauth2\/authorize\?/);
    await visible(page.getByRole('heading', { level: 1, name: 'Inloggen (lokaal)' }));
    const authorizeUrl = new URL(page.url());
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('scope')).toBe('openid email profile');
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(`${site.url}/backoffice/`);
    await expectNoAxeViolations(page, 'local issuer sign-in', { lang: 'nl' });
    await page.getByRole('button', { name: `Log in als ${medewerker().name}` }).click();
    await page.waitForURL(/\/backoffice\/vragen\/$/);
    // The one-time code is off the address bar and out of the history entry.
    expect(page.url()).not.toContain('code=');

    // The inbox: the header says who is signed in; open questions, newest first.
    const header = page.getByRole('banner');
    await visible(header.getByText(medewerker().name));
    expect(await header.innerText()).toContain('Medewerker');
    expect(await header.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Vragen en meldingen',
      'Contact registreren',
      'Bijeenkomsten',
    ]);
    const table = page.getByRole('table');
    await visible(table);
    expect(await table.locator('caption').innerText()).toMatch(/^Open vragen en meldingen/);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Referentie',
      'Ontvangen',
      'Samenwerkingsverband',
      // Two kinds are declared (question, complaint): the column shows.
      'Soort',
      'Onderwerp',
      // The language of the form and the tolk wish (issue #14).
      'Taal en tolk',
      'Status',
      'Toegewezen aan',
      'Reactie uiterlijk',
      // The complaint kind has filing deadlines: the column shows.
      'Termijn',
      'Signaal',
    ]);
    // The demo questions of po-haarlemmermeer are there too, and the oldest is overdue.
    expect(await table.getByRole('row').count()).toBeGreaterThan(2);
    expect(await table.innerText()).toContain('Te laat');
    const row = table.getByRole('row').filter({ hasText: reference });
    expect(await row.innerText()).toContain('Thuiszitten, schorsing of verwijdering');
    expect(await row.innerText()).toContain('Nieuw');
    expect(await row.innerText()).toContain('Niemand');
    await expectNoAxeViolations(page, 'inbox', { lang: 'nl' });

    // The case page shows the question and how to reach the person.
    await openFromInbox(page, reference);
    const main = page.getByRole('main');
    expect(await main.innerText()).toContain(question);
    expect(await main.innerText()).toContain('lotte.jansen@example.nl');
    await expectNoAxeViolations(page, 'case page', { lang: 'nl' });

    // Take it.
    await page.getByRole('button', { name: 'Neem deze vraag' }).click();
    await expectOutcome(page, 'De vraag is aan jou toegewezen.');
    expect(await main.innerText()).toContain(`${medewerker().name} (jij)`);

    // A note: first empty (the error summary), then with text.
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutoverzicht');
    await summary.getByRole('link', { name: 'Schrijf een notitie' }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await page.getByRole('textbox', { name: 'Notitie' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectNoAxeViolations(page, 'case page with a form error', { lang: 'nl' });
    const note = 'Moeder gebeld. Ze wil eerst zelf met de intern begeleider praten.';
    await page.getByRole('textbox', { name: 'Notitie' }).fill(note);
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await expectOutcome(page, 'Je notitie is toegevoegd');
    expect(await summary.count()).toBe(0);
    expect(await page.title()).not.toMatch(/^Fout: /);
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await visible(history.getByText(note));

    // Reply with the template: placeholders filled in, text still editable.
    await page.getByLabel('Sjabloon', { exact: true }).selectOption({ label: templateName });
    await page.getByRole('button', { name: 'Sjabloon gebruiken' }).click();
    const subject = page.getByLabel('Onderwerp', { exact: true });
    await expect.poll(() => subject.inputValue()).toBe(`Je vraag ${reference}`);
    const body = page.getByLabel('Bericht');
    const filled = await body.inputValue();
    expect(filled).toContain('Beste Lotte Jansen,');
    expect(filled).toContain(medewerker().name);
    expect(filled).not.toMatch(/\{(naam|referentie|steunpunt|medewerker)\}/);
    const extra = 'Ik bel je morgen om samen te kijken wat de school kan doen.';
    await body.fill(
      filled.replace('Dank je wel voor je vraag.', `Dank je wel voor je vraag. ${extra}`),
    );
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expectOutcome(page, 'Je antwoord is verstuurd naar lotte.jansen@example.nl');
    await expectNoAxeViolations(page, 'case page after a reply', { lang: 'nl' });
    const mail = await waitForMail(`Je vraag ${reference}`, 'lotte.jansen@example.nl');
    expect(mail.subject).toContain(`Je vraag ${reference}`);
    expect(mail.body.text).toContain(extra);
    expect(mail.body.text).toContain('Beste Lotte Jansen,');

    // A signal for the SWV's monitor.
    await page.getByRole('checkbox', { name: /signaal voor het samenwerkingsverband/ }).check();
    await page.getByLabel('Categorie').selectOption('thuiszitten');
    await page
      .getByLabel('Korte omschrijving (niet verplicht)')
      .fill('Lange wachttijd voor een plek in het speciaal onderwijs.');
    await page.getByRole('button', { name: 'Signaal opslaan' }).click();
    await expectOutcome(page, 'Het signaal is opgeslagen.');
    // The text waits for a coördinator before the SWV reads it (four eyes).
    await visible(
      page.getByText('Een coördinator heeft de tekst nog niet beoordeeld.', { exact: false }),
    );
    const facts = page.getByRole('region', { name: 'Gegevens' });
    expect(await facts.innerText()).toContain('Thuiszitten of geen passende plek');

    // Close it.
    await page.getByLabel('Status', { exact: true }).selectOption('afgerond');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await expectOutcome(page, 'De status is nu Afgerond.');
    expect(await facts.innerText()).toMatch(/Status\s+Afgerond/);
    expect(await history.innerText()).toContain('Afgerond');

    // The closed question is under "Afgerond" in the inbox, not under "Open".
    await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await visible(page.getByRole('table'));
    expect(await page.getByRole('table').innerText()).not.toContain(reference);
    await page.getByLabel('Status').selectOption('afgerond');
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL(/status=afgerond/);
    await visible(page.getByRole('link', { name: reference, exact: true }));
    const closedRow = page.getByRole('row').filter({ hasText: reference });
    expect(await closedRow.innerText()).toContain('Ja'); // the signal

    // A filter that matches nothing: the empty inbox.
    await page.goto(`${site.url}/backoffice/vragen/?status=afgerond&topic=examen-vo&overdue=1`);
    await visible(page.getByText('Er zijn geen vragen of meldingen die bij deze filters passen.'));
    await expectNoAxeViolations(page, 'empty inbox', { lang: 'nl' });

    // The logs of the whole run hold no name, address or free text.
    const logs = site.logs.text();
    for (const secret of [
      'Lotte',
      'lotte.jansen',
      question.slice(0, 30),
      note.slice(0, 30),
      extra,
    ]) {
      expect(logs).not.toContain(secret);
    }
  });

  it('finds a question by its reference, and says so when there is none', async () => {
    const reference = await askQuestion(
      'Sem',
      'sem@example.nl',
      'Mag mijn zoon een dag minder naar school?',
    );
    const page = await site.newPage();
    await site.signInAs(page, medewerker(), /\/backoffice\/vragen\/$/);
    await page.getByRole('textbox', { name: 'Zoek op referentie' }).fill('V-1999-000001');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.innerText()).toContain('Er is geen vraag met referentie V-1999-000001');
    await expectNoAxeViolations(page, 'inbox with a search error', { lang: 'nl' });
    await page.getByRole('textbox', { name: 'Zoek op referentie' }).fill(reference.toLowerCase());
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));
  });

  it('can be done with the keyboard alone', async () => {
    const reference = await askQuestion(
      'Noor Visser',
      'noor.visser@example.nl',
      'Mijn zoon krijgt geen extra tijd bij toetsen. Wat kan ik doen?',
    );
    const page = await site.newPage();
    await page.goto(`${site.url}/backoffice/`);
    const signInButton = page.getByRole('button', { name: 'Inloggen', exact: true });
    await visible(signInButton);
    await page.locator('button[data-ready="true"]', { hasText: 'Inloggen' }).waitFor();
    await tabTo(page, signInButton);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lokaal\/idp\/oauth2\/authorize\?/);
    const userButton = page.getByRole('button', { name: `Log in als ${medewerker().name}` });
    await tabTo(page, userButton);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/backoffice\/vragen\/$/);

    // The skip link is the first stop and leads to the main content.
    await visible(page.getByRole('table'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Ga direct naar de inhoud',
    );
    const caseLink = page.getByRole('link', { name: reference, exact: true });
    await tabTo(page, caseLink);
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));

    await tabTo(page, page.getByRole('button', { name: 'Neem deze vraag' }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'De vraag is aan jou toegewezen.');

    await tabTo(page, page.getByRole('textbox', { name: 'Notitie' }));
    await page.keyboard.type('Teruggebeld en uitgelegd wat de school moet doen.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Notitie toevoegen',
    );
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'Je notitie is toegevoegd');

    const template = page.getByLabel('Sjabloon', { exact: true });
    await tabTo(page, template);
    const templateId = await template
      .locator('option', { hasText: templateName })
      .getAttribute('value');
    await arrowTo(page, template, templateId!);
    await tabTo(page, page.getByRole('button', { name: 'Sjabloon gebruiken' }));
    await page.keyboard.press('Enter');
    // The filled-in subject gets focus, so the writer can check it right away.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value))
      .toBe(`Je vraag ${reference}`);
    await tabTo(page, page.getByRole('button', { name: 'Antwoord versturen' }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'Je antwoord is verstuurd naar noor.visser@example.nl');

    await tabTo(
      page,
      page.getByRole('checkbox', { name: /signaal voor het samenwerkingsverband/ }),
    );
    await page.keyboard.press('Space');
    const category = page.getByLabel('Categorie');
    await tabTo(page, category);
    await arrowTo(page, category, 'ondersteuning-school');
    await tabTo(page, page.getByRole('button', { name: 'Signaal opslaan' }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'Het signaal is opgeslagen.');

    const status = page.getByLabel('Status', { exact: true });
    await tabTo(page, status);
    await arrowTo(page, status, 'afgerond');
    await tabTo(page, page.getByRole('button', { name: 'Status wijzigen' }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'De status is nu Afgerond.');
    await waitForMail(`Je vraag ${reference}`, 'noor.visser@example.nl');
  });
});

describe('back office: on a phone', () => {
  it('shows the inbox and a case without axe violations', async () => {
    const reference = await askQuestion(
      'Jesse',
      'jesse@example.nl',
      'Wie betaalt het vervoer naar de speciale school van mijn zoon?',
    );
    const page = await site.newPage({ viewport: phone });
    await site.signInAs(page, medewerker(), /\/backoffice\/vragen\/$/);
    await visible(page.getByRole('table'));
    await expectNoAxeViolations(page, 'inbox on a phone', { lang: 'nl' });
    await openFromInbox(page, reference);
    await expectNoAxeViolations(page, 'case page on a phone', { lang: 'nl' });
  });
});

describe('back office: who sees what', () => {
  it('keeps a swv-lezer away from the inbox and every case', async () => {
    const reference = await askQuestion(
      'Daan',
      'daan@example.nl',
      'Hoe vraag ik een TLV aan voor mijn kind?',
    );
    const { caseId } = await caseOf(medewerker().id, reference);
    const casePath = `/backoffice/vraag/?swv=${swv}&id=${encodeURIComponent(caseId)}`;

    const page = await site.newPage();
    await site.signInAs(page, swvLezer(), /\/backoffice\/monitor\/$/);
    await visible(page.getByRole('heading', { level: 1, name: /^Monitor / }));
    expect(await page.getByRole('banner').innerText()).toContain('Lezer samenwerkingsverband');
    await expectNoAxeViolations(page, 'monitor (swv-lezer)', { lang: 'nl' });

    for (const path of ['/backoffice/vragen/', casePath]) {
      await page.goto(`${site.url}${path}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
      expect(await page.getByRole('main').innerText()).not.toContain(reference);
      await expectNoAxeViolations(page, `${path} (swv-lezer)`, { lang: 'nl' });
    }

    // The API says no as well, with the token the browser holds.
    const statuses = await page.evaluate(
      async ([caseUrl, referenceUrl]) => {
        const token = (
          JSON.parse(sessionStorage.getItem('backoffice.token')!) as { idToken: string }
        ).idToken;
        const headers = { authorization: `Bearer ${token}` };
        return Promise.all(
          ['/api/backoffice/cases?status=open', caseUrl!, referenceUrl!].map(
            async (url) => (await fetch(url, { headers })).status,
          ),
        );
      },
      [
        `/api/backoffice/cases/${swv}/${encodeURIComponent(caseId)}`,
        `/api/backoffice/cases/by-reference?ref=${reference}`,
      ],
    );
    expect(statuses).toEqual([403, 403, 403]);
  });

  it('gives a beheerder no cases either', async () => {
    const page = await site.newPage();
    await site.signInAs(page, beheerder(), /\/backoffice\/beheer\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Organisaties' }));
    await expectNoAxeViolations(page, 'beheer', { lang: 'nl' });
    await page.goto(`${site.url}/backoffice/vragen/`);
    await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
  });

  it('sends anyone without a valid session to the sign-in page, with the reason', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/backoffice/vragen/`);
    await page.waitForURL(/\/backoffice\/$/);
    await visible(page.getByText('Log in om de backoffice te gebruiken.'));

    // A token the API refuses (here: a forged one) ends the session the same way.
    await page.evaluate(() =>
      sessionStorage.setItem(
        'backoffice.token',
        JSON.stringify({ idToken: 'niet.een.token', expiresAt: Date.now() + 60_000 }),
      ),
    );
    await page.goto(`${site.url}/backoffice/vragen/`);
    await page.waitForURL(/\/backoffice\/$/);
    await visible(page.getByText('Je bent niet meer ingelogd. Log opnieuw in.'));

    await site.signInAs(page, medewerker(), /\/backoffice\/vragen\/$/);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/backoffice\/$/);
    await visible(page.getByText('Je bent uitgelogd.'));
    expect(await page.evaluate(() => sessionStorage.getItem('backoffice.token'))).toBeNull();
  });

  it('refuses a code that comes back with a state of another sign-in', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/backoffice/`);
    await page.locator('button[data-ready="true"]', { hasText: 'Inloggen' }).waitFor();
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(/\/lokaal\/idp\/oauth2\/authorize\?/);
    // Someone else's answer (a forged link) arrives instead of this sign-in's.
    await page.goto(`${site.url}/backoffice/?code=verzonnen&state=van-een-ander`);
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.innerText()).toContain('dit antwoord hoort niet bij je inlogpoging');
    expect(await page.evaluate(() => sessionStorage.getItem('backoffice.token'))).toBeNull();
    await expectNoAxeViolations(page, 'sign-in with a refused answer', { lang: 'nl' });

    // The issuer's page with a request it does not accept says so in Dutch, accessibly.
    await page.goto(`${site.url}/lokaal/idp/oauth2/authorize?response_type=token`);
    await visible(page.getByRole('heading', { level: 1, name: 'Inloggen lukt niet' }));
    await expectNoAxeViolations(page, 'local issuer refusing a request', { lang: 'nl' });
  });

  it('shows a medewerker that the coördinator pages are not for them', async () => {
    const page = await site.newPage();
    await site.signInAs(page, medewerker(), /\/backoffice\/vragen\/$/);
    for (const path of [
      '/backoffice/sjablonen/',
      '/backoffice/logboek/',
      '/backoffice/personen/',
      '/backoffice/instellingen/',
    ]) {
      await page.goto(`${site.url}${path}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
    }
  });
});

describe('back office: a coördinator', () => {
  it('registers a phone call as a new case, after fixing mistakes', async () => {
    const page = await site.newPage();
    await site.signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await page.getByRole('link', { name: 'Contact registreren' }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Contact registreren' }));
    expect(
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents(),
    ).toEqual([
      'Vragen en meldingen',
      'Contact registreren',
      'Bijeenkomsten',
      'Sjablonen',
      'Onderwerpen',
      'Signalen beoordelen',
      'Logboek',
      'Personen',
      'Instellingen',
      'Contactgegevens',
      'Nog in te vullen',
      'Monitor',
      'Rapportages',
    ]);
    await expectNoAxeViolations(page, 'contact form', { lang: 'nl' });

    await page.getByRole('button', { name: 'Contact registreren' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(5);
    await expectNoAxeViolations(page, 'contact form with errors', { lang: 'nl' });

    await page.getByLabel('Samenwerkingsverband').selectOption(swv);
    await page.getByRole('radio', { name: 'Telefoon' }).check();
    await page.getByRole('radio', { name: 'Ouder of verzorger' }).check();
    await page.getByLabel('Waar gaat de vraag over?').selectOption('opp');
    await page.getByRole('radio', { name: 'Basisschool', exact: true }).check();
    await page.getByLabel('Gemeente').selectOption('Haarlemmermeer');
    await page
      .getByLabel('Waar ging het contact over?')
      .fill('Vader belde over het OPP. Uitgelegd dat hij om een gesprek mag vragen.');
    await page.getByRole('button', { name: 'Contact registreren' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Contact geregistreerd' }));
    const reference = /V-\d{4}-\d{6}/.exec(await page.getByRole('main').innerText())?.[0];
    expect(reference).toBeDefined();
    await expectNoAxeViolations(page, 'contact registered', { lang: 'nl' });
    await page.getByRole('link', { name: `Open de vraag ${reference}` }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));
    expect(await page.getByRole('region', { name: 'Gegevens' }).innerText()).toContain('Telefoon');
  });

  it('assigns a question to a colleague', async () => {
    // A medewerker is known to the portal (and can be chosen) once they have signed in.
    expect((await site.api(medewerker().id, '/api/backoffice/me')).status).toBe(200);
    const reference = await askQuestion(
      'Vera',
      'vera@example.nl',
      'Kan mijn kind naar een andere school als het hier niet lukt?',
    );
    const page = await site.newPage();
    await site.signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await openFromInbox(page, reference);
    await page.getByLabel('Toewijzen aan een collega').selectOption({ label: medewerker().name });
    await page.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    await expectOutcome(page, `De vraag is toegewezen aan ${medewerker().name}.`);
    expect(await page.getByRole('region', { name: 'Gegevens' }).innerText()).toContain(
      medewerker().name,
    );

    // The inbox filtered on that colleague lists it.
    await page.goto(`${site.url}/backoffice/vragen/?assignee=${medewerker().id}`);
    await visible(page.getByRole('link', { name: reference, exact: true }));
    expect(await page.getByLabel('Toegewezen aan', { exact: true }).inputValue()).toBe(
      medewerker().id,
    );
  });

  it('adds, changes and deletes a reply template', async () => {
    const page = await site.newPage();
    await site.signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await page.getByRole('link', { name: 'Sjablonen' }).click();
    await visible(page.getByRole('rowheader', { name: templateName }));
    await expectNoAxeViolations(page, 'templates', { lang: 'nl' });

    await page.getByRole('button', { name: 'Sjabloon toevoegen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.getByRole('link').allTextContents()).toContain(
      'Geef het sjabloon een naam',
    );
    await expectNoAxeViolations(page, 'templates with errors', { lang: 'nl' });

    await page.getByLabel('Naam', { exact: true }).fill('Doorverwijzing');
    await page.getByLabel('Onderwerp van de e-mail').fill('Over je vraag {referentie}');
    await page
      .getByLabel('Tekst van de e-mail')
      .fill('Beste {naam}, kijk ook eens bij {onbekend}.');
    await page.getByRole('button', { name: 'Sjabloon toevoegen' }).click();
    await visible(summary.getByRole('link', { name: /Gebruik alleen deze invulplekken/ }));
    await page.getByLabel('Tekst van de e-mail').fill('Beste {naam}, bel ons gerust. {medewerker}');
    await page.getByRole('button', { name: 'Sjabloon toevoegen' }).click();
    await expectOutcome(page, 'Het sjabloon "Doorverwijzing" is toegevoegd.');
    const row = page.getByRole('row').filter({ hasText: 'Doorverwijzing' });
    await visible(row);

    await row.getByRole('button', { name: /Wijzigen/ }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Doorverwijzing onderwijsconsulent');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectOutcome(page, 'is gewijzigd');
    const changed = page.getByRole('row').filter({ hasText: 'Doorverwijzing onderwijsconsulent' });
    await visible(changed);

    await changed.getByRole('button', { name: /Verwijderen/ }).click();
    await visible(page.getByRole('heading', { name: /verwijderen\?$/ }));
    await expectNoAxeViolations(page, 'templates, delete confirmation', { lang: 'nl' });
    await page.getByRole('button', { name: 'Ja, verwijder het sjabloon' }).click();
    await expectOutcome(page, 'is verwijderd');
    expect(await page.getByRole('table').innerText()).not.toContain('Doorverwijzing');
  });

  it('reads the audit log of the month', async () => {
    // Someone of the steunpunt looks at a case: that is in the log.
    const reference = await askQuestion(
      'Bo',
      'bo@example.nl',
      'Wat is een ontwikkelingsperspectief?',
    );
    const { caseId } = await caseOf(medewerker().id, reference);
    const viewed = await site.api(
      medewerker().id,
      `/api/backoffice/cases/${swv}/${encodeURIComponent(caseId)}`,
    );
    expect(viewed.status).toBe(200);

    const page = await site.newPage();
    await site.signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await page.getByRole('link', { name: 'Logboek' }).click();
    const table = page.getByRole('table');
    await visible(table);
    expect(await table.locator('caption').innerText()).toMatch(/^Logboek van /);
    const viewedRow = table.getByRole('row').filter({ hasText: reference });
    expect(await viewedRow.first().innerText()).toContain('Vraag of melding bekeken');
    expect(await viewedRow.first().innerText()).toContain(medewerker().name);
    await expectNoAxeViolations(page, 'logboek', { lang: 'nl' });
  });

  it("handles a person's request: find, download, and erase after closing", async () => {
    const email = 'mila.dekker@example.nl';
    const reference = await askQuestion(
      'Mila Dekker',
      email,
      'Welke school past bij mijn kind met autisme?',
      '06 11223344',
    );
    const page = await site.newPage();
    await site.signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await page.getByRole('link', { name: 'Personen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Personen' }));
    await expectNoAxeViolations(page, 'personen', { lang: 'nl' });

    await page.getByRole('button', { name: 'Zoeken' }).click();
    await visible(
      page
        .getByRole('alert')
        .filter({ hasText: 'Vul het e-mailadres of het telefoonnummer van de persoon in' }),
    );
    await expectNoAxeViolations(page, 'personen with an error', { lang: 'nl' });

    const phoneField = page.getByLabel('Telefoonnummer van de persoon');
    await phoneField.fill('06 1122');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await visible(
      page.getByRole('alert').filter({ hasText: 'Vul een telefoonnummer in zoals 06 12345678' }),
    );
    expect(await phoneField.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'personen with a wrong phone number', { lang: 'nl' });

    // The number typed another way than the form stored it finds the same case.
    await phoneField.fill('+31 6 1122 3344');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await visible(page.getByRole('link', { name: reference, exact: true }));
    expect(page.url()).not.toContain('1122'); // the number never goes in a URL

    // Both: the cases of either, each once.
    await page.getByLabel('E-mailadres van de persoon').fill(email);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await visible(page.getByRole('heading', { name: `Gevonden bij ${email} of +31 6 1122 3344` }));
    expect(await page.getByRole('link', { name: reference, exact: true }).count()).toBe(1);
    expect(page.url()).not.toContain('mila'); // the address never goes in a URL
    await expectNoAxeViolations(page, 'personen with results', { lang: 'nl' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gegevens downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^persoonsgegevens-.*\.json$/);
    const exported = await readFile((await download.path())!, 'utf8');
    expect(exported).toContain(reference);
    expect(exported).toContain('Welke school past bij mijn kind met autisme?');

    // An open case stops the erasure: the coördinator is told which one.
    await page.getByRole('button', { name: 'Gegevens verwijderen' }).click();
    await visible(
      page.getByRole('heading', { name: 'Weet je zeker dat je de gegevens wilt verwijderen?' }),
    );
    await expectNoAxeViolations(page, 'personen, erase confirmation', { lang: 'nl' });
    await page.getByRole('button', { name: 'Ja, verwijder de gegevens' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.innerText()).toContain(reference);

    // Closed, it goes.
    const { caseId } = await caseOf(coordinator().id, reference);
    const casePath = `/api/backoffice/cases/${swv}/${encodeURIComponent(caseId)}`;
    const detail = await site.api(coordinator().id, casePath);
    const closed = await site.api(coordinator().id, `${casePath}/status`, {
      method: 'POST',
      body: { status: 'afgerond', version: detail.body.version },
    });
    expect(closed.status).toBeLessThan(300);
    await page.getByRole('button', { name: 'Gegevens verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijder de gegevens' }).click();
    await expectOutcome(page, 'De persoonsgegevens bij 1 vraag of melding zijn verwijderd.');
    await expectNoAxeViolations(page, 'personen, erased', { lang: 'nl' });

    await page.getByRole('link', { name: reference, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('De persoonsgegevens van deze vraag zijn verwijderd');
    expect(main).not.toContain(email);
  });
});
