/**
 * The draft letter in real Chromium. A parent whose intake left its answers in the tab
 * (the handoff, seeded here as the intake leaves it) sees the letter in their own words with
 * the deadline note, edits a block by keyboard and prints: only the letter shows. Without
 * the answers (a new tab, JavaScript off) the page says how to get a letter. A medewerker
 * opens the Conceptbrief of a complaint sent through the API from its case page. Axe on
 * every state (screen). Needs a built site: `npm run build:site`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterHandoff } from '../../site/src/lib/complaint-letter-handoff.ts';
import { letterStorageKey } from '../../site/src/lib/complaint-letter-handoff.ts';
import {
  expectNoAxeViolations,
  PortalSite,
  phone,
  tabTo,
  visible,
} from '../support/portal-site.ts';

const site = new PortalSite();
// Its profile gives the SWV's postal address: the bezwaar's addressee.
const slug = 'vo-noord-kennemerland';
const letterPath = `/${slug}/klacht/brief/`;

beforeAll(() => site.start());
afterAll(() => site.stop());

const whatHappened =
  'Het samenwerkingsverband weigert de TLV voor mijn zoon. De school zegt zelf dat ze hem niet meer kan helpen.';
const outcomeWanted = 'Een TLV voor het voortgezet speciaal onderwijs.';

const handoff: LetterHandoff = {
  answers: {
    role: 'ouder',
    route: 'bezwaar-tlv',
    about: 'Samenwerkingsverband VO Noord-Kennemerland',
    decisionDate: '2025-04-17',
    whatHappened,
    spokenWith: 'De mentor',
    outcomeWanted,
    wantsLetterHelp: true,
    childName: 'Sam',
    name: 'Anna de Vries',
    contactChannel: 'email',
    email: 'anna@example.nl',
    reminder: false,
    consent: true,
  },
  reference: 'K-2026-000042',
  sentAt: '2026-12-05T08:00:00.000Z',
};

/** What prints: the elements a print stylesheet leaves visible. */
async function expectOnlyTheLetterPrints(page: Page) {
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.letter-sheet').isVisible()).toBe(true);
  for (const selector of ['h1', 'textarea', 'button', '[role="note"]', 'header', 'footer', 'nav']) {
    const shown = await page
      .locator(selector)
      .evaluateAll((elements) => elements.filter((el) => el.getClientRects().length > 0).length);
    expect(shown, `${selector} in print`).toBe(0);
  }
  await page.emulateMedia({ media: 'screen' });
}

