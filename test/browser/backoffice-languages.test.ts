/**
 * Issue #14 in the back office, in real Chromium against the local portal with its demo
 * data: the medewerker of Amstel & Meer sees the Turkish question's language and tolk wish
 * in the inbox and on the case page, filters the inbox on Turkish with the keyboard alone,
 * and is offered the Turkish template first; the coördinator's Arabic template reads right
 * to left in the editor; a phone call is registered in Arabic with a tolk wish. Axe checks
 * every new state.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, PortalSite, tabTo, visible } from '../support/portal-site.ts';

const steunpunt = 'amstel-en-meer';
const site = new PortalSite();

beforeAll(() => site.start());
afterAll(() => site.stop());

/** Picks an option of a focused select with the arrow keys. */
async function arrowTo(page: Page, select: Locator, value: string) {
  for (let step = 0; step < 10 && (await select.inputValue()) !== value; step++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await select.inputValue()).toBe(value);
}

describe('back office: a case’s language and tolk wish', () => {
  it('shows them in the inbox, filters on Turkish by keyboard, and shows them on the case page', async () => {
    const page = await site.newPage();
    await site.signInAs(
      page,
      site.userWithRole('medewerker', { steunpunt }),
      /\/backoffice\/vragen\/$/,
    );
    const table = page.getByRole('table');
    await visible(table);
    expect(await table.getByRole('columnheader').allTextContents()).toContain('Taal en tolk');
    // The Turkish demo question: its badge names the language in Dutch and in its own.
    const turkishRow = table.locator('tbody tr').filter({ hasText: 'Turks (Türkçe)' });
    await visible(turkishRow.first());
    expect(await turkishRow.first().innerText()).toContain('Tolk gewenst');
    expect(await turkishRow.first().locator('span[lang="tr"]').innerText()).toBe('Türkçe');
    const arabicRow = table.locator('tbody tr').filter({ hasText: 'Arabisch' });
    expect(await arabicRow.first().locator('span[lang="ar"]').innerText()).toBe('العربية');
    expect(await arabicRow.first().innerText()).not.toContain('Tolk gewenst');
    await expectNoAxeViolations(page, 'inbox with language marks', { lang: 'nl' });

    // Keyboard only: Tab to "Taal", choose Turkish, Tab to the button, Enter.
    const language = page.getByLabel('Taal', { exact: true });
    await tabTo(page, language);
    await arrowTo(page, language, 'tr');
    await tabTo(page, page.getByRole('button', { name: 'Filters toepassen' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]lang=tr/);
    await visible(table);
    expect(await table.locator('caption').innerText()).toContain('in het Turks');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Turks (Türkçe)');
    expect(await page.getByLabel('Taal', { exact: true }).inputValue()).toBe('tr');
    await expectNoAxeViolations(page, 'inbox filtered on Turkish', { lang: 'nl' });

    // And on the tolk wish too, in the URL like the others.
    await page.goto(`${site.url}/backoffice/vragen/?lang=tr&tolk=1`);
    await visible(table);
    expect(await table.locator('caption').innerText()).toContain('met tolkwens');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Tolk gewenst');

    // The case page says both by the contact details.
    const reference = await rows.first().getByRole('rowheader').innerText();
    await rows.first().getByRole('link', { name: reference, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(reference) }));
    const main = page.getByRole('main');
    const languageTerm = main.locator('dt', { hasText: /^Taal$/ });
    await visible(languageTerm);
    expect(await languageTerm.locator('xpath=following-sibling::dd[1]').innerText()).toBe(
      'Turks (Türkçe)',
    );
    const tolkTerm = main.locator('dt', { hasText: /^Tolk gewenst$/ });
    expect(await tolkTerm.locator('xpath=following-sibling::dd[1]').innerText()).toBe('Ja');
    // The parent's own words keep the form's language, and their direction.
    const question = main.locator('.bo-question p');
    expect(await question.getAttribute('lang')).toBe('tr');
    expect(await question.getAttribute('dir')).toBe('auto');
    await expectNoAxeViolations(page, 'Turkish case page', { lang: 'nl' });
    await page.close();
  });

  it('offers the Turkish template first on a Turkish case, and fills it in in Turkish', async () => {
    const page = await site.newPage();
    await site.signInAs(
      page,
      site.userWithRole('medewerker', { steunpunt }),
      /\/backoffice\/vragen\/$/,
    );
    await page.goto(`${site.url}/backoffice/vragen/?lang=tr`);
    const rows = page.getByRole('table').locator('tbody tr');
    await visible(rows.first());
    const reference = await rows.first().getByRole('rowheader').innerText();
    await rows.first().getByRole('link', { name: reference, exact: true }).click();
    const picker = page.getByLabel('Sjabloon', { exact: true });
    await visible(picker);
    const options = await picker.locator('option').allInnerTexts();
    // After "Kies een sjabloon": the Turkish one, marked with its language; then Dutch.
    expect(options[1]).toBe('İlk yanıt (Turks)');
    expect(options.slice(2)).toContain('Eerste reactie');
    await picker.selectOption({ label: 'İlk yanıt (Turks)' });
    await page.getByRole('button', { name: 'Sjabloon gebruiken' }).click();
    const body = page.getByLabel('Bericht');
    await expect.poll(() => body.inputValue()).toContain('Sorunuz için teşekkür ederiz.');
    expect(await body.getAttribute('lang')).toBe('tr');
    expect(await body.getAttribute('dir')).toBe('ltr');
    await expectNoAxeViolations(page, 'reply with a Turkish template', { lang: 'nl' });
    await page.close();
  });

  it('shows an Arabic template right to left in the coördinator’s editor', async () => {
    const page = await site.newPage();
    await site.signInAs(page, site.userWithRole('coordinator', { steunpunt }));
    await page.goto(`${site.url}/backoffice/sjablonen/`);
    const table = page.getByRole('table');
    await visible(table);
    const arabic = table.locator('tbody tr').filter({ hasText: 'Arabisch' });
    expect(await arabic.getByRole('rowheader').getAttribute('lang')).toBe('ar');
    await arabic.getByRole('button', { name: /^Wijzigen/ }).click();
    const body = page.getByLabel('Tekst van de e-mail');
    await expect.poll(() => body.inputValue()).toContain('شكرًا على سؤالك');
    expect(await body.getAttribute('dir')).toBe('rtl');
    expect(await body.getAttribute('lang')).toBe('ar');
    expect(await page.getByLabel('Taal van het sjabloon').inputValue()).toBe('ar');
    await expectNoAxeViolations(page, 'Arabic template in the editor', { lang: 'nl' });
    await page.close();
  });

  it('lets a medewerker register a phone call in Arabic with a tolk wish', async () => {
    const page = await site.newPage();
    await site.signInAs(
      page,
      site.userWithRole('medewerker', { steunpunt }),
      /\/backoffice\/vragen\/$/,
    );
    await page.goto(`${site.url}/backoffice/contact/`);
    await visible(page.getByRole('heading', { level: 1, name: 'Contact registreren' }));
    // Dutch and no tolk unless the medewerker says otherwise.
    const language = page.getByLabel('Welke taal spreekt de persoon?');
    expect(await language.inputValue()).toBe('nl');
    expect(await page.getByRole('radio', { name: 'Nee' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'contact page with language and tolk', { lang: 'nl' });

    await page.getByLabel('Samenwerkingsverband').selectOption('po-haarlemmermeer');
    await page.getByRole('radio', { name: 'Telefoon' }).check();
    await page.getByRole('radio', { name: 'Ouder of verzorger' }).check();
    await page.getByLabel('Waar gaat de vraag over?').selectOption('thuiszitten');
    await page.getByRole('radio', { name: 'Basisschool', exact: true }).check();
    await page.getByLabel('Gemeente').selectOption('Haarlemmermeer');
    await page
      .getByLabel('Waar ging het contact over?')
      .fill('Moeder belde met haar buurvrouw als tolk: dochter zit thuis.');
    await language.selectOption('ar');
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('button', { name: 'Contact registreren' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Contact geregistreerd' }));
    const reference = /V-\d{4}-\d{6}/.exec(await page.getByRole('main').innerText())?.[0];
    await page.getByRole('link', { name: `Open de vraag ${reference}` }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));
    const main = page.getByRole('main');
    const languageValue = main
      .locator('dt', { hasText: /^Taal$/ })
      .locator('xpath=following-sibling::dd[1]');
    await visible(languageValue);
    expect(await languageValue.innerText()).toBe('Arabisch (العربية)');
    expect(await languageValue.locator('span[lang="ar"]').innerText()).toBe('العربية');
    expect(
      await main
        .locator('dt', { hasText: /^Tolk gewenst$/ })
        .locator('xpath=following-sibling::dd[1]')
        .innerText(),
    ).toBe('Ja');
    await page.close();
  });
});
