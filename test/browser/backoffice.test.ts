/**
 * The back office in real Chromium against the local portal (dynalite, local SES, the mail
 * worker, the local sign-in): a medewerker handles a new question from inbox to closed,
 * with the mouse and again with the keyboard alone; a swv-lezer never reaches a case; a
 * coördinator keeps templates, reads the log and handles a person's request. Every page
 * and state is checked with axe (WCAG 2.0/2.1/2.2 A and AA).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Portal } from '../../scripts/portal.ts';
import { launchBrowser } from '../support/browser.ts';
import { signIn, signInInBrowser } from '../support/sign-in.ts';

interface DemoUser {
  id: string;
  name: string;
  role: string;
  steunpunt?: string;
  swv?: string;
}

let portal: Portal;
let browser: Browser;
let users: DemoUser[];
const logged: string[] = [];
const restoreLogs: (() => void)[] = [];

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const swv = 'po-haarlemmermeer';
const steunpunt = 'amstel-en-meer';
const templateName = 'Eerste reactie (test)';

const user = (role: string, where: { steunpunt?: string; swv?: string }) => {
  const found = users.find(
    (u) =>
      u.role === role &&
      (!where.steunpunt || u.steunpunt === where.steunpunt) &&
      (!where.swv || u.swv === where.swv),
  );
  if (!found) throw new Error(`no demo user with role ${role}`);
  return found;
};
const medewerker = () => user('medewerker', { steunpunt });
const coordinator = () => user('coordinator', { steunpunt });
const swvLezer = () => user('swv-lezer', { swv });
const beheerder = () => user('beheerder', {});

beforeAll(async () => {
  // Everything the portal logs in this run, to prove no personal data ends up there.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      logged.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof stream.write;
    restoreLogs.push(() => (stream.write = write));
  }
  portal = await startPortal({ port: 0, workerIntervalMs: 200 });
  browser = await launchBrowser();
  const response = await fetch(`${portal.url}/lokaal/idp/gebruikers`);
  users = ((await response.json()) as { users: DemoUser[] }).users;

  // A reply template of the steunpunt, as its coördinator would keep it.
  const created = await api(coordinator().id, '/api/backoffice/templates', {
    method: 'POST',
    body: {
      name: templateName,
      subject: 'Je vraag {referentie}',
      body: 'Beste {naam},\n\nDank je wel voor je vraag.\n\nGroet,\n{medewerker}\n{steunpunt}',
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBeLessThan(300);
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  for (const restore of restoreLogs) restore();
});

/** A back-office API call as a demo user, outside the browser. */
async function api(
  userId: string,
  path: string,
  options: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${portal.url}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      authorization: `Bearer ${await signIn(portal.url, userId)}`,
      'idempotency-key': crypto.randomUUID(),
      ...(options.body ? { 'content-type': 'application/json' } : {}),
    },
    ...(options.body ? { body: JSON.stringify(options.body) } : {}),
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => ({}))) as Record<string, unknown>,
  };
}

