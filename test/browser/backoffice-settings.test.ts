/**
 * The coördinator's settings page in real Chromium against the local portal: a bad value
 * gets the GOV.UK error pattern, good values are saved and stay after a reload, a question
 * asked afterwards gets its first-answer deadline from the new target, the person named
 * for complaints about the steunpunt alone finds such a complaint, the address for replies
 * to such complaints is checked and kept, a medewerker is kept
 * out, and the form works with the keyboard alone. Every state is checked with axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../functions/cases/case.ts';
import type { SteunpuntSettings } from '../../functions/cases/settings.ts';
import { addWorkingDays } from '../../functions/lib/working-days.ts';
import {
  expectNoAxeViolations,
  expectOutcome,
  focusedId,
  knownDemoUser,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';

const swv = 'po-haarlemmermeer';
const settingsPath = '/backoffice/instellingen/';
const daysLabel = 'Reactietermijn (werkdagen)';
const monthsLabel = 'Bewaartermijn (maanden na afronden)';
const handlerLabel = 'Wie behandelt klachten over het steunpunt?';
const complaintsEmailLabel = 'E-mailadres voor klachten over het steunpunt (niet verplicht)';
const thresholdLabel = 'Kleinste getal dat je laat zien in de monitor';

const coordinator = knownDemoUser('ruud-coordinator');
const medewerker = knownDemoUser('sanne-medewerker');

const site = new PortalSite({ workerIntervalMs: 200 });
beforeAll(() => site.start());
afterAll(() => site.stop());

/** A new question on the public site's API, as a parent sends it. */
const askQuestion = () =>
  site.askQuestion(swv, {
    question: 'Mijn zoon kan na de zomer nergens naartoe. Wie helpt ons?',
    name: 'Noor Smit',
    email: 'noor.smit@example.nl',
  });

/** The inbox entry of a new question, as the coördinator's API lists it. */
async function inboxEntry(reference: string): Promise<CaseSummary> {
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const query = new URLSearchParams({ status: 'nieuw', swv, ...(cursor ? { cursor } : {}) });
    const listed = await site.api<{ items: CaseSummary[]; cursor?: string }>(
      coordinator.id,
      `/api/backoffice/cases?${query.toString()}`,
    );
    expect(listed.status).toBe(200);
    const found = listed.body.items.find((item) => item.reference === reference);
    if (found) return found;
    if (!listed.body.cursor) break;
    cursor = listed.body.cursor;
  }
  throw new Error(`${reference} is not in the inbox`);
}

async function openSettings(page: Page) {
  await page.goto(`${site.url}${settingsPath}`);
  await visible(page.getByRole('heading', { level: 1, name: 'Instellingen van het steunpunt' }));
  await visible(page.getByLabel(daysLabel));
}

