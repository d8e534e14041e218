/**
 * A parent asks a question on the real site, in real Chromium, against the local
 * portal (dynalite, local SES, the mail worker): first with mistakes, then right, and
 * finds the confirmation mail with the reference the page showed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../functions/cases/case-settings.ts';
import { longDate } from '../../functions/lib/dutch-dates.ts';
import { addWorkingDays } from '../../functions/lib/working-days.ts';
import { axeViolations, phone, PortalSite, tabTo } from '../support/portal-site.ts';

// Everything the portal logs in this run, to prove no personal data ends up there.
const site = new PortalSite({ workerIntervalMs: 200, captureLogs: true });

beforeAll(() => site.start());
afterAll(() => site.stop());

async function waitForMail(subjectPart: string, to: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const mail = (await site.portal.mails()).find(
      (m) => m.subject.includes(subjectPart) && m.destination.to.includes(to),
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail with "${subjectPart}" to ${to}`);
}

describe('asking a question', () => {
  it('guides a parent through mistakes to a sent question and a confirmation mail', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/`);
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
    // The steunpunt (no own term set) answers within the default number of working days.
    const dueFrom = (moment: Date) =>
      longDate(addWorkingDays(moment, defaultSettings.responseDays));
    const dueBefore = dueFrom(new Date());
    await page.getByRole('button', { name: 'Verstuur je vraag' }).click();

    const confirmation = page.getByRole('heading', { name: 'Je vraag is verstuurd' });
    await expect.poll(() => confirmation.isVisible(), { timeout: 10_000 }).toBe(true);
    const text = await page.locator('main').innerText();
    const reference = /V-\d{4}-\d{6}/.exec(text)?.[0];
    expect(reference).toBeDefined();
    expect(text).toContain('Bedankt voor je vraag, Fatima El Amrani.');
    const due = /Je krijgt uiterlijk op (.+) een reactie\./.exec(text)?.[1];
    // Midnight in Amsterdam may fall between the click and the answer.
    expect([dueBefore, dueFrom(new Date())]).toContain(due);
    expect(await page.title()).toMatch(/^Je vraag is verstuurd/);
    expect(await axeViolations(page)).toEqual([]);

    const mail = await waitForMail(reference!, 'fatima.elamrani@example.nl');
    expect(mail.body.text).toContain(`Je referentienummer is ${reference}`);
    expect(mail.body.text).toMatch(/^Hallo Fatima El Amrani,\n/);
    expect(mail.body.text).toContain(`Je krijgt uiterlijk op ${due} een reactie.`);
    expect(mail.body.html).toContain(reference);

    // The logs of the whole run hold no name, address or question text.
    const logged = site.logs.text();
    expect(logged).toContain(reference!); // the run did log, so the check below means something
    for (const secret of ['Fatima', 'fatima.elamrani', 'El Amrani', question.slice(0, 30)]) {
      expect(logged).not.toContain(secret);
    }
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/vo-midden-kennemerland/vraag/`);

    // Tab enters a radio group at its first option; arrow keys move and select.
    await tabTo(page, page.getByRole('radio', { name: 'Ouder of verzorger' }).first());
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Jongere' }).isChecked()).toBe(true);
    await tabTo(page, page.getByLabel('Waar gaat je vraag over?').first());
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByLabel('Wat is je vraag?').first());
    await page.keyboard.type('Mag ik op mijn school extra tijd krijgen bij toetsen?');
    await tabTo(page, page.getByRole('radio', { name: 'Basisschool', exact: true }).first());
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Middelbare school (vo)' }).isChecked()).toBe(
      true,
    );
    await tabTo(page, page.getByLabel('In welke gemeente woon je?').first());
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('radio', { name: 'Per e-mail' }).first());
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel('E-mailadres').first());
    await page.keyboard.type('jongere@example.nl');
    await tabTo(page, page.getByRole('checkbox', { name: /privacyverklaring/ }).first());
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