/** The case with this reference, as the medewerker's API finds it. */
async function caseOf(userId: string, reference: string) {
  const found = await api(userId, `/api/backoffice/cases/by-reference?ref=${reference}`);
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
  const response = await fetch(`${portal.url}/api/swv/${swv}/vragen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      role: 'ouder',
      topic: 'thuiszitten',
      question,
      schoolType: 'po',
      gemeente: 'Haarlemmermeer',
      name,
      contactChannel: 'email',
      email,
      phone,
      consent: true,
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport, acceptDownloads: true });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.passes.length, `axe found nothing to check on ${where}`).toBeGreaterThan(0);
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found, `axe violations on ${where}`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
}

const visible = (locator: Locator, timeout = 10_000) =>
  expect.poll(() => locator.isVisible(), { timeout }).toBe(true);

/** Waits for the outcome message of an action (they live in role="status" regions). */
async function expectOutcome(page: Page, text: string | RegExp) {
  await visible(page.getByRole('status').filter({ hasText: text }));
}

/** The real code flow: "Inloggen", the demo user on the local issuer's page, back again. */
async function signInAs(page: Page, who: DemoUser, landing: RegExp) {
  await signInInBrowser(page, portal.url, who.name, landing);
}

/**
 * Presses Tab until the locator's element has focus, or Shift+Tab when it comes before
 * the focused element (as a keyboard user goes back up the page).
 */
async function tabTo(page: Page, locator: Locator) {
  const backwards = await locator.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return Boolean(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  for (let step = 0; step < 150; step++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${locator.toString()}`);
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
    await portal.drainMail();
    const mail = (await portal.mails()).find(
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
    const page = await newPage();

    await page.goto(`${portal.url}/backoffice/`);
    await visible(page.getByRole('heading', { level: 1, name: 'Inloggen' }));
    await expectNoAxeViolations(page, 'sign-in');
    await page.locator('button[data-ready="true"]', { hasText: 'Inloggen' }).waitFor();
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    // The local issuer's page, where Cognito's managed login would be.
    await page.waitForURL(/\/lokaal\/idp\/oauth2\/authorize\?/);
    await visible(page.getByRole('heading', { level: 1, name: 'Inloggen (lokaal)' }));
    const authorizeUrl = new URL(page.url());
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('scope')).toBe('openid email profile');
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(`${portal.url}/backoffice/`);
    await expectNoAxeViolations(page, 'local issuer sign-in');
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
      'Vragen',
      'Contact registreren',
      'Bijeenkomsten',
    ]);
    const table = page.getByRole('table');
    await visible(table);
    expect(await table.locator('caption').innerText()).toMatch(/^Open vragen/);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Referentie',
      'Ontvangen',
      'Samenwerkingsverband',
      'Onderwerp',
      'Status',
      'Toegewezen aan',
      'Reactie uiterlijk',
      'Signaal',
    ]);
    // The demo questions of po-haarlemmermeer are there too, and the oldest is overdue.
    expect(await table.getByRole('row').count()).toBeGreaterThan(2);
    expect(await table.innerText()).toContain('Te laat');
    const row = table.getByRole('row').filter({ hasText: reference });
    expect(await row.innerText()).toContain('Thuiszitten, schorsing of verwijdering');
    expect(await row.innerText()).toContain('Nieuw');
    expect(await row.innerText()).toContain('Niemand');
    await expectNoAxeViolations(page, 'inbox');

    // The case page shows the question and how to reach the person.
    await openFromInbox(page, reference);
    const main = page.getByRole('main');
    expect(await main.innerText()).toContain(question);
    expect(await main.innerText()).toContain('lotte.jansen@example.nl');
    await expectNoAxeViolations(page, 'case page');

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
    await expectNoAxeViolations(page, 'case page with a form error');
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
    await expectNoAxeViolations(page, 'case page after a reply');
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
    const facts = page.getByRole('region', { name: 'Gegevens' });
    expect(await facts.innerText()).toContain('Thuiszitten of geen passende plek');

    // Close it.
    await page.getByLabel('Status', { exact: true }).selectOption('afgerond');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await expectOutcome(page, 'De status is nu Afgerond.');
    expect(await facts.innerText()).toMatch(/Status\s+Afgerond/);
    expect(await history.innerText()).toContain('Afgerond');

    // The closed question is under "Afgerond" in the inbox, not under "Open".
    await page.getByRole('link', { name: 'Terug naar de vragen' }).click();
    await visible(page.getByRole('table'));
    expect(await page.getByRole('table').innerText()).not.toContain(reference);
    await page.getByLabel('Status').selectOption('afgerond');
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL(/status=afgerond/);
    await visible(page.getByRole('link', { name: reference, exact: true }));
    const closedRow = page.getByRole('row').filter({ hasText: reference });
    expect(await closedRow.innerText()).toContain('Ja'); // the signal

    // A filter that matches nothing: the empty inbox.
    await page.goto(`${portal.url}/backoffice/vragen/?status=afgerond&topic=examen-vo&overdue=1`);
    await visible(page.getByText('Er zijn geen vragen die bij deze filters passen.'));
    await expectNoAxeViolations(page, 'empty inbox');

    // The logs of the whole run hold no name, address or free text.
    const logs = logged.join('');
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
    const page = await newPage();
    await signInAs(page, medewerker(), /\/backoffice\/vragen\/$/);
    await page.getByRole('textbox', { name: 'Zoek op referentie' }).fill('V-1999-000001');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.innerText()).toContain('Er is geen vraag met referentie V-1999-000001');
    await expectNoAxeViolations(page, 'inbox with a search error');
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
    const page = await newPage();
    await page.goto(`${portal.url}/backoffice/`);
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
    const page = await newPage({ width: 390, height: 844 });
    await signInAs(page, medewerker(), /\/backoffice\/vragen\/$/);
    await visible(page.getByRole('table'));
    await expectNoAxeViolations(page, 'inbox on a phone');
    await openFromInbox(page, reference);
    await expectNoAxeViolations(page, 'case page on a phone');
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

    const page = await newPage();
    await signInAs(page, swvLezer(), /\/backoffice\/monitor\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Monitor komt binnenkort' }));
    expect(await page.getByRole('banner').innerText()).toContain('Lezer samenwerkingsverband');
    await expectNoAxeViolations(page, 'monitor (swv-lezer)');

    for (const path of ['/backoffice/vragen/', casePath]) {
      await page.goto(`${portal.url}${path}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
      expect(await page.getByRole('main').innerText()).not.toContain(reference);
      await expectNoAxeViolations(page, `${path} (swv-lezer)`);
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
    const page = await newPage();
    await signInAs(page, beheerder(), /\/backoffice\/beheer\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Organisaties' }));
    await expectNoAxeViolations(page, 'beheer');
    await page.goto(`${portal.url}/backoffice/vragen/`);
    await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
  });

  it('sends anyone without a valid session to the sign-in page, with the reason', async () => {
    const page = await newPage();
    await page.goto(`${portal.url}/backoffice/vragen/`);
    await page.waitForURL(/\/backoffice\/$/);
    await visible(page.getByText('Log in om de backoffice te gebruiken.'));

    // A token the API refuses (here: a forged one) ends the session the same way.
    await page.evaluate(() =>
      sessionStorage.setItem(
        'backoffice.token',
        JSON.stringify({ idToken: 'niet.een.token', expiresAt: Date.now() + 60_000 }),
      ),
    );
    await page.goto(`${portal.url}/backoffice/vragen/`);
    await page.waitForURL(/\/backoffice\/$/);
    await visible(page.getByText('Je bent niet meer ingelogd. Log opnieuw in.'));

    await signInAs(page, medewerker(), /\/backoffice\/vragen\/$/);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/backoffice\/$/);
    await visible(page.getByText('Je bent uitgelogd.'));
    expect(await page.evaluate(() => sessionStorage.getItem('backoffice.token'))).toBeNull();
  });

  it('refuses a code that comes back with a state of another sign-in', async () => {
    const page = await newPage();
    await page.goto(`${portal.url}/backoffice/`);
    await page.locator('button[data-ready="true"]', { hasText: 'Inloggen' }).waitFor();
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(/\/lokaal\/idp\/oauth2\/authorize\?/);
    // Someone else's answer (a forged link) arrives instead of this sign-in's.
    await page.goto(`${portal.url}/backoffice/?code=verzonnen&state=van-een-ander`);
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.innerText()).toContain('dit antwoord hoort niet bij je inlogpoging');
    expect(await page.evaluate(() => sessionStorage.getItem('backoffice.token'))).toBeNull();
    await expectNoAxeViolations(page, 'sign-in with a refused answer');

    // The issuer's page with a request it does not accept says so in Dutch, accessibly.
    await page.goto(`${portal.url}/lokaal/idp/oauth2/authorize?response_type=token`);
    await visible(page.getByRole('heading', { level: 1, name: 'Inloggen lukt niet' }));
    await expectNoAxeViolations(page, 'local issuer refusing a request');
  });

  it('shows a medewerker that the coördinator pages are not for them', async () => {
    const page = await newPage();
    await signInAs(page, medewerker(), /\/backoffice\/vragen\/$/);
    for (const path of [
      '/backoffice/sjablonen/',
      '/backoffice/logboek/',
      '/backoffice/personen/',
      '/backoffice/instellingen/',
    ]) {
      await page.goto(`${portal.url}${path}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
    }
  });
});