describe('the letter page for a parent', () => {
  it('drafts the bezwaar from the answers in the tab; edit, print, axe', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}${letterPath}`);
    await page.evaluate(
      ([key, value]) => sessionStorage.setItem(key!, value!),
      [letterStorageKey(slug), JSON.stringify(handoff)],
    );
    await page.reload();

    const title = page.getByRole('heading', { level: 1 });
    await expect
      .poll(() => title.textContent())
      .toBe('Je bezwaarschrift tegen het besluit over de TLV');
    const note = page.getByRole('note');
    expect(await note.textContent()).toContain(
      'Wij sturen niets op. Jij print of kopieert de brief, zet je handtekening en stuurt hem zelf.',
    );
    expect(await note.textContent()).toContain('Je laatste dag is maandag 2 juni 2025.');
    expect(await note.textContent()).toContain('K-2026-000042');
    const sheet = page.locator('.letter-sheet');
    expect(await sheet.textContent()).toContain(whatHappened);
    expect(await sheet.textContent()).toContain(outcomeWanted);
    expect(await sheet.textContent()).toContain('Hertog Aalbrechtweg 5');
    expect(await sheet.textContent()).toContain('Handtekening');
    // The deadline is for the parent, not for the SWV.
    expect(await sheet.textContent()).not.toContain('2 juni 2025');
    expect(await page.getByText('Zo kom je toch aan een brief').isVisible()).toBe(false);
    await expectNoAxeViolations(page, `${letterPath} (with a letter)`, { lang: 'nl' });

    // By keyboard: fill in the address, and see the print view follow.
    const sender = page.getByLabel('Je naam en adres');
    await tabTo(page, sender);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nTelefoon: 06 12345678');
    await expect.poll(() => sheet.textContent()).toContain('Telefoon: 06 12345678');
    const grounds = page.getByLabel('Waarom je het niet eens bent');
    expect(await grounds.inputValue()).toContain(whatHappened);

    // The print button prints (stubbed: a headless browser has no print dialog).
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'ja');
    });
    await tabTo(page, page.getByRole('button', { name: 'Print de brief' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('body').getAttribute('data-printed')).toBe('ja');

    await expectOnlyTheLetterPrints(page);
    expect(await sheet.textContent()).toContain('Telefoon: 06 12345678');
    await expectNoAxeViolations(page, `${letterPath} (after an edit)`);

    // A reload keeps the edit: it stays in the tab, like the answers.
    await page.reload();
    await expect.poll(() => sender.inputValue()).toContain('Telefoon: 06 12345678');
    expect(await sheet.textContent()).toContain('Telefoon: 06 12345678');
  });

  it('copies the letter as text', async () => {
    const page = await site.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${site.url}${letterPath}`);
    await page.evaluate(
      ([key, value]) => sessionStorage.setItem(key!, value!),
      [
        letterStorageKey(slug),
        JSON.stringify({ ...handoff, answers: { ...handoff.answers, route: 'gpo' } }),
      ],
    );
    await page.reload();
    await visible(page.getByRole('heading', { name: /Geschillencommissie Passend Onderwijs/ }));
    await page.getByRole('button', { name: 'Kopieer de tekst' }).click();
    await visible(page.getByText('De tekst van je brief staat nu op je klembord.'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Onderwerp: verzoek om een oordeel');
    expect(copied).toContain(whatHappened);
  });

  it('says how to get a letter without the answers, also with JavaScript off', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await site.newPage({ viewport: phone, javaScriptEnabled });
      await page.goto(`${site.url}${letterPath}`);
      await visible(page.getByText('Zo kom je toch aan een brief'));
      expect(await page.getByRole('link', { name: 'voorbeeldbrieven' }).getAttribute('href')).toBe(
        '../../voorbeeldbrieven/',
      );
      expect(await page.locator('textarea').count()).toBe(0);
      if (javaScriptEnabled) await expectNoAxeViolations(page, `${letterPath} (no answers)`);
      await page.getByRole('link', { name: 'voorbeeldbrieven' }).click();
      await page.waitForURL(`**/${slug}/voorbeeldbrieven/`);
    }
  });
});

describe('the Conceptbrief in the back office', () => {
  it('drafts the letter of a complaint sent through the API, for the medewerker', async () => {
    const swv = 'po-haarlemmermeer';
    const reference = await site.complain(swv, {
      ...handoff.answers,
      route: 'gpo',
      about: 'Het Lyceum',
      phone: '',
    });
    const medewerker = site.userWithRole('medewerker', { steunpunt: 'amstel-en-meer' });
    const found = await site.api(
      medewerker.id,
      `/api/backoffice/cases/by-reference?ref=${reference}`,
    );
    const [item] = found.body.items as { tenant: string; caseId: string }[];

    const page = await site.newPage();
    await site.signInAs(page, medewerker);
    await page.goto(
      `${site.url}/backoffice/vraag/?${new URLSearchParams({ swv, id: item!.caseId }).toString()}`,
    );
    const link = page.getByRole('link', { name: 'Conceptbrief' });
    await visible(link);
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { level: 1, name: `Conceptbrief ${reference}` }));

    const sheet = page.locator('.letter-sheet');
    expect(await sheet.textContent()).toContain(whatHappened);
    expect(await sheet.textContent()).toContain('Ik heb een geschil met: Het Lyceum.');
    expect(await page.getByRole('note').textContent()).toContain(
      'Het steunpunt stuurt de brief niet op.',
    );
    await expectNoAxeViolations(page, '/backoffice/conceptbrief/');

    const wanted = page.getByLabel('Wat je vraagt');
    await tabTo(page, wanted);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' En een gesprek met het bestuur.');
    await expect.poll(() => sheet.textContent()).toContain('En een gesprek met het bestuur.');
    await expectOnlyTheLetterPrints(page);
    await expectNoAxeViolations(page, '/backoffice/conceptbrief/ (after an edit)');

    await page.getByRole('link', { name: `Terug naar ${reference}` }).click();
    await page.waitForURL('**/backoffice/vraag/**');
  });
});