describe('back office: the coördinator keeps the steunpunt settings', () => {
  it('refuses a bad value, saves good ones, and new questions get the new target', async () => {
    const page = await site.newPage();
    await site.signInAs(page, coordinator, /\/backoffice\/vragen\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await visible(nav.getByRole('link', { name: 'Vragen en meldingen' }));
    expect(await nav.getByRole('link').allTextContents()).toContain('Instellingen');
    await nav.getByRole('link', { name: 'Instellingen' }).click();
    await page.waitForURL(/\/backoffice\/instellingen\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Instellingen van het steunpunt' }));
    await visible(page.getByLabel(daysLabel));
    expect(await nav.getByRole('link', { name: 'Instellingen' }).getAttribute('aria-current')).toBe(
      'page',
    );
    // Nobody chose yet: the defaults.
    const days = page.getByLabel(daysLabel);
    const months = page.getByLabel(monthsLabel);
    expect(await days.inputValue()).toBe('5');
    expect(await months.inputValue()).toBe('12');
    expect(await page.getByRole('main').innerText()).toContain('standaardinstellingen');
    // The hints are read with the fields.
    expect(await days.getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.getByRole('main').innerText()).toContain(
      'De anonieme tellingen voor de monitor blijven bewaard.',
    );
    await expectNoAxeViolations(page, 'settings', { lang: 'nl' });

    // A bad value: the error summary takes focus and links to the field.
    await days.fill('0');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await focusedId(page)).toBe('foutoverzicht');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Kies minstens 1 werkdag']);
    await summary.getByRole('link', { name: 'Kies minstens 1 werkdag' }).click();
    expect(await focusedId(page)).toBe(await days.getAttribute('id'));
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    const inline = page.locator('.utrecht-form-field__error-message');
    expect(await inline.allTextContents()).toEqual(['Fout: Kies minstens 1 werkdag']);
    expect(await days.getAttribute('aria-describedby')).toContain(
      (await inline.getAttribute('id')) ?? 'missing',
    );
    await expectNoAxeViolations(page, 'settings with an error', { lang: 'nl' });
    // Nothing was saved.
    const unchanged = await site.api<SteunpuntSettings>(coordinator.id, '/api/backoffice/settings');
    expect(unchanged.body).toMatchObject({ responseDays: 5, retentionMonths: 12, version: 0 });

    // Good values: saved, the error gone.
    await days.fill('12');
    await months.fill('24');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expectOutcome(page, 'De instellingen zijn opgeslagen.');
    expect(await summary.count()).toBe(0);
    expect(await page.title()).not.toMatch(/^Fout: /);
    expect(await days.getAttribute('aria-invalid')).toBeNull();
    await expectNoAxeViolations(page, 'settings saved', { lang: 'nl' });

    // After a reload, the page shows what was saved; so does the API.
    await page.reload();
    await visible(page.getByLabel(daysLabel));
    expect(await days.inputValue()).toBe('12');
    expect(await months.inputValue()).toBe('24');
    expect(await page.getByRole('main').innerText()).toContain('Laatst gewijzigd op');
    const saved = await site.api<SteunpuntSettings>(coordinator.id, '/api/backoffice/settings');
    expect(saved.body).toMatchObject({ responseDays: 12, retentionMonths: 24, version: 1 });

    // A question asked now must be answered within 12 working days, not the default 5.
    const reference = await askQuestion();
    const entry = await inboxEntry(reference);
    const created = new Date(entry.createdAt);
    expect(entry.dueAt).toBe(addWorkingDays(created, 12).toISOString());
    expect(entry.dueAt).not.toBe(addWorkingDays(created, 5).toISOString());
  });

  it('works with the keyboard alone', async () => {
    const page = await site.newPage();
    await site.signInAs(page, coordinator, /\/backoffice\/vragen\/$/);
    await openSettings(page);
    const days = page.getByLabel(daysLabel);
    const months = page.getByLabel(monthsLabel);
    const save = page.getByRole('button', { name: 'Instellingen opslaan' });

    // A mistake, found through the error summary's link with Enter.
    await tabTo(page, months);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('twee jaar');
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await focusedId(page)).toBe('foutoverzicht');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Vul een aantal maanden in',
    );
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(await months.getAttribute('id'));

    // Fixed, and a new target as well, saved with the keyboard.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('36');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe(await days.getAttribute('id'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('8');
    await page.keyboard.press('Enter'); // submits the form from a field, as browsers do
    await expectOutcome(page, 'De instellingen zijn opgeslagen.');
    expect(await summary.count()).toBe(0);

    const saved = await site.api<SteunpuntSettings>(coordinator.id, '/api/backoffice/settings');
    expect(saved.body).toMatchObject({ responseDays: 8, retentionMonths: 36 });
  });

  it('sets the smallest count the monitor shows, never below 5, with the keyboard', async () => {
    const page = await site.newPage();
    await site.signInAs(page, coordinator, /\/backoffice\/vragen\/$/);
    await openSettings(page);
    const threshold = page.getByLabel(thresholdLabel);
    expect(await threshold.inputValue()).toBe('5');
    expect(await threshold.getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.getByRole('main').innerText()).toContain('als "minder dan" dit getal');

    // Below 5: refused in the page, the summary links to the field.
    await tabTo(page, threshold);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    const message = 'Kies minstens 5: kleinere getallen maken iemand te snel herkenbaar';
    expect(await summary.getByRole('link').allTextContents()).toEqual([message]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(await threshold.getAttribute('id'));
    expect(await threshold.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'settings, a threshold below 5', { lang: 'nl' });

    // Ten: saved, and kept after a reload.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'De instellingen zijn opgeslagen.');
    expect(await summary.count()).toBe(0);
    await expectNoAxeViolations(page, 'settings, a threshold saved', { lang: 'nl' });
    const saved = await site.api<SteunpuntSettings>(coordinator.id, '/api/backoffice/settings');
    expect(saved.body.monitorThreshold).toBe(10);
    await page.reload();
    await visible(page.getByLabel(thresholdLabel));
    expect(await page.getByLabel(thresholdLabel).inputValue()).toBe('10');

    // The API refuses what the page would: below 5 or above 20.
    for (const monitorThreshold of [4, 21]) {
      const refused = await site.api(coordinator.id, '/api/backoffice/settings', {
        method: 'PUT',
        body: { ...saved.body, monitorThreshold },
      });
      expect(refused.status).toBe(400);
    }
  });

  it('names who handles complaints about the steunpunt; only they see such a complaint', async () => {
    // Signing in puts Sanne in the steunpunt's staff directory, so she can be named.
    expect((await site.api(medewerker.id, '/api/backoffice/me')).status).toBe(200);
    const page = await site.newPage();
    await site.signInAs(page, coordinator, /\/backoffice\/vragen\/$/);
    await openSettings(page);
    const handler = page.getByLabel(handlerLabel);
    const main = page.getByRole('main');
    // Nobody named yet: the page says where such a complaint goes.
    expect(await handler.inputValue()).toBe('');
    expect(await main.innerText()).toContain('Je hebt nog niemand gekozen.');
    expect(await main.innerText()).toContain('Kies bij voorkeur iemand die niet zelf');
    expect(await handler.getAttribute('aria-describedby')).toBeTruthy();
    await expectNoAxeViolations(page, 'settings, nobody named', { lang: 'nl' });

    // Chosen and saved with the keyboard alone.
    await tabTo(page, handler);
    await page.keyboard.type('Sanne');
    expect(await handler.inputValue()).toBe(medewerker.id);
    await tabTo(page, page.getByRole('button', { name: 'Instellingen opslaan' }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'De instellingen zijn opgeslagen.');
    expect(await main.innerText()).not.toContain('Je hebt nog niemand gekozen.');
    await expectNoAxeViolations(page, 'settings, someone named', { lang: 'nl' });
    const saved = await site.api<SteunpuntSettings>(coordinator.id, '/api/backoffice/settings');
    expect(saved.body.complaintsHandler).toEqual({ userId: medewerker.id, name: 'Sanne Bakker' });

    // A parent's complaint about the steunpunt: Sanne finds it, the coördinator does not.
    const reference = await site.complain(swv, {
      role: 'ouder',
      route: 'klacht-over-steunpunt',
      about: 'Het steunpunt',
      whatHappened: 'Niemand belde mij terug.',
      outcomeWanted: 'Een gesprek met iemand anders.',
      wantsLetterHelp: false,
      name: 'Lotte Smit',
      contactChannel: 'email',
      email: 'lotte.smit@example.nl',
      phone: '',
      reminder: false,
      consent: true,
    });
    const find = `/api/backoffice/cases/by-reference?ref=${reference}`;
    const found = await site.api<{ items: CaseSummary[] }>(medewerker.id, find);
    expect(found.status).toBe(200);
    expect((await site.api(coordinator.id, find)).status).toBe(404);

    // Her case page says who sees it; for the coördinator the page does not exist.
    const casePath = `/backoffice/vraag/?swv=${swv}&id=${encodeURIComponent(found.body.items[0]!.caseId)}`;
    const sanne = await site.newPage();
    await site.signInAs(sanne, medewerker, /\/backoffice\/vragen\/$/);
    await sanne.goto(`${site.url}${casePath}`);
    await visible(sanne.getByRole('heading', { level: 1, name: new RegExp(reference) }));
    expect(await sanne.getByRole('main').innerText()).toContain('Alleen jij ziet dit dossier.');
    await expectNoAxeViolations(sanne, 'a complaint about the steunpunt', { lang: 'nl' });
    await page.goto(`${site.url}${casePath}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Niet gevonden' }));
    expect(await page.getByRole('main').innerText()).not.toContain('Lotte');
    await openSettings(page);

    // Back to nobody, so the page warns again.
    await handler.selectOption('');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expectOutcome(page, 'De instellingen zijn opgeslagen.');
    await visible(main.getByText('Je hebt nog niemand gekozen.'));
    // The complaint stays Sanne's.
    expect((await site.api(medewerker.id, find)).status).toBe(200);
    expect((await site.api(coordinator.id, find)).status).toBe(404);

    // Sanne hands it on to a coördinator, with the keyboard: then it is Ruud's alone.
    const giveTo = sanne.getByLabel('Geven aan een coördinator');
    expect(await giveTo.locator('option').allTextContents()).toEqual([
      'Kies een collega',
      'Ruud Visser',
    ]);
    await tabTo(sanne, giveTo);
    await sanne.keyboard.type('Ruud');
    expect(await giveTo.inputValue()).toBe(coordinator.id);
    await tabTo(sanne, sanne.getByRole('button', { name: 'Toewijzen' }));
    await sanne.keyboard.press('Enter');
    await expectOutcome(sanne, 'toegewezen aan Ruud Visser');
    expect((await site.api(coordinator.id, find)).status).toBe(200);
    expect((await site.api(medewerker.id, find)).status).toBe(404);
  });

  it('keeps the address for replies to complaints about the steunpunt, never the shared one', async () => {
    const page = await site.newPage();
    await site.signInAs(page, coordinator, /\/backoffice\/vragen\/$/);
    await openSettings(page);
    const address = page.getByLabel(complaintsEmailLabel);
    const main = page.getByRole('main');
    expect(await address.inputValue()).toBe('');
    expect(await main.innerText()).toContain('Niet het algemene adres van het steunpunt');
    expect(await address.getAttribute('aria-describedby')).toBeTruthy();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });

    // Not an address: checked in the page, the summary links to the field.
    await tabTo(page, address);
    await page.keyboard.type('klachten-steunpunt');
    await page.keyboard.press('Enter');
    await visible(summary);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Vul een e-mailadres in zoals naam@voorbeeld.nl',
    ]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(await address.getAttribute('id'));
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'settings, a wrong reply address', { lang: 'nl' });

    // The steunpunt's shared address: refused by the API, shown at the field.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('steunpunt@amstel-en-meer.example');
    await page.keyboard.press('Enter');
    await visible(summary.getByRole('link', { name: /Kies een ander adres/ }));
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    const before = await site.api<SteunpuntSettings>(coordinator.id, '/api/backoffice/settings');
    expect(before.body.complaintsEmail).toBeUndefined();

    // A separate box: saved, and shown after a reload.
    await address.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Klachten@Amstel-en-meer.example');
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'De instellingen zijn opgeslagen.');
    expect(await summary.count()).toBe(0);
    await expectNoAxeViolations(page, 'settings, a reply address saved', { lang: 'nl' });
    const saved = await site.api<SteunpuntSettings>(coordinator.id, '/api/backoffice/settings');
    expect(saved.body.complaintsEmail).toBe('klachten@amstel-en-meer.example');
    await page.reload();
    await visible(page.getByLabel(complaintsEmailLabel));
    expect(await page.getByLabel(complaintsEmailLabel).inputValue()).toBe(
      'klachten@amstel-en-meer.example',
    );
  });

  it('shows a medewerker "Geen toegang" and no link to the settings', async () => {
    const page = await site.newPage();
    await site.signInAs(page, medewerker, /\/backoffice\/vragen\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await visible(nav.getByRole('link', { name: 'Vragen en meldingen' }));
    expect(await nav.getByRole('link').allTextContents()).not.toContain('Instellingen');

    await page.goto(`${site.url}${settingsPath}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
    expect(await page.getByRole('main').innerText()).toContain(
      'Deze pagina is alleen voor coördinatoren van het steunpunt.',
    );
    expect(await page.getByLabel(daysLabel).count()).toBe(0);
    await expectNoAxeViolations(page, 'settings as a medewerker', { lang: 'nl' });
    // The API refuses them as well.
    expect((await site.api(medewerker.id, '/api/backoffice/settings')).status).toBe(403);
  });
});