describe('back office: a coördinator', () => {
  it('registers a phone call as a new case, after fixing mistakes', async () => {
    const page = await newPage();
    await signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await page.getByRole('link', { name: 'Contact registreren' }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: 'Contact registreren' }));
    expect(
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents(),
    ).toEqual([
      'Vragen',
      'Contact registreren',
      'Bijeenkomsten',
      'Sjablonen',
      'Onderwerpen',
      'Logboek',
      'Personen',
      'Instellingen',
    ]);
    await expectNoAxeViolations(page, 'contact form');

    await page.getByRole('button', { name: 'Contact registreren' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(5);
    await expectNoAxeViolations(page, 'contact form with errors');

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
    await expectNoAxeViolations(page, 'contact registered');
    await page.getByRole('link', { name: `Open de vraag ${reference}` }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));
    expect(await page.getByRole('region', { name: 'Gegevens' }).innerText()).toContain('Telefoon');
  });

  it('assigns a question to a colleague', async () => {
    // A medewerker is known to the portal (and can be chosen) once they have signed in.
    expect((await api(medewerker().id, '/api/backoffice/me')).status).toBe(200);
    const reference = await askQuestion(
      'Vera',
      'vera@example.nl',
      'Kan mijn kind naar een andere school als het hier niet lukt?',
    );
    const page = await newPage();
    await signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await openFromInbox(page, reference);
    await page.getByLabel('Toewijzen aan een collega').selectOption({ label: medewerker().name });
    await page.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    await expectOutcome(page, `De vraag is toegewezen aan ${medewerker().name}.`);
    expect(await page.getByRole('region', { name: 'Gegevens' }).innerText()).toContain(
      medewerker().name,
    );

    // The inbox filtered on that colleague lists it.
    await page.goto(`${portal.url}/backoffice/vragen/?assignee=${medewerker().id}`);
    await visible(page.getByRole('link', { name: reference, exact: true }));
    expect(await page.getByLabel('Toegewezen aan', { exact: true }).inputValue()).toBe(
      medewerker().id,
    );
  });

  it('adds, changes and deletes a reply template', async () => {
    const page = await newPage();
    await signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await page.getByRole('link', { name: 'Sjablonen' }).click();
    await visible(page.getByRole('rowheader', { name: templateName }));
    await expectNoAxeViolations(page, 'templates');

    await page.getByRole('button', { name: 'Sjabloon toevoegen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.getByRole('link').allTextContents()).toContain(
      'Geef het sjabloon een naam',
    );
    await expectNoAxeViolations(page, 'templates with errors');

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
    await expectNoAxeViolations(page, 'templates, delete confirmation');
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
    const viewed = await api(
      medewerker().id,
      `/api/backoffice/cases/${swv}/${encodeURIComponent(caseId)}`,
    );
    expect(viewed.status).toBe(200);

    const page = await newPage();
    await signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await page.getByRole('link', { name: 'Logboek' }).click();
    const table = page.getByRole('table');
    await visible(table);
    expect(await table.locator('caption').innerText()).toMatch(/^Logboek van /);
    const viewedRow = table.getByRole('row').filter({ hasText: reference });
    expect(await viewedRow.first().innerText()).toContain('Vraag bekeken');
    expect(await viewedRow.first().innerText()).toContain(medewerker().name);
    await expectNoAxeViolations(page, 'logboek');
  });

  it("handles a person's request: find, download, and erase after closing", async () => {
    const email = 'mila.dekker@example.nl';
    const reference = await askQuestion(
      'Mila Dekker',
      email,
      'Welke school past bij mijn kind met autisme?',
      '06 11223344',
    );
    const page = await newPage();
    await signInAs(page, coordinator(), /\/backoffice\/vragen\/$/);
    await page.getByRole('link', { name: 'Personen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Personen' }));
    await expectNoAxeViolations(page, 'personen');

    await page.getByRole('button', { name: 'Zoeken' }).click();
    await visible(
      page
        .getByRole('alert')
        .filter({ hasText: 'Vul het e-mailadres of het telefoonnummer van de persoon in' }),
    );
    await expectNoAxeViolations(page, 'personen with an error');

    const phoneField = page.getByLabel('Telefoonnummer van de persoon');
    await phoneField.fill('06 1122');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await visible(
      page.getByRole('alert').filter({ hasText: 'Vul een telefoonnummer in zoals 06 12345678' }),
    );
    expect(await phoneField.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'personen with a wrong phone number');

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
    await expectNoAxeViolations(page, 'personen with results');

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
    await expectNoAxeViolations(page, 'personen, erase confirmation');
    await page.getByRole('button', { name: 'Ja, verwijder de gegevens' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.innerText()).toContain(reference);

    // Closed, it goes.
    const { caseId } = await caseOf(coordinator().id, reference);
    const casePath = `/api/backoffice/cases/${swv}/${encodeURIComponent(caseId)}`;
    const detail = await api(coordinator().id, casePath);
    const closed = await api(coordinator().id, `${casePath}/status`, {
      method: 'POST',
      body: { status: 'afgerond', version: detail.body.version },
    });
    expect(closed.status).toBeLessThan(300);
    await page.getByRole('button', { name: 'Gegevens verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijder de gegevens' }).click();
    await expectOutcome(page, 'De persoonsgegevens bij 1 vraag zijn verwijderd.');
    await expectNoAxeViolations(page, 'personen, erased');

    await page.getByRole('link', { name: reference, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('De persoonsgegevens van deze vraag zijn verwijderd');
    expect(main).not.toContain(email);
  });
});
