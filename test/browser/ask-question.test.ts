/**
 * A parent asks a question on the real site, in real Chromium, against the local
 * portal (dynalite, local SES, the mail worker): first with mistakes, then right, and
 * finds the confirmation mail with the reference the page showed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Portal } from '../../scripts/portal.ts';
import { launchBrowser } from '../support/browser.ts';
import { captureLogs, type LogCapture } from '../support/capture-logs.ts';

let portal: Portal;
let browser: Browser;
let logs: LogCapture;

beforeAll(async () => {
  // Everything the portal logs in this run, to prove no personal data ends up there.
  logs = captureLogs();
  portal = await startPortal({ port: 0, workerIntervalMs: 200 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  logs?.stop();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 390, height: 844 },
  });
  return context.newPage();
}

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
}

async function waitForMail(subjectPart: string, to: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const mail = (await portal.mails()).find(
      (m) => m.subject.includes(subjectPart) && m.destination.to.includes(to),
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail with "${subjectPart}" to ${to}`);
}

describe('asking a question', () => {
  it('guides a parent through mistakes to a sent question and a confirmation mail', async () => {
    const page = await newPage();
    await page.goto(`${portal.url}/`);
    await page
      .getByRole('link', { name: /Haarlemmermeer/ })
      .first()
      .click();
    await page
      .getByRole('link', { name: /Stel je vraag/ })
      .first()
      .click();
    await expect.poll(() => page.title(), { timeout: 5000 }).toMatch(/Stel je vraag/);

    // First attempt: a question that is too short, a broken address, no consent.
    await page.getByRole('radio', { name: 'Ouder of verzorger' }).check();
    await page.getByLabel('Waar gaat je vraag over?').selectOption('opp');
    await page.getByLabel('Wat is je vraag?').fill('Help');
    await page.getByRole('radio', { name: 'Basisschool', exact: true }).check();
    await page.getByLabel('In welke gemeente woon je?').selectOption('Haarlemmermeer');
    await page.getByLabel('Je naam (niet verplicht)').fill('Fatima El Amrani');
    await page.getByRole('radio', { name: 'Per e-mail' }).check();
    await page.getByLabel('E-mailadres').fill('fatima.elamrani@');
    await page.getByRole('button', { name: 'Verstuur je vraag' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await expect.poll(() => summary.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await page.title()).toMatch(/^Fout: /);
    const summaryLinks = await summary.getByRole('link').allTextContents();
    expect(summaryLinks).toEqual([
      'Je vraag is te kort. Schrijf minstens 10 tekens',
      'Vul een e-mailadres in zoals naam@voorbeeld.nl',
      'Geef aan dat je de privacyverklaring hebt gelezen',
    ]);
    // Focus went to the summary; its links lead to the fields.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'Er is een probleem',
    );
    await summary.getByRole('link', { name: /e-mailadres in zoals/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
    const emailField = page.getByLabel('E-mailadres');
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // Second attempt: fixed.
    const question = 'Het OPP van mijn zoon is aangepast zonder gesprek met ons. Mag dat zomaar?';
    await page.getByLabel('Wat is je vraag?').fill(question);
    await emailField.fill('fatima.elamrani@example.nl');
    await page.getByRole('checkbox', { name: /privacyverklaring/ }).check();
    await page.getByRole('button', { name: 'Verstuur je vraag' }).click();

    const confirmation = page.getByRole('heading', { name: 'Je vraag is verstuurd' });
    await expect.poll(() => confirmation.isVisible(), { timeout: 10_000 }).toBe(true);
    const text = await page.locator('main').innerText();
    const reference = /V-\d{4}-\d{6}/.exec(text)?.[0];
    expect(reference).toBeDefined();
    expect(await page.title()).toMatch(/^Je vraag is verstuurd/);
    expect(await axeViolations(page)).toEqual([]);

    const mail = await waitForMail(reference!, 'fatima.elamrani@example.nl');
    expect(mail.body.text).toContain(`Je referentienummer is ${reference}`);
    expect(mail.body.html).toContain(reference);

    // The logs of the whole run hold no name, address or question text.
    const logged = logs.text();
    expect(logged).toContain(reference!); // the run did log, so the check below means something
    for (const secret of ['Fatima', 'fatima.elamrani', 'El Amrani', question.slice(0, 30)]) {
      expect(logged).not.toContain(secret);
    }
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const page = await newPage();
    await page.goto(`${portal.url}/vo-midden-kennemerland/vraag/`);

    /** Presses Tab until the element with the given id has focus. */
    const tabTo = async (id: string) => {
      for (let step = 0; step < 80; step++) {
        if (await page.evaluate((target) => document.activeElement?.id === target, id)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached #${id}`);
    };
    const idOf = async (locator: ReturnType<Page['getByLabel']>) =>
      (await locator.first().getAttribute('id'))!;

    // Tab enters a radio group at its first option; arrow keys move and select.
    await tabTo(await idOf(page.getByRole('radio', { name: 'Ouder of verzorger' })));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Jongere' }).isChecked()).toBe(true);
    await tabTo(await idOf(page.getByLabel('Waar gaat je vraag over?')));
    await page.keyboard.press('ArrowDown');
    await tabTo(await idOf(page.getByLabel('Wat is je vraag?')));
    await page.keyboard.type('Mag ik op mijn school extra tijd krijgen bij toetsen?');
    await tabTo(await idOf(page.getByRole('radio', { name: 'Basisschool', exact: true })));
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Middelbare school (vo)' }).isChecked()).toBe(
      true,
    );
    await tabTo(await idOf(page.getByLabel('In welke gemeente woon je?')));
    await page.keyboard.press('ArrowDown');
    await tabTo(await idOf(page.getByRole('radio', { name: 'Per e-mail' })));
    await page.keyboard.press('Space');
    await tabTo(await idOf(page.getByLabel('E-mailadres')));
    await page.keyboard.type('jongere@example.nl');
    await tabTo(await idOf(page.getByRole('checkbox', { name: /privacyverklaring/ })));
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Verstuur je vraag',
    );
    await page.keyboard.press('Enter');

    const confirmation = page.getByRole('heading', { name: 'Je vraag is verstuurd' });
    await expect.poll(() => confirmation.isVisible(), { timeout: 10_000 }).toBe(true);
    const reference = /V-\d{4}-\d{6}/.exec(await page.locator('main').innerText())?.[0];
    await waitForMail(reference!, 'jongere@example.nl');
  });
});
