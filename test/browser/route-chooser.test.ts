/**
 * The route chooser in real Chromium: a parent walks by keyboard from the first question to
 * the bezwaar against a TLV decision, enters the day the decision came and reads the last
 * day; goes back with "Vorige vraag" and changes an answer with "Wijzig". Axe checks a
 * question page and an outcome page (before and after the date), and the pages work with
 * JavaScript off. Needs a built site: `npm run build:site`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, PortalSite, phone, tabTo } from '../support/portal-site.ts';

const site = new PortalSite();
const slug = 'po-haarlemmermeer';
const start = `/${slug}/klacht-of-geschil/`;

beforeAll(() => site.start());
afterAll(() => site.stop());

const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Tab to a link by its name and follow it with Enter, as a keyboard user does. */
async function follow(page: Page, name: string | RegExp, expected: string) {
  await tabTo(page, page.getByRole('link', { name, exact: typeof name === 'string' }));
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${expected}`);
  expect(pathOf(page)).toBe(expected);
}

describe('de routekiezer voor klachten en geschillen', () => {
  it('leads a parent by keyboard to the bezwaar and its last day', async () => {
    const page = await site.newPage({ viewport: phone, locale: 'nl-NL' });
    await page.goto(`${site.url}${start}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Waar gaat het over?');
    await expectNoAxeViolations(page, `${start} (first question)`, { lang: 'nl' });

    await follow(
      page,
      'Een besluit van het samenwerkingsverband over een toelaatbaarheidsverklaring (TLV)',
      `${start}tlv/`,
    );
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Bezwaar maken tegen het besluit over de TLV',
    );
    const date = page.getByLabel('Wanneer kreeg je het besluit?');
    await expect.poll(() => date.isVisible()).toBe(true);
    await expectNoAxeViolations(page, `${start}tlv/ (before the date)`);

    await tabTo(page, date);
    // Reached by Tab; the value is filled in whole, because the order in which the date
    // field takes typed digits depends on the browser's locale, not on the page.
    await date.fill('2025-04-17');
    const result = page.locator('[aria-live="polite"]');
    await expect
      .poll(() => result.textContent())
      .toContain('Je laatste dag is maandag 2 juni 2025.');
    // 2 June 2025 lies before today: the page says so kindly and points to the steunpunt.
    expect(await result.textContent()).toContain('Die dag is al voorbij');
    expect(await page.locator('[data-deadline-rule]').isVisible()).toBe(false);
    await expectNoAxeViolations(page, `${start}tlv/ (with the date)`);

    const help = page.getByRole('link', { name: 'Vraag het steunpunt om hulp bij deze route' });
    // The date goes along, so the intake's date page starts with it.
    expect(await help.getAttribute('href')).toBe(
      `/${slug}/klacht/?route=bezwaar-tlv&datum=2025-04-17`,
    );

    await follow(page, 'Vorige vraag', start);
  });

  it('goes back with "Vorige vraag" and changes an answer with "Wijzig"', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}${start}verwijdering/ja/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Is het een openbare of een bijzondere school?',
    );
    await follow(page, 'Een openbare school', `${start}verwijdering/ja/openbaar/`);
    expect(await page.getByRole('note').filter({ hasText: 'openbare school' }).count()).toBe(1);
    await follow(
      page,
      'Wijzig je antwoord op: Heb je het besluit van de school op papier?',
      `${start}verwijdering/`,
    );
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Heb je het besluit van de school op papier?',
    );
    await follow(page, 'Vorige vraag', start);
  });

  it('works with JavaScript off: plain links and the rule in words', async () => {
    const page = await site.newPage({ viewport: phone, javaScriptEnabled: false });
    await page.goto(`${site.url}${start}`);
    await page.getByRole('link', { name: /toelaatbaarheidsverklaring/ }).click();
    await page.waitForURL(`**${start}tlv/`);
    expect(await page.getByText('Je hebt 6 weken').isVisible()).toBe(true);
    expect(await page.getByText('Je handtekening onder de brief').isVisible()).toBe(true);
    expect(await page.getByLabel('Wanneer kreeg je het besluit?').isVisible()).toBe(false);
  });
});
